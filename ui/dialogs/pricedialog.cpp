// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/pricedialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

#include "domain/money.h"
#include "pricing/pricerepository.h"
#include "storage/validation.h"

namespace costboard::ui {

using namespace pricing;

PriceDialog::PriceDialog(const QStringList &providers, const QStringList &models,
                         const std::optional<PriceEntry> &start, QWidget *parent)
    : QDialog(parent)
    , m_provider(new QComboBox(this))
    , m_model(new QComboBox(this))
    , m_meter(new QComboBox(this))
    , m_price(new QLineEdit(this))
    , m_currency(new QComboBox(this))
    , m_basis(new QLabel(this))
    , m_effectiveFrom(new QDateEdit(this))
    , m_source(new QLineEdit(this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("New Price"));
    m_provider->setEditable(true);
    m_provider->addItems(providers);
    m_provider->lineEdit()->setMaxLength(MaxProviderLength);
    m_model->setEditable(true);
    m_model->addItems(models);
    m_model->lineEdit()->setMaxLength(MaxModelLength);
    m_model->setMinimumContentsLength(24);
    for (const Meter meter : allMeters())
        m_meter->addItem(meterName(meter), int(meter));
    m_currency->addItems(Money::knownCurrencies());
    m_currency->setCurrentText(QStringLiteral("USD"));
    m_price->setPlaceholderText(tr("e.g. %1").arg(formatPricePerMillion(2'500'000)));
    m_effectiveFrom->setCalendarPopup(true);
    m_effectiveFrom->setDateRange(validation::earliestDate, validation::latestDate);
    m_effectiveFrom->setDate(QDate::currentDate());
    m_source->setMaxLength(MaxPriceSourceLength);
    m_source->setPlaceholderText(tr("Where the figure comes from: a URL, a contract, an invoice"));
    m_message->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_message->setWordWrap(true);
    if (start) {
        m_provider->setCurrentText(start->provider);
        m_model->setCurrentText(start->model);
        m_meter->setCurrentIndex(m_meter->findData(int(start->meter)));
        m_currency->setCurrentText(start->currency);
    } else {
        m_provider->setCurrentText(QString());
        m_model->setCurrentText(QString());
    }

    auto *priceRow = new QHBoxLayout;
    priceRow->addWidget(m_price, 1);
    priceRow->addWidget(m_currency);
    priceRow->addWidget(m_basis);
    auto *form = new QFormLayout(this);
    form->addRow(tr("Provider:"), m_provider);
    form->addRow(tr("Model:"), m_model);
    form->addRow(tr("Priced:"), m_meter);
    form->addRow(tr("Price:"), priceRow);
    form->addRow(tr("Effective from:"), m_effectiveFrom);
    form->addRow(tr("Source:"), m_source);
    form->addRow(m_message);
    form->addRow(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *edit : { m_price, m_source, m_provider->lineEdit(), m_model->lineEdit() })
        connect(edit, &QLineEdit::textChanged, this, &PriceDialog::validate);
    connect(m_meter, &QComboBox::currentIndexChanged, this, &PriceDialog::validate);
    validate();
}

Meter PriceDialog::meter() const
{
    return static_cast<Meter>(m_meter->currentData().toInt());
}

std::optional<std::int64_t> PriceDialog::typedPrice() const
{
    // Typed per million tokens, or per single image, minute or hour: as the basis label says.
    return meterDisplayUnits(meter()) == 1'000'000 ? parsePricePerMillion(m_price->text())
                                                   : parsePricePerUnit(m_price->text());
}

PriceEntry PriceDialog::entry() const
{
    PriceEntry entry;
    entry.provider = m_provider->currentText();
    entry.model = m_model->currentText();
    entry.meter = meter();
    entry.microsPerMillion = typedPrice();
    entry.currency = m_currency->currentText();
    entry.effectiveFrom = m_effectiveFrom->date();
    entry.source = m_source->text();
    entry.origin = PriceOrigin::User;
    return entry;
}

void PriceDialog::showError(const QString &message)
{
    m_message->setText(message);
}

void PriceDialog::validate()
{
    m_basis->setText(meterPriceBasis(meter()));
    const bool empty = m_price->text().trimmed().isEmpty();
    const bool priceReads = typedPrice().has_value();
    const bool complete = !m_provider->currentText().trimmed().isEmpty()
        && !m_model->currentText().trimmed().isEmpty() && !m_source->text().trimmed().isEmpty();
    m_message->setText(empty || priceReads
                           ? QString()
                           : tr("Type a price of 0 or more, e.g. %1.").arg(formatPricePerMillion(2'500'000)));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(priceReads && complete);
}

} // namespace costboard::ui
