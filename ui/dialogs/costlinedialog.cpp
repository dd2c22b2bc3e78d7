// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/costlinedialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

#include <spdlog/spdlog.h>

#include "domain/unit.h"
#include "errors.h"
#include "errortexts.h"
#include "labels.h"
#include "storage/costlinebrowser.h"
#include "storage/costlinerepository.h"
#include "storage/databasesettings.h"
#include "storage/projectrepository.h"
#include "storage/validation.h"
#include "workspace.h"

namespace costboard::ui {
namespace {

QIcon swatch(const QColor &colour)
{
    QPixmap pixmap(14, 14);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(colour.darker(130));
    painter.setBrush(colour);
    painter.drawRoundedRect(QRectF(0.5, 0.5, 13, 13), 3, 3);
    return QIcon(pixmap);
}

// A field with its message underneath: the message takes no room while hidden.
QWidget *withMessage(QWidget *field, QLabel *message, QWidget *parent)
{
    auto *cell = new QWidget(parent);
    auto *layout = new QVBoxLayout(cell);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    layout->addWidget(message);
    return cell;
}

// The form's field for each name that ValidationError::field() can carry.
QString messageSlotOf(const QString &field)
{
    if (field == QLatin1String("amount currency"))
        return QStringLiteral("amount");
    if (field == QLatin1String("unit"))
        return QStringLiteral("quantity");
    if (field.startsWith(QLatin1String("service period")))
        return QStringLiteral("service period");
    return field;
}

const QColor errorColour(0xb3, 0x26, 0x1e);

// Why `text` is not an acceptable amount in `currency`, empty when it is.
QString amountProblem(const QString &text, const QString &currency, const QLocale &locale)
{
    Money amount;
    if (!Money::parseTyped(text, currency, locale, amount)) {
        const int decimals = Money::decimalsOf(currency);
        if (decimals == 0)
            return CostLineDialog::tr("Not an amount in %1: use whole numbers only.").arg(currency);
        if (decimals == 1)
            return CostLineDialog::tr("Not an amount in %1: use digits and at most one decimal.")
                .arg(currency);
        return CostLineDialog::tr("Not an amount in %1: use digits and at most %n decimals.", nullptr,
                                  decimals)
            .arg(currency);
    }
    if (amount.isZero())
        return CostLineDialog::tr("The amount must not be zero (a credit is negative).");
    if (amount.minorUnits() > Money::MaxInputMinorUnits || amount.minorUnits() < -Money::MaxInputMinorUnits)
        return CostLineDialog::tr("This amount is implausibly large: check the decimals.");
    return QString();
}

} // namespace

bool CostLineDialog::parseQuantity(const QString &text, const QLocale &locale, double &out)
{
    const QString cleaned = text.trimmed();
    bool ok = false;
    double value = locale.toDouble(cleaned, &ok);
    if (!ok)
        value = QLocale::c().toDouble(QString(cleaned).replace(u',', u'.').remove(u' '), &ok);
    if (!ok || !(value >= 0 && value < 1e18))
        return false;
    out = value;
    return true;
}

CostLineDialog::CostLineDialog(Workspace &workspace, const CostLine &line, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_original(line)
    , m_project(new QComboBox(this))
    , m_category(new QComboBox(this))
    , m_date(new QDateEdit(this))
    , m_hasServicePeriod(new QCheckBox(tr("Pays for a period"), this))
    , m_serviceFirst(new QDateEdit(this))
    , m_serviceLast(new QDateEdit(this))
    , m_amount(new QLineEdit(this))
    , m_currency(new QComboBox(this))
    , m_vendor(new QLineEdit(this))
    , m_description(new QLineEdit(this))
    , m_quantity(new QLineEdit(this))
    , m_unit(new QComboBox(this))
    , m_hint(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("CostLineDialog"));
    setWindowTitle(line.id == 0 ? tr("Add Cost Line") : tr("Edit Cost Line"));
    setMinimumWidth(460);
    const QLocale locale;

    QString reportingCurrency = QStringLiteral("EUR");
    try {
        reportingCurrency = DatabaseSettings(workspace.database()).reportingCurrency();
        m_project->setPlaceholderText(tr("Choose a project…"));
        for (const Project &project : ProjectRepository(workspace.database()).list(true)) {
            // Archived projects take no new costs, but a line already booked on one stays editable.
            if (project.archived && project.id != line.projectId)
                continue;
            m_project->addItem(tr("%1 — %2").arg(project.code, projectName(project)), qlonglong(project.id));
        }
        auto *vendorCompleter = new QCompleter(CostLineBrowser(workspace.database()).vendors(), m_vendor);
        vendorCompleter->setCaseSensitivity(Qt::CaseInsensitive);
        vendorCompleter->setFilterMode(Qt::MatchContains);
        m_vendor->setCompleter(vendorCompleter);
    } catch (const Error &error) {
        spdlog::error("cost line form could not read projects: {}", error.what());
        m_loadError = costboard::errorText(error);
    }
    m_project->setCurrentIndex(m_project->findData(qlonglong(line.projectId)));

    for (const CategoryInfo &info : CostCategories::all())
        m_category->addItem(swatch(categoryColour(info.category)), categoryLabel(info.category),
                            static_cast<int>(info.category));
    m_category->setCurrentIndex(m_category->findData(static_cast<int>(line.category)));

    m_date->setCalendarPopup(true);
    m_date->setDateRange(validation::earliestDate, validation::latestDate);
    m_date->setDisplayFormat(locale.dateFormat(QLocale::ShortFormat));
    m_date->setDate(line.incurredOn.isValid() ? line.incurredOn : QDate::currentDate());

    // The period is entered by its first and last day, as people say it ("1 to 30 November");
    // it is stored with an exclusive end, as FOCUS has it.
    m_hasServicePeriod->setObjectName(QStringLiteral("hasServicePeriod"));
    m_hasServicePeriod->setToolTip(
        tr("On the accrual basis the amount is spread evenly over the days it pays for "
           "(a salary or a subscription over its month); without a period it counts on "
           "its date."));
    for (QDateEdit *edit : { m_serviceFirst, m_serviceLast }) {
        edit->setCalendarPopup(true);
        edit->setDateRange(validation::earliestDate, validation::latestDate);
        edit->setDisplayFormat(locale.dateFormat(QLocale::ShortFormat));
    }
    m_serviceFirst->setObjectName(QStringLiteral("serviceFirst"));
    m_serviceLast->setObjectName(QStringLiteral("serviceLast"));
    const DayRange servicePeriod
        = line.hasServicePeriod() ? line.serviceDays() : FiscalCalendar::month(m_date->date());
    m_hasServicePeriod->setChecked(line.hasServicePeriod());
    m_serviceFirst->setDate(servicePeriod.first);
    m_serviceLast->setDate(servicePeriod.last);

    m_currency->addItems(Money::knownCurrencies());
    const QString currency = line.amount.hasCurrency() ? line.amount.currency() : reportingCurrency;
    m_currency->setCurrentIndex(std::max(0, m_currency->findText(currency)));
    m_amount->setPlaceholderText(locale.toString(1234.5, 'f', 2));
    if (!line.amount.isZero()) {
        // The plain form ("1234.56") is exact; only its decimal point is the locale's.
        m_amount->setText(line.amount.toPlainString().replace(u'.', locale.decimalPoint()));
    }

    m_vendor->setMaxLength(CostLine::MaxVendorLength);
    m_vendor->setText(line.vendor);
    m_vendor->setPlaceholderText(tr("e.g. OpenAI, Azure, consulting firm"));
    m_description->setMaxLength(CostLine::MaxDescriptionLength);
    m_description->setText(line.description);

    m_quantity->setPlaceholderText(tr("Optional"));
    if (line.quantity)
        m_quantity->setText(locale.toString(*line.quantity, 'f', QLocale::FloatingPointShortest));
    m_unit->setEditable(true);
    // Known units by key, named in the interface language; any other unit is typed and kept as is.
    m_unit->addItem(QString(), QString());
    for (const QString &key : units::knownKeys())
        m_unit->addItem(unitName(key), key);
    m_unit->lineEdit()->setMaxLength(CostLine::MaxUnitLength);
    if (const int known = m_unit->findData(units::canonical(line.unit)); known > 0)
        m_unit->setCurrentIndex(known);
    else
        m_unit->setCurrentText(line.unit);

    auto *amountRow = new QHBoxLayout;
    amountRow->setContentsMargins(0, 0, 0, 0);
    amountRow->addWidget(m_amount, 1);
    amountRow->addWidget(m_currency);
    auto *amountBox = new QWidget(this);
    amountBox->setLayout(amountRow);

    auto *serviceRow = new QHBoxLayout;
    serviceRow->setContentsMargins(0, 0, 0, 0);
    serviceRow->addWidget(m_hasServicePeriod);
    serviceRow->addWidget(m_serviceFirst, 1);
    serviceRow->addWidget(new QLabel(tr("to", "service period: 1 Nov to 30 Nov"), this));
    serviceRow->addWidget(m_serviceLast, 1);
    auto *serviceBox = new QWidget(this);
    serviceBox->setLayout(serviceRow);

    auto *quantityRow = new QHBoxLayout;
    quantityRow->setContentsMargins(0, 0, 0, 0);
    quantityRow->addWidget(m_quantity, 1);
    quantityRow->addWidget(m_unit, 1);
    auto *quantityBox = new QWidget(this);
    quantityBox->setLayout(quantityRow);

    auto *form = new QFormLayout;
    form->addRow(tr("&Project:"), withMessage(m_project, addMessageLabel(QStringLiteral("project")), this));
    form->addRow(tr("&Category:"),
                 withMessage(m_category, addMessageLabel(QStringLiteral("category")), this));
    form->addRow(tr("&Date:"), withMessage(m_date, addMessageLabel(QStringLiteral("date")), this));
    form->addRow(tr("&Service:"),
                 withMessage(serviceBox, addMessageLabel(QStringLiteral("service period")), this));
    form->addRow(tr("&Amount:"), withMessage(amountBox, addMessageLabel(QStringLiteral("amount")), this));
    form->addRow(tr("&Vendor:"), withMessage(m_vendor, addMessageLabel(QStringLiteral("vendor")), this));
    form->addRow(tr("D&escription:"),
                 withMessage(m_description, addMessageLabel(QStringLiteral("description")), this));
    form->addRow(tr("&Quantity:"),
                 withMessage(quantityBox, addMessageLabel(QStringLiteral("quantity")), this));
    // QFormLayout gives the buddy to the cell widget; the label's mnemonic must reach the field.
    const QList<QWidget *> buddies = { m_project, m_category, m_date,        m_hasServicePeriod,
                                       m_amount,  m_vendor,   m_description, m_quantity };
    for (int row = 0; row < buddies.size(); ++row) {
        if (auto *label = qobject_cast<QLabel *>(form->itemAt(row, QFormLayout::LabelRole)->widget()))
            label->setBuddy(buddies.at(row));
    }

    m_hint->setWordWrap(true);
    QPalette hintPalette = m_hint->palette();
    hintPalette.setColor(QPalette::WindowText, hintPalette.color(QPalette::PlaceholderText));
    m_hint->setPalette(hintPalette);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_hint);
    layout->addStretch();
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &CostLineDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &CostLineDialog::reject);
    connect(m_project, &QComboBox::currentIndexChanged, this, &CostLineDialog::revalidate);
    connect(m_category, &QComboBox::currentIndexChanged, this, &CostLineDialog::revalidate);
    connect(m_date, &QDateEdit::dateChanged, this, &CostLineDialog::revalidate);
    connect(m_hasServicePeriod, &QCheckBox::toggled, this, &CostLineDialog::revalidate);
    connect(m_serviceFirst, &QDateEdit::dateChanged, this, &CostLineDialog::revalidate);
    connect(m_serviceLast, &QDateEdit::dateChanged, this, &CostLineDialog::revalidate);
    connect(m_amount, &QLineEdit::textChanged, this, &CostLineDialog::revalidate);
    connect(m_currency, &QComboBox::currentIndexChanged, this, &CostLineDialog::revalidate);
    connect(m_quantity, &QLineEdit::textChanged, this, &CostLineDialog::revalidate);
    connect(m_unit, &QComboBox::currentTextChanged, this, &CostLineDialog::revalidate);

    (m_project->currentIndex() < 0 ? static_cast<QWidget *>(m_project) : m_amount)->setFocus();
    revalidate();
}

QLabel *CostLineDialog::addMessageLabel(const QString &field)
{
    auto *label = new QLabel(this);
    label->setObjectName(field + QStringLiteral("Message"));
    label->setWordWrap(true);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, errorColour);
    label->setPalette(palette);
    label->hide();
    m_messages.insert(field, label);
    return label;
}

QPushButton *CostLineDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

QString CostLineDialog::fieldMessage(const QString &field) const
{
    const QLabel *label = m_messages.value(messageSlotOf(field));
    return label && !label->isHidden() ? label->text() : QString();
}

void CostLineDialog::showFieldMessage(const QString &field, const QString &message)
{
    if (QLabel *label = m_messages.value(messageSlotOf(field))) {
        label->setText(message);
        label->setVisible(!message.isEmpty());
    }
}

void CostLineDialog::clearMessages()
{
    for (QLabel *label : std::as_const(m_messages)) {
        label->clear();
        label->hide();
    }
}

CostLine CostLineDialog::line() const
{
    // Start from the original so what the form does not show (source, import batch, external
    // reference) survives an edit unchanged.
    CostLine result = m_original;
    result.projectId = m_project->currentIndex() >= 0 ? m_project->currentData().toLongLong() : 0;
    result.category = static_cast<CostCategory>(m_category->currentData().toInt());
    result.incurredOn = m_date->date();
    if (m_hasServicePeriod->isChecked()) {
        result.serviceStart = m_serviceFirst->date();
        result.serviceEnd = m_serviceLast->date().addDays(1);
    } else {
        result.serviceStart = QDate();
        result.serviceEnd = QDate();
    }
    Money amount;
    if (Money::parseTyped(m_amount->text(), m_currency->currentText(), QLocale(), amount))
        result.amount = amount;
    else
        result.amount = Money(0, m_currency->currentText());
    result.reportingAmount.reset();
    // Never null: the storage layer keeps empty text as '' (a null string would become NULL).
    const auto text = [](const QString &value) {
        return value.isNull() ? QStringLiteral("") : value.trimmed();
    };
    result.vendor = text(m_vendor->text());
    result.description = text(m_description->text());
    double quantity = 0;
    if (!m_quantity->text().trimmed().isEmpty() && parseQuantity(m_quantity->text(), QLocale(), quantity))
        result.quantity = quantity;
    else
        result.quantity.reset();
    result.unit = result.quantity ? unitKey() : QStringLiteral("");
    return result;
}

QString CostLineDialog::unitKey() const
{
    const QString typed = m_unit->currentText().trimmed();
    if (const int listed = m_unit->findText(typed, Qt::MatchFixedString); listed > 0)
        return m_unit->itemData(listed).toString();
    const QString key = units::canonical(typed);
    return key.isNull() ? QStringLiteral("") : key; // never null: the storage layer keeps '' as ''
}

void CostLineDialog::revalidate()
{
    clearMessages();
    const QLocale locale;
    bool valid = true;
    const bool missingProject = m_project->currentIndex() < 0;
    const bool missingAmount = m_amount->text().trimmed().isEmpty();
    if (missingProject || missingAmount)
        valid = false;

    // An empty amount is said once, in the hint under the form: it is not a mistake yet.
    const QString amountMessage
        = missingAmount ? QString() : amountProblem(m_amount->text(), m_currency->currentText(), locale);
    if (!amountMessage.isEmpty()) {
        showFieldMessage(QStringLiteral("amount"), amountMessage);
        valid = false;
    }

    m_serviceFirst->setEnabled(m_hasServicePeriod->isChecked());
    m_serviceLast->setEnabled(m_hasServicePeriod->isChecked());
    if (m_hasServicePeriod->isChecked()) {
        const DayRange period { m_serviceFirst->date(), m_serviceLast->date() };
        if (!period.isValid()) {
            showFieldMessage(QStringLiteral("service period"),
                             tr("The period must end on or after its first day."));
            valid = false;
        } else if (period.dayCount() > CostLine::MaxServiceDays) {
            showFieldMessage(QStringLiteral("service period"),
                             tr("The period covers %1 days; at most %2 are accepted.")
                                 .arg(period.dayCount())
                                 .arg(CostLine::MaxServiceDays));
            valid = false;
        } else {
            Money amount;
            const bool priced
                = Money::parseTyped(m_amount->text(), m_currency->currentText(), locale, amount);
            showFieldMessage(QStringLiteral("service period"), QString());
            m_serviceFirst->setToolTip(priced
                                           ? tr("%n day(s), about %1 a day", nullptr, int(period.dayCount()))
                                                 .arg(amount.scaled(1, period.dayCount()).toString(locale))
                                           : tr("%n day(s)", nullptr, int(period.dayCount())));
        }
    }

    const QString quantityText = m_quantity->text().trimmed();
    double quantity = 0;
    if (!quantityText.isEmpty() && !parseQuantity(quantityText, locale, quantity)) {
        showFieldMessage(QStringLiteral("quantity"), tr("The quantity must be a positive number, or empty."));
        valid = false;
    } else if (quantityText.isEmpty() && !m_unit->currentText().trimmed().isEmpty()) {
        showFieldMessage(QStringLiteral("quantity"),
                         tr("Enter the quantity the unit applies to, or clear the unit."));
        valid = false;
    }

    if (missingProject && missingAmount)
        m_hint->setText(tr("Choose a project and enter an amount."));
    else if (missingProject)
        m_hint->setText(tr("Choose a project."));
    else if (missingAmount)
        m_hint->setText(tr("Enter an amount."));
    else
        m_hint->clear();
    if (!m_loadError.isEmpty())
        m_hint->setText(m_loadError);
    m_hint->setVisible(!m_hint->text().isEmpty());
    m_inputValid = valid;
    okButton()->setEnabled(valid);
}

void CostLineDialog::accept()
{
    revalidate();
    if (!m_inputValid)
        return;
    try {
        CostLineRepository(m_workspace.database()).validate(line());
    } catch (const ValidationError &error) {
        if (m_messages.contains(messageSlotOf(error.field()))) {
            showFieldMessage(error.field(), costboard::errorReason(error));
        } else {
            m_hint->setText(costboard::errorText(error));
            m_hint->show();
        }
        return;
    } catch (const Error &error) {
        m_hint->setText(costboard::errorText(error));
        m_hint->show();
        return;
    }
    QDialog::accept();
}

} // namespace costboard::ui
