// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/recordtable.h"

#include <QAction>
#include <QHeaderView>
#include <QTableView>

namespace costboard::ui {

void setUpRecordTable(QTableView *view, QAbstractItemView::SelectionMode selectionMode, int stretchColumn)
{
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(selectionMode);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->setTextElideMode(Qt::ElideRight);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 10);
    QHeaderView *header = view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(stretchColumn, QHeaderView::Stretch);
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
}

QAction *addTableShortcut(QTableView *view, const QString &text, const QList<QKeySequence> &keys)
{
    auto *action = new QAction(text, view);
    action->setShortcuts(keys);
    action->setShortcutContext(Qt::WidgetShortcut);
    view->addAction(action);
    return action;
}

} // namespace costboard::ui
