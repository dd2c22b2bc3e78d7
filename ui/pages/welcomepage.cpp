// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/welcomepage.h"

#include <QApplication>
#include <QCommandLinkButton>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QVBoxLayout>

#include <spdlog/spdlog.h>

#include "demo/demoportfolio.h"
#include "dialogs/newdatabasedialog.h"
#include "errors.h"
#include "errortexts.h"
#include "settings/appsettings.h"
#include "storage/auditlog.h"
#include "storage/database.h"

namespace costboard::ui {

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
    , m_reason(new QLabel(this))
    , m_name(new QLineEdit(this))
{
    setObjectName(QStringLiteral("welcomePage"));
    setWindowTitle(tr("Welcome to CostBoard"));

    auto *heading = new QLabel(
        tr("<h1>Welcome to CostBoard</h1>"
           "<p>What your generative-AI projects really cost, week by week, against their budgets.</p>"),
        this);
    heading->setWordWrap(true);
    heading->setTextFormat(Qt::RichText);

    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setWordWrap(true);
    m_reason->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_reason->setFrameShape(QFrame::StyledPanel);
    m_reason->setContentsMargins(10, 8, 10, 8);
    m_reason->setStyleSheet(
        QStringLiteral("QLabel { background: #fdecea; color: #8a1c13; border: 1px solid #f5c2bd; }"));
    m_reason->hide();

    m_name->setObjectName(QStringLiteral("userName"));
    m_name->setText(AppSettings::userName().get());
    m_name->setPlaceholderText(tr("e.g. Claire Martin"));
    m_name->setMaxLength(AuditLog::MaxActorLength);
    auto *nameHint = new QLabel(
        tr("The audit log records it beside each change you make. Edit ▸ Preferences changes it."), this);
    nameHint->setWordWrap(true);
    nameHint->setForegroundRole(QPalette::PlaceholderText);
    auto *nameForm = new QFormLayout;
    nameForm->addRow(tr("Your name:"), m_name);
    nameForm->addRow(QString(), nameHint);

    auto *demoButton = new QCommandLinkButton(
        tr("Explore the demo portfolio"),
        tr("Eight generative-AI projects over 78 weeks, with budgets, alerts and costs in euros and dollars. "
           "It is kept apart from your own data."),
        this);
    demoButton->setObjectName(QStringLiteral("demoButton"));
    auto *createButton
        = new QCommandLinkButton(tr("Create an empty database"),
                                 tr("Start with your own projects: choose the file, the reporting currency "
                                    "and the month your fiscal year starts in."),
                                 this);
    createButton->setObjectName(QStringLiteral("createButton"));
    auto *openButton = new QCommandLinkButton(
        tr("Open an existing database"),
        tr("A CostBoard database a colleague or an earlier installation made."), this);
    openButton->setObjectName(QStringLiteral("openButton"));
    auto *serverButton = new QCommandLinkButton(
        tr("Connect to a team server"),
        tr("The CostBoard database your team shares on a PostgreSQL server: what you may change is your role "
           "there."),
        this);
    serverButton->setObjectName(QStringLiteral("serverButton"));
    // QCommandLinkButton under-estimates the height of a description that wraps: room for two lines.
    for (QCommandLinkButton *button : { demoButton, createButton, openButton, serverButton })
        button->setMinimumHeight(fontMetrics().lineSpacing() * 4 + 16);
    connect(demoButton, &QPushButton::clicked, this, &WelcomePage::openDemo);
    connect(createButton, &QPushButton::clicked, this, &WelcomePage::createDatabase);
    connect(openButton, &QPushButton::clicked, this, &WelcomePage::openExisting);
    connect(serverButton, &QPushButton::clicked, this, [this] {
        saveUserName();
        emit serverConnectionRequested();
    });

    // A readable column in the middle of however large a window.
    auto *column = new QWidget(this);
    // A fixed width lets the wrapped texts and the buttons' descriptions take the height they need.
    column->setFixedWidth(fontMetrics().horizontalAdvance(u'M') * 56);
    auto *columnLayout = new QVBoxLayout(column);
    columnLayout->addWidget(heading);
    columnLayout->addWidget(m_reason);
    columnLayout->addSpacing(8);
    columnLayout->addLayout(nameForm);
    columnLayout->addSpacing(8);
    columnLayout->addWidget(demoButton);
    columnLayout->addWidget(createButton);
    columnLayout->addWidget(openButton);
    columnLayout->addWidget(serverButton);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(column, 0, Qt::AlignHCenter);
    layout->addStretch(2);
}

void WelcomePage::setReason(const QString &reason)
{
    m_reason->setText(reason);
    m_reason->setVisible(!reason.isEmpty());
}

QString WelcomePage::reason() const
{
    return m_reason->isHidden() ? QString() : m_reason->text();
}

void WelcomePage::saveUserName()
{
    AppSettings::userName().set(m_name->text().trimmed());
}

void WelcomePage::openDemo()
{
    saveUserName();
    const QString path = AppSettings::demoDatabasePath();
    if (QFileInfo::exists(path)) {
        emit databaseChosen(path);
        return;
    }
    const DemoOptions options;
    QProgressDialog progress(tr("Creating the demo portfolio…"), QString(), 0,
                             static_cast<int>(options.lines), this);
    progress.setWindowTitle(QStringLiteral("CostBoard"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    progress.setCancelButton(nullptr);
    try {
        const std::unique_ptr<Database> database = Database::openSqlite(path, Database::IfMissing::Create);
        generateDemoPortfolio(*database, options, [&progress](std::int64_t written) {
            progress.setValue(static_cast<int>(written));
        });
    } catch (const Error &error) {
        spdlog::error("cannot create the demo portfolio in {}: {}", path.toStdString(), error.what());
        for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
            QFile::remove(path + suffix);
        setReason(tr("The demo portfolio could not be created: %1").arg(errorText(error)));
        return;
    }
    spdlog::info("demo portfolio created in {}", path.toStdString());
    emit databaseChosen(path);
}

void WelcomePage::createDatabase()
{
    saveUserName();
    NewDatabaseDialog dialog(
        NewDatabaseDialog::suggestedPath(QFileInfo(AppSettings::defaultDatabasePath()).path()), this);
    if (dialog.exec() == QDialog::Accepted)
        emit databaseChosen(dialog.path());
}

void WelcomePage::openExisting()
{
    saveUserName();
    const QString path
        = QFileDialog::getOpenFileName(this, tr("Open CostBoard Database"), QString(),
                                       tr("CostBoard databases (*.sqlite *.db);;All files (*)"));
    if (!path.isEmpty())
        emit databaseChosen(path);
}

} // namespace costboard::ui
