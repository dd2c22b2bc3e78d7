// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/fxratedialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

#include "storage/fxrates.h"
#include "storage/validation.h"

namespace costboard::ui {

FxRateDialog::FxRateDialog(const QString &reportingCurrency, const std::optional<FxRate> &existing,
                           QWidget *parent)
    : QDialog(parent)
    , m_reportingCurrency(reportingCurrency)
    , m_currency(new QComboBox(this))
    , m_validFrom(new QDateEdit(this))
    , m_rate(new QLineEdit(this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(existing ? tr("Edit Exchange Rate") : tr("New Exchange Rate"));
    for (const QString &code : Money::knownCurrencies()) {
        if (code != reportingCurrency)
            m_currency->addItem(code);
    }
    m_currency->setCurrentText(QStringLiteral("USD"));
    m_validFrom->setCalendarPopup(true);
    m_validFrom->setDateRange(validation::earliestDate, validation::latestDate);
    m_validFrom->setDate(QDate(QDate::currentDate().year(), QDate::currentDate().month(), 1));
    m_rate->setPlaceholderText(tr("e.g. %1").arg(formatRateNanos(923'400'000, QLocale())));
    m_message->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_message->setWordWrap(true);
    if (existing) {
        m_id = existing->id;
        m_currency->setCurrentText(existing->currency);
        m_validFrom->setDate(existing->validFrom);
        m_rate->setText(formatRateNanos(existing->rateNanos, QLocale()));
    }

    auto *form = new QFormLayout(this);
    form->addRow(tr("Currency:"), m_currency);
    form->addRow(tr("Valid from:"), m_validFrom);
    form->addRow(tr("1 unit is worth (in %1):").arg(reportingCurrency), m_rate);
    form->addRow(m_message);
    form->addRow(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_rate, &QLineEdit::textChanged, this, &FxRateDialog::validate);
    connect(m_currency, &QComboBox::currentIndexChanged, this, &FxRateDialog::validate);
    validate();
}

FxRate FxRateDialog::rate() const
{
    FxRate rate;
    rate.id = m_id;
    rate.currency = m_currency->currentText();
    rate.quoteCurrency = m_reportingCurrency;
    rate.validFrom = m_validFrom->date();
    rate.rateNanos = parseRateNanos(m_rate->text()).value_or(0);
    return rate;
}

void FxRateDialog::showError(const QString &message)
{
    m_message->setText(message);
}

void FxRateDialog::validate()
{
    const bool empty = m_rate->text().trimmed().isEmpty();
    const std::optional<std::int64_t> nanos = parseRateNanos(m_rate->text());
    const bool valid = nanos && *nanos >= validation::limits::FxRateLowestNanos
        && *nanos <= validation::limits::FxRateHighestNanos;
    m_message->setText(empty || valid ? QString()
                                      : tr("Type a positive number with at most 9 decimals, e.g. 0.9234."));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(valid);
}

} // namespace costboard::ui
