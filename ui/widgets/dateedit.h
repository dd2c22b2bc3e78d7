// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QDateEdit;
class QWidget;

namespace costboard::ui {

// A form's date field: a calendar popup, the dates the repositories accept, and the locale's short
// format with a four-digit year.
QDateEdit *makeFormDateEdit(QWidget *parent);

} // namespace costboard::ui
