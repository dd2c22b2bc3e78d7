// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

namespace costboard::ui {

// Help → About: what CostBoard is, its licence (GPL-3.0-or-later, no warranty) and the versions of
// the libraries it runs on, which is what a bug report needs.
class AboutDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AboutDialog)

public:
    explicit AboutDialog(QWidget *parent = nullptr);
};

} // namespace costboard::ui
