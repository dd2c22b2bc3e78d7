// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QLabel;
class QString;
class QWidget;

namespace costboard::ui {

// Where a form says what keeps it from being saved, in the colour of an overrun: empty and
// hidden while the form is fine. Named "problem" for tests.
QLabel *makeProblemLabel(QWidget *parent);
// Shows `problem`, or hides the label when it is empty.
void showProblem(QLabel *label, const QString &problem);

} // namespace costboard::ui
