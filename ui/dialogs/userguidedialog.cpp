// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/userguidedialog.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QPushButton>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace costboard::ui {

UserGuideDialog::UserGuideDialog(const QString &language, QWidget *parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("userGuideDialog"));
    setWindowTitle(tr("CostBoard User Guide"));
    m_browser->setObjectName(QStringLiteral("guideBrowser"));
    // Links to the web (Qt, the FOCUS specification) open in the browser; the guide's own anchors here.
    m_browser->setOpenExternalLinks(true);
    m_browser->setSource(guideUrl(language));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *home = buttons->addButton(tr("&Contents"), QDialogButtonBox::ActionRole);
    connect(home, &QPushButton::clicked, m_browser, &QTextBrowser::home);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);
    const int em = fontMetrics().horizontalAdvance(u'M');
    resize(em * 52, em * 44);
}

QUrl UserGuideDialog::guideUrl(const QString &language)
{
    const QString path = QStringLiteral(":/guide/%1/index.html").arg(language);
    return QUrl(QFile::exists(path) ? QStringLiteral("qrc") + path
                                    : QStringLiteral("qrc:/guide/en/index.html"));
}

} // namespace costboard::ui
