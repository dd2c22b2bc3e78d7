// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/newdatabasedialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include <spdlog/spdlog.h>

#include "domain/money.h"
#include "errors.h"
#include "errortexts.h"
#include "storage/database.h"
#include "storage/databasesettings.h"

namespace costboard::ui {
namespace {

void removeDatabaseFiles(const QString &path)
{
    for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
        QFile::remove(path + suffix);
}

} // namespace

NewDatabaseDialog::NewDatabaseDialog(const QString &suggestedPath, QWidget *parent)
    : QDialog(parent)
    , m_path(new QLineEdit(this))
    , m_currency(new QComboBox(this))
    , m_fiscalStart(new QComboBox(this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("newDatabaseDialog"));
    setWindowTitle(tr("New CostBoard Database"));
    m_path->setObjectName(QStringLiteral("pathEdit"));
    m_path->setText(QDir::toNativeSeparators(suggestedPath));
    m_currency->setObjectName(QStringLiteral("currencyCombo"));
    m_currency->addItems(Money::knownCurrencies());
    // The currency people of this locale count in, when CostBoard knows it.
    const QString localCurrency = QLocale::system().currencySymbol(QLocale::CurrencyIsoCode);
    m_currency->setCurrentText(Money::knownCurrencies().contains(localCurrency) ? localCurrency
                                                                                : QStringLiteral("EUR"));
    m_fiscalStart->setObjectName(QStringLiteral("fiscalStartCombo"));
    const QLocale locale;
    for (int month = 1; month <= 12; ++month)
        m_fiscalStart->addItem(locale.standaloneMonthName(month), month);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_message->hide();

    auto *browseButton = new QPushButton(tr("&Browse…"), this);
    connect(browseButton, &QPushButton::clicked, this, &NewDatabaseDialog::browse);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browseButton);

    auto *intro
        = new QLabel(tr("Everyone who opens this database shares these settings. Every amount is converted "
                        "to the reporting currency, and budgets are entered in it."),
                     this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("File:"), pathRow);
    form->addRow(tr("Reporting currency:"), m_currency);
    form->addRow(tr("Fiscal year starts in:"), m_fiscalStart);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(tr("&Create"), QDialogButtonBox::AcceptRole)
        ->setObjectName(QStringLiteral("createButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &NewDatabaseDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().horizontalAdvance(u'M') * 36);
}

QString NewDatabaseDialog::path() const
{
    return QDir::fromNativeSeparators(m_path->text().trimmed());
}

QString NewDatabaseDialog::reportingCurrency() const
{
    return m_currency->currentText();
}

int NewDatabaseDialog::fiscalYearStartMonth() const
{
    return m_fiscalStart->currentData().toInt();
}

void NewDatabaseDialog::setPath(const QString &path)
{
    m_path->setText(QDir::toNativeSeparators(path));
}

void NewDatabaseDialog::setReportingCurrency(const QString &currency)
{
    m_currency->setCurrentText(currency);
}

void NewDatabaseDialog::setFiscalYearStartMonth(int month)
{
    m_fiscalStart->setCurrentIndex(std::max(0, m_fiscalStart->findData(month)));
}

QString NewDatabaseDialog::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void NewDatabaseDialog::browse()
{
    // An existing file is refused on Create: the dialog need not ask about replacing it.
    const QString chosen = QFileDialog::getSaveFileName(this, tr("New CostBoard Database"), path(),
                                                        tr("CostBoard databases (*.sqlite *.db)"), nullptr,
                                                        QFileDialog::DontConfirmOverwrite);
    if (!chosen.isEmpty())
        setPath(chosen);
}

QString NewDatabaseDialog::suggestedPath(const QString &folder)
{
    const QDir directory(folder);
    QString path = directory.filePath(QStringLiteral("costboard.sqlite"));
    for (int number = 2; QFileInfo::exists(path); ++number)
        path = directory.filePath(QStringLiteral("costboard-%1.sqlite").arg(number));
    return path;
}

void NewDatabaseDialog::createDatabase(const QString &path, const QString &reportingCurrency,
                                       int fiscalYearStartMonth)
{
    try {
        const std::unique_ptr<Database> database = Database::openSqlite(path, Database::IfMissing::Create);
        Transaction transaction(*database);
        DatabaseSettings settings(*database);
        settings.setReportingCurrency(reportingCurrency);
        settings.setFiscalYearStartMonth(fiscalYearStartMonth);
        transaction.commit();
    } catch (const Error &) {
        removeDatabaseFiles(path);
        throw;
    }
    spdlog::info("new database created: {}", path.toStdString());
}

void NewDatabaseDialog::accept()
{
    const auto refuse = [this](const QString &reason) {
        m_message->setText(reason);
        m_message->show();
    };
    QString chosen = path();
    if (chosen.isEmpty()) {
        refuse(tr("Choose where the database file goes."));
        return;
    }
    if (QFileInfo(chosen).suffix().isEmpty())
        chosen += QStringLiteral(".sqlite");
    chosen = QFileInfo(chosen).absoluteFilePath();
    if (QFileInfo::exists(chosen)) {
        refuse(
            tr("A file already exists at %1. Choose another name, or open that file as an existing database.")
                .arg(QDir::toNativeSeparators(chosen)));
        return;
    }
    try {
        createDatabase(chosen, reportingCurrency(), fiscalYearStartMonth());
    } catch (const Error &error) {
        spdlog::error("cannot create database {}: {}", chosen.toStdString(), error.what());
        refuse(errorText(error));
        return;
    }
    setPath(chosen);
    QDialog::accept();
}

} // namespace costboard::ui
