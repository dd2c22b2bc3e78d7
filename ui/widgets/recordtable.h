// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractItemView>
#include <QKeySequence>
#include <QList>

class QAction;
class QTableView;

namespace costboard::ui {

// The look every record list shares (projects, alerts, alert rules, exchange rates): whole-row
// selection, edits through forms rather than in the cells, alternating rows, one dense line per
// record so that a committee sees a whole portfolio on one screen, left-aligned headers, columns
// sized to their contents with `stretchColumn` taking the remaining width. Sorting is left to
// the caller, which knows the order its records read best in.
void setUpRecordTable(QTableView *view, QAbstractItemView::SelectionMode selectionMode, int stretchColumn);

// The width that shows `column` whole: its header and its rows (a sample of them in a long
// table, as the header's resize precision says).
int columnContentsWidth(const QTableView *view, int column);

// Makes `column` take the width the other columns leave, like a stretched column, but never less
// than its contents need (up to `maximumCharacters` average characters): on a narrow window the
// table scrolls sideways instead of squeezing the column that names the records to a few letters.
void stretchKeepingContents(QTableView *view, int column, int maximumCharacters);

// A keyboard path to a row action (Enter to edit, Delete to delete), active while the table has
// the focus; connect its triggered() signal.
QAction *addTableShortcut(QTableView *view, const QString &text, const QList<QKeySequence> &keys);

} // namespace costboard::ui
