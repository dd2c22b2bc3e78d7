// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QTextBrowser;

namespace costboard::ui {

// Help > User guide: the short guide shipped with CostBoard (resources/guide/), offline, in the
// interface language. Non-modal, so that it stays open beside the window it explains.
class UserGuideDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserGuideDialog)

public:
    // `language`: "fr" or "en" (see Application::language()).
    explicit UserGuideDialog(const QString &language, QWidget *parent = nullptr);

    QTextBrowser *browser() const { return m_browser; }
    // The guide's page for `language`, as embedded in the binary.
    static QUrl guideUrl(const QString &language);

private:
    QTextBrowser *m_browser;
};

} // namespace costboard::ui
