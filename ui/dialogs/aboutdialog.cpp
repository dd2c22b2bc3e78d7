// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/aboutdialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include "logging/componentversions.h"

namespace costboard::ui {

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About CostBoard"));
    const logging::ComponentVersions versions = logging::componentVersions();

    auto *icon = new QLabel(this);
    icon->setObjectName(QStringLiteral("icon"));
    icon->setPixmap(QIcon(QStringLiteral(":/icons/costboard.svg")).pixmap(64, 64));
    icon->setAlignment(Qt::AlignTop);

    auto *summary
        = new QLabel(tr("<h3>CostBoard %1</h3>"
                        "<p>What your Generative-AI projects really cost: inference, fine-tuning, prompt "
                        "engineering, cloud, training, salaries and more, week by week, against budget.</p>")
                         .arg(versions.costboard),
                     this);
    summary->setObjectName(QStringLiteral("summary"));
    summary->setWordWrap(true);

    auto *licence = new QLabel(
        tr("<p>CostBoard is free software: you can redistribute it and/or modify it under the terms of "
           "the GNU General Public License as published by the Free Software Foundation, either version 3 "
           "of the License, or (at your option) any later version (%1).</p>"
           "<p>It comes with ABSOLUTELY NO WARRANTY, to the extent permitted by law. See the "
           "<a href=\"%2\">GNU General Public License</a> for details.</p>")
            .arg(QLatin1String(logging::licenceSpdxIdentifier),
                 QStringLiteral("https://www.gnu.org/licenses/gpl-3.0.html")),
        this);
    licence->setObjectName(QStringLiteral("licence"));
    licence->setWordWrap(true);
    licence->setOpenExternalLinks(true);
    licence->setTextInteractionFlags(Qt::TextBrowserInteraction);

    // A newer Qt than the one CostBoard was built with is normal on an updated system; say both so
    // a bug report shows it.
    const QString qt = versions.qtRuntime == versions.qtBuild
        ? versions.qtRuntime
        : tr("%1 (built with %2)").arg(versions.qtRuntime, versions.qtBuild);
    auto *libraries = new QFormLayout;
    const std::pair<QString, QString> rows[] = {
        { QStringLiteral("Qt"), qt },
        { QStringLiteral("SQLite"), versions.sqlite },
        { QStringLiteral("spdlog"), versions.spdlog },
    };
    for (const auto &[name, version] : rows) {
        auto *value = new QLabel(version, this);
        value->setObjectName(name.toLower());
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        libraries->addRow(tr("%1:").arg(name), value);
    }

    auto *librariesTitle = new QLabel(tr("<b>Libraries</b>"), this);

    auto *text = new QVBoxLayout;
    text->addWidget(summary);
    text->addWidget(licence);
    text->addWidget(librariesTitle);
    text->addLayout(libraries);
    text->addStretch();

    auto *body = new QHBoxLayout;
    body->addWidget(icon);
    body->addLayout(text, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *aboutQt = buttons->addButton(tr("About &Qt"), QDialogButtonBox::HelpRole);
    connect(aboutQt, &QPushButton::clicked, this, [] { QApplication::aboutQt(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(body);
    layout->addWidget(buttons);
    setMinimumWidth(520);
}

} // namespace costboard::ui
