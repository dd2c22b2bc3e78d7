// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/importdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

#include <spdlog/spdlog.h>

#include "dialogs/importreportdialog.h"
#include "errors.h"
#include "errortexts.h"
#include "import/databasetask.h"
#include "import/importtexts.h"
#include "labels.h"
#include "storage/importrepository.h"
#include "storage/projectrepository.h"
#include "workspace.h"

namespace costboard::ui {
namespace {

const QString warningStyle = QStringLiteral(
    "QLabel { background: #fff4e5; border: 1px solid #e69500; border-radius: 4px; padding: 6px; }");
const QString highlightStyle
    = QStringLiteral("QComboBox { border: 2px solid #e69500; border-radius: 3px; padding: 1px 4px; }");

// Fields whose value is the row's own: the same value for every row would make no sense.
bool takesConstant(MappedField field)
{
    return field != MappedField::Amount && field != MappedField::Quantity && field != MappedField::Reference;
}

QString constantPlaceholder(MappedField field)
{
    switch (field) {
    case MappedField::Date:
    case MappedField::ServiceStart:
    case MappedField::ServiceEnd:
        return ImportDialog::tr("e.g. 2026-11-30");
    case MappedField::Currency:
        return ImportDialog::tr("e.g. EUR");
    case MappedField::Project:
        return ImportDialog::tr("project code, e.g. SUP");
    case MappedField::Category:
        return ImportDialog::tr("category key, e.g. inference");
    case MappedField::Vendor:
        return ImportDialog::tr("e.g. Mistral AI");
    case MappedField::Unit:
        return ImportDialog::tr("e.g. tokens");
    case MappedField::Description:
    case MappedField::Amount:
    case MappedField::Quantity:
    case MappedField::Reference:
        break;
    }
    return QString();
}

QString delimiterName(char delimiter)
{
    switch (delimiter) {
    case '\t':
        return ImportDialog::tr("tab");
    case ';':
        return ImportDialog::tr("semicolon");
    case ',':
        return ImportDialog::tr("comma");
    default:
        return QString(QLatin1Char(delimiter));
    }
}

void selectData(QComboBox *combo, const QVariant &data)
{
    combo->setCurrentIndex(std::max(0, combo->findData(data)));
}

} // namespace

QString ImportDialog::fieldLabel(MappedField field)
{
    switch (field) {
    case MappedField::Date:
        return tr("Date");
    case MappedField::ServiceStart:
        return tr("Service start");
    case MappedField::ServiceEnd:
        return tr("Service end");
    case MappedField::Amount:
        return tr("Amount");
    case MappedField::Currency:
        return tr("Currency");
    case MappedField::Project:
        return tr("Project");
    case MappedField::Category:
        return tr("Category");
    case MappedField::Vendor:
        return tr("Vendor");
    case MappedField::Description:
        return tr("Description");
    case MappedField::Quantity:
        return tr("Quantity");
    case MappedField::Unit:
        return tr("Unit");
    case MappedField::Reference:
        return tr("External reference");
    }
    return QString();
}

ImportDialog::ImportDialog(Workspace &workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_fileEdit(new QLineEdit(this))
    , m_format(new QComboBox(this))
    , m_effectiveCost(new QCheckBox(tr("Use EffectiveCost (amortised)"), this))
    , m_includeTax(new QCheckBox(tr("Include tax rows"), this))
    , m_project(new QComboBox(this))
    , m_mappingBox(new QGroupBox(tr("Column mapping"), this))
    , m_savedMapping(new QComboBox(this))
    , m_saveAs(new QLineEdit(this))
    , m_delimiter(new QComboBox(this))
    , m_decimalSeparator(new QComboBox(this))
    , m_dateOrder(new QComboBox(this))
    , m_endInclusive(new QCheckBox(tr("The service end is the last day paid for"), this))
    , m_dateMessage(new QLabel(this))
    , m_previewModel(new QStandardItemModel(this))
    , m_previewView(new QTableView(this))
    , m_previewStack(new QStackedWidget(this))
    , m_jsonNote(new QLabel(this))
    , m_status(new QLabel(this))
    , m_checkButton(new QPushButton(tr("&Check"), this))
    , m_importButton(new QPushButton(tr("&Import"), this))
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import Cost File"));

    m_fileEdit->setReadOnly(true);
    m_fileEdit->setPlaceholderText(tr("Choose a CSV or JSON cost file"));
    auto *chooseButton = new QPushButton(tr("C&hoose…"), this);
    connect(chooseButton, &QPushButton::clicked, this, &ImportDialog::chooseFile);

    m_format->setObjectName(QStringLiteral("formatCombo"));
    m_format->addItem(importFormatName(ImportFormat::Auto), static_cast<int>(ImportFormat::Auto));
    for (const ImportFormat format : concreteImportFormats())
        m_format->addItem(importFormatName(format), static_cast<int>(format));
    m_effectiveCost->setToolTip(
        tr("FOCUS files: book EffectiveCost (commitments spread over the period they cover) "
           "instead of BilledCost (what the invoice says)"));
    m_includeTax->setChecked(true);
    m_includeTax->setToolTip(tr("Billing exports list tax as rows of their own: count them as costs"));

    m_project->setObjectName(QStringLiteral("projectCombo"));
    m_project->addItem(tr("None: the allocation rules, else Unallocated"), QString());
    try {
        for (const Project &project : ProjectRepository(m_workspace.database()).list(false)) {
            if (!project.isUnallocated)
                m_project->addItem(tr("%1 — %2", "project code — name").arg(project.code, project.name),
                                   project.code);
        }
    } catch (const Error &error) {
        spdlog::error("cannot list projects for import: {}", error.what());
    }
    m_project->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_project->setMinimumContentsLength(24);

    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_fileEdit, 1);
    fileRow->addWidget(chooseButton);
    auto *optionsRow = new QHBoxLayout;
    optionsRow->addWidget(m_effectiveCost);
    optionsRow->addSpacing(12);
    optionsRow->addWidget(m_includeTax);
    optionsRow->addStretch(1);
    auto *top = new QFormLayout;
    top->addRow(tr("File:"), fileRow);
    top->addRow(tr("Format:"), m_format);
    top->addRow(tr("Options:"), optionsRow);
    top->addRow(tr("Rows the file does not place go to project:"), m_project);

    m_previewView->setObjectName(QStringLiteral("previewView"));
    m_previewView->setModel(m_previewModel);
    m_previewView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_previewView->setSelectionMode(QAbstractItemView::NoSelection);
    m_previewView->setAlternatingRowColors(true);
    m_previewView->setWordWrap(false);
    m_previewView->verticalHeader()->setDefaultSectionSize(m_previewView->fontMetrics().height() + 6);
    m_previewView->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_previewView->horizontalHeader()->setHighlightSections(false);
    m_previewView->setMinimumHeight(m_previewView->fontMetrics().height() * 8);
    auto *previewTitle = new QLabel(tr("First rows of the file:"), this);

    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // A JSON file has no rows to show before it is read: the preview's place says what Check does.
    m_jsonNote->setObjectName(QStringLiteral("jsonNote"));
    m_jsonNote->setWordWrap(true);
    m_jsonNote->setAlignment(Qt::AlignCenter);
    m_jsonNote->setContentsMargins(32, 16, 32, 16);
    auto *previewArea = new QWidget(this);
    auto *previewLayout = new QVBoxLayout(previewArea);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    previewLayout->addWidget(previewTitle);
    previewLayout->addWidget(m_previewView, 1);
    m_previewStack->addWidget(previewArea);
    m_previewStack->addWidget(m_jsonNote);

    // Check, then Import, in reading order; the import is not the dialog's accept(), which would
    // close it even when nothing was imported.
    m_checkButton->setToolTip(
        tr("Read and check the whole file and show what it would import; nothing is written"));
    m_importButton->setDefault(true);
    auto *closeButton = new QPushButton(tr("Close"), this);
    connect(m_checkButton, &QPushButton::clicked, this, &ImportDialog::check);
    connect(m_importButton, &QPushButton::clicked, this, &ImportDialog::startImport);
    connect(closeButton, &QPushButton::clicked, this, &QDialog::reject);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_checkButton);
    buttons->addWidget(m_importButton);
    buttons->addWidget(closeButton);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(createMappingBox());
    layout->addWidget(m_previewStack, 1);
    layout->addWidget(m_status);
    layout->addLayout(buttons);

    m_previewTimer.setSingleShot(true);
    m_previewTimer.setInterval(0);
    connect(&m_previewTimer, &QTimer::timeout, this, &ImportDialog::updatePreview);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ImportDialog::schedulePreview);

    const QSize wanted(1000, 720);
    const QRect available = screen() ? screen()->availableGeometry() : QRect(QPoint(), wanted);
    resize(std::min(wanted.width(), available.width() - 24),
           std::min(wanted.height(), available.height() - 48));
    updateState();
}

QWidget *ImportDialog::createMappingBox()
{
    m_mappingBox->setObjectName(QStringLiteral("mappingBox"));
    m_savedMapping->setObjectName(QStringLiteral("savedMappingCombo"));
    m_savedMapping->setMinimumContentsLength(18);
    m_savedMapping->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_saveAs->setObjectName(QStringLiteral("saveMappingAs"));
    m_saveAs->setPlaceholderText(tr("a name to reuse this mapping (saved when importing)"));
    reloadSavedMappings();

    auto *savedRow = new QHBoxLayout;
    savedRow->addWidget(new QLabel(tr("Mapping:"), m_mappingBox));
    savedRow->addWidget(m_savedMapping);
    savedRow->addSpacing(16);
    savedRow->addWidget(new QLabel(tr("Save mapping as:"), m_mappingBox));
    savedRow->addWidget(m_saveAs, 1);

    // Two columns of fields side by side: twelve rows would push the preview off a laptop screen.
    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(8);
    grid->setVerticalSpacing(4);
    const QList<MappedField> fields = allMappedFields();
    const int perColumn = static_cast<int>((fields.size() + 1) / 2);
    for (int side = 0; side < 2; ++side) {
        auto *columnHeader = new QLabel(tr("Column of the file"), m_mappingBox);
        auto *constantHeader = new QLabel(tr("Or one value for every row"), m_mappingBox);
        for (QLabel *header : { columnHeader, constantHeader }) {
            QFont font = header->font();
            font.setItalic(true);
            header->setFont(font);
        }
        grid->addWidget(columnHeader, 0, side * 4 + 1);
        grid->addWidget(constantHeader, 0, side * 4 + 2);
    }
    for (int i = 0; i < fields.size(); ++i) {
        const MappedField field = fields.at(i);
        FieldRow row { field, new QComboBox(m_mappingBox), new QLineEdit(m_mappingBox) };
        row.column->setObjectName(QStringLiteral("column_") + mappedFieldKey(field));
        row.column->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        row.column->setMinimumContentsLength(14);
        row.constant->setObjectName(QStringLiteral("constant_") + mappedFieldKey(field));
        row.constant->setPlaceholderText(constantPlaceholder(field));
        row.constant->setEnabled(takesConstant(field));
        row.constant->setClearButtonEnabled(true);
        auto *label = new QLabel(tr("%1:", "label of a mapped field").arg(fieldLabel(field)), m_mappingBox);
        label->setBuddy(row.column);
        const int gridRow = 1 + i % perColumn;
        const int gridColumn = (i / perColumn) * 4;
        grid->addWidget(label, gridRow, gridColumn);
        grid->addWidget(row.column, gridRow, gridColumn + 1);
        grid->addWidget(row.constant, gridRow, gridColumn + 2);
        connect(row.column, &QComboBox::currentIndexChanged, this, &ImportDialog::schedulePreview);
        connect(row.constant, &QLineEdit::textChanged, this, &ImportDialog::schedulePreview);
        m_fields << row;
    }
    grid->setColumnMinimumWidth(3, 16);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(2, 1);
    grid->setColumnStretch(5, 1);
    grid->setColumnStretch(6, 1);

    m_delimiter->setObjectName(QStringLiteral("delimiterCombo"));
    m_delimiter->addItem(tr("Recognise"), 0);
    m_delimiter->addItem(tr("Comma ( , )"), int(','));
    m_delimiter->addItem(tr("Semicolon ( ; )"), int(';'));
    m_delimiter->addItem(tr("Tab"), int('\t'));
    m_decimalSeparator->setObjectName(QStringLiteral("decimalSeparatorCombo"));
    m_decimalSeparator->addItem(tr("Recognise"), 0);
    m_decimalSeparator->addItem(tr("Comma: 1 234,56"), int(','));
    m_decimalSeparator->addItem(tr("Point: 1,234.56"), int('.'));
    m_dateOrder->setObjectName(QStringLiteral("dateOrderCombo"));
    m_dateOrder->addItem(tr("Recognise"), static_cast<int>(DateOrder::Unknown));
    m_dateOrder->addItem(tr("Day/month/year"), static_cast<int>(DateOrder::DayMonthYear));
    m_dateOrder->addItem(tr("Month/day/year"), static_cast<int>(DateOrder::MonthDayYear));
    m_dateOrder->addItem(tr("Year-month-day"), static_cast<int>(DateOrder::YearMonthDay));
    m_endInclusive->setChecked(true);
    m_endInclusive->setToolTip(
        tr("Checked: \"1 Nov – 30 Nov\" pays for November. Unchecked: the end is the first day "
           "no longer paid for (\"1 Nov – 1 Dec\")."));
    for (QComboBox *combo : { m_delimiter, m_decimalSeparator, m_dateOrder })
        connect(combo, &QComboBox::currentIndexChanged, this, &ImportDialog::schedulePreview);
    connect(m_endInclusive, &QCheckBox::toggled, this, &ImportDialog::schedulePreview);
    connect(m_savedMapping, &QComboBox::currentIndexChanged, this, &ImportDialog::loadSavedMapping);

    auto *readingRow = new QHBoxLayout;
    readingRow->addWidget(new QLabel(tr("Separator:"), m_mappingBox));
    readingRow->addWidget(m_delimiter);
    readingRow->addSpacing(12);
    readingRow->addWidget(new QLabel(tr("Decimals:"), m_mappingBox));
    readingRow->addWidget(m_decimalSeparator);
    readingRow->addSpacing(12);
    readingRow->addWidget(new QLabel(tr("Dates:"), m_mappingBox));
    readingRow->addWidget(m_dateOrder);
    readingRow->addSpacing(12);
    readingRow->addWidget(m_endInclusive);
    readingRow->addStretch(1);

    m_dateMessage->setObjectName(QStringLiteral("dateMessage"));
    m_dateMessage->setWordWrap(true);
    m_dateMessage->setStyleSheet(warningStyle);
    m_dateMessage->hide();

    auto *layout = new QVBoxLayout(m_mappingBox);
    layout->addLayout(savedRow);
    layout->addLayout(grid);
    layout->addLayout(readingRow);
    layout->addWidget(m_dateMessage);
    return m_mappingBox;
}

QComboBox *ImportDialog::columnCombo(MappedField field) const
{
    for (const FieldRow &row : m_fields) {
        if (row.field == field)
            return row.column;
    }
    return nullptr;
}

QLineEdit *ImportDialog::constantEdit(MappedField field) const
{
    for (const FieldRow &row : m_fields) {
        if (row.field == field)
            return row.constant;
    }
    return nullptr;
}

void ImportDialog::reloadSavedMappings()
{
    const QString current = m_savedMapping->currentData().toString();
    const QSignalBlocker blocker(m_savedMapping);
    m_savedMapping->clear();
    m_savedMapping->addItem(tr("New mapping"), QString());
    try {
        for (const QString &name : ImportRepository(m_workspace.database()).mappingNames())
            m_savedMapping->addItem(name, name);
    } catch (const Error &error) {
        spdlog::error("cannot list saved mappings: {}", error.what());
    }
    selectData(m_savedMapping, current);
}

bool ImportDialog::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import Cost File"), QString(),
        tr("Cost files (*.csv *.json);;CSV files (*.csv);;JSON files (*.json);;"
           "All files (*)"));
    if (path.isEmpty())
        return false;
    openFile(path); // a file that cannot be read says why in the dialog, where another can be chosen
    return true;
}

bool ImportDialog::openFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_status->setText(
            tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    m_bytes = file.readAll();
    m_fileName = QFileInfo(path).fileName();
    m_fileEdit->setText(QDir::toNativeSeparators(path));
    setWindowTitle(tr("Import %1").arg(m_fileName));

    // A new file starts from what its header suggests, read with every setting recognised.
    m_fillingWidgets = true;
    m_savedMapping->setCurrentIndex(0);
    m_saveAs->clear();
    m_delimiter->setCurrentIndex(0);
    m_decimalSeparator->setCurrentIndex(0);
    m_dateOrder->setCurrentIndex(0);
    m_fillingWidgets = false;
    m_preview = FormatReader::preview(m_fileName, m_bytes, std::nullopt, PreviewRowCount);
    setHeaderChoices(m_preview.header);
    applyMapping(FormatReader::guessMapping(m_preview.header), false);
    m_previewTimer.stop();
    updatePreview();
    return true;
}

void ImportDialog::setHeaderChoices(const QStringList &header)
{
    m_headerChoices = header;
    m_fillingWidgets = true;
    for (const FieldRow &row : std::as_const(m_fields)) {
        const QString current = row.column->currentData().toString();
        row.column->clear();
        row.column->addItem(tr("— not mapped —"), QString());
        for (const QString &name : header)
            row.column->addItem(name, name);
        selectData(row.column, current);
    }
    m_fillingWidgets = false;
}

void ImportDialog::applyMapping(const ColumnMapping &mapping, bool withReaderSettings)
{
    m_fillingWidgets = true;
    for (const FieldRow &row : std::as_const(m_fields)) {
        const QString column = mapping.columns.value(row.field);
        if (!column.isEmpty() && row.column->findData(column) < 0) {
            // A saved mapping naming a column this file lacks: shown, and reported as missing.
            row.column->addItem(tr("%1 (not in this file)").arg(column), column);
        }
        selectData(row.column, column);
        row.constant->setText(mapping.constants.value(row.field));
    }
    if (withReaderSettings) {
        selectData(m_delimiter, int(mapping.delimiter));
        selectData(m_decimalSeparator, int(mapping.decimalSeparator));
        selectData(m_dateOrder, static_cast<int>(mapping.dateOrder));
        m_endInclusive->setChecked(mapping.serviceEndInclusive);
    }
    m_fillingWidgets = false;
}

void ImportDialog::loadSavedMapping()
{
    if (m_fillingWidgets)
        return;
    const QString name = m_savedMapping->currentData().toString();
    if (name.isEmpty()) {
        applyMapping(FormatReader::guessMapping(m_headerChoices), true);
        m_saveAs->clear();
    } else {
        try {
            if (const std::optional<ColumnMapping> mapping
                = ImportRepository(m_workspace.database()).mapping(name))
                applyMapping(*mapping, true);
        } catch (const Error &error) {
            m_status->setText(costboard::errorText(error));
        }
        m_saveAs->setText(name);
    }
    schedulePreview();
}

ColumnMapping ImportDialog::mappingFromWidgets() const
{
    ColumnMapping mapping;
    mapping.name = m_saveAs->text().trimmed().isEmpty() ? m_savedMapping->currentData().toString()
                                                        : m_saveAs->text().trimmed();
    mapping.delimiter = static_cast<char>(m_delimiter->currentData().toInt());
    mapping.decimalSeparator = static_cast<char>(m_decimalSeparator->currentData().toInt());
    mapping.dateOrder = static_cast<DateOrder>(m_dateOrder->currentData().toInt());
    mapping.serviceEndInclusive = m_endInclusive->isChecked();
    for (const FieldRow &row : m_fields) {
        const QString column = row.column->currentData().toString();
        if (!column.isEmpty())
            mapping.columns.insert(row.field, column);
        const QString constant = row.constant->text().trimmed();
        if (row.constant->isEnabled() && !constant.isEmpty())
            mapping.constants.insert(row.field, constant);
    }
    return mapping;
}

ImportFormat ImportDialog::effectiveFormat() const
{
    const auto chosen = static_cast<ImportFormat>(m_format->currentData().toInt());
    if (chosen != ImportFormat::Auto)
        return chosen;
    if (m_bytes.isNull() || m_preview.problem)
        return ImportFormat::Auto;
    return m_preview.detectedFormat;
}

bool ImportDialog::usesMapping() const
{
    return effectiveFormat() == ImportFormat::Csv;
}

ImportOptions ImportDialog::importOptions() const
{
    ImportOptions options;
    options.reader.format = static_cast<ImportFormat>(m_format->currentData().toInt());
    if (usesMapping()) {
        options.reader.format = ImportFormat::Csv;
        options.reader.mapping = mappingFromWidgets();
    }
    options.reader.useEffectiveCost = m_effectiveCost->isEnabled() && m_effectiveCost->isChecked();
    options.reader.includeTax = !m_includeTax->isEnabled() || m_includeTax->isChecked();
    options.projectCode = m_project->currentData().toString();
    return options;
}

void ImportDialog::schedulePreview()
{
    if (!m_fillingWidgets)
        m_previewTimer.start();
}

void ImportDialog::updatePreview()
{
    if (m_bytes.isNull()) {
        updateState();
        return;
    }
    const std::optional<ColumnMapping> mapping
        = usesMapping() ? std::optional(mappingFromWidgets()) : std::nullopt;
    m_preview = FormatReader::preview(m_fileName, m_bytes, mapping, PreviewRowCount);
    if (m_preview.header != m_headerChoices && !m_preview.problem) {
        // Another separator splits the header differently: new columns, and a new guess for them
        // unless a saved mapping names its own.
        setHeaderChoices(m_preview.header);
        if (m_savedMapping->currentData().toString().isEmpty())
            applyMapping(FormatReader::guessMapping(m_preview.header), false);
        if (usesMapping())
            m_preview = FormatReader::preview(m_fileName, m_bytes, mappingFromWidgets(), PreviewRowCount);
    }
    fillPreviewModel();
    updateState();
}

void ImportDialog::fillPreviewModel()
{
    m_previewModel->clear();
    const QStringList &header = m_preview.header;
    m_previewModel->setColumnCount(static_cast<int>(header.size()));
    const ColumnMapping mapping = mappingFromWidgets();
    const bool mapped = usesMapping();
    for (int column = 0; column < header.size(); ++column) {
        QString title = header.at(column);
        QStringList fields;
        if (mapped) {
            for (const FieldRow &row : std::as_const(m_fields)) {
                if (mapping.columns.value(row.field) == header.at(column))
                    fields << fieldLabel(row.field);
            }
        }
        // "Montant → Amount"; a column already named as its field is simply shown in bold.
        const bool sameName = fields.size() == 1 && fields.first().compare(title, Qt::CaseInsensitive) == 0;
        auto *item = new QStandardItem(fields.isEmpty() || sameName
                                           ? title
                                           : tr("%1 → %2", "file column → cost-line field")
                                                 .arg(title, fields.join(QStringLiteral(", "))));
        if (!fields.isEmpty()) {
            QFont font = item->font();
            font.setBold(true);
            item->setFont(font);
        }
        item->setToolTip(title);
        m_previewModel->setHorizontalHeaderItem(column, item);
    }
    for (const QStringList &fields : std::as_const(m_preview.rows)) {
        QList<QStandardItem *> items;
        for (int column = 0; column < header.size(); ++column) {
            auto *item = new QStandardItem(fields.value(column));
            item->setToolTip(fields.value(column));
            items << item;
        }
        m_previewModel->appendRow(items);
    }
    m_previewView->resizeColumnsToContents();
    // A long description column must not push every other column out of sight.
    const int widest = m_previewView->fontMetrics().horizontalAdvance(u'M') * 22;
    for (int column = 0; column < header.size(); ++column)
        m_previewView->setColumnWidth(column, std::min(m_previewView->columnWidth(column), widest));
}

void ImportDialog::updateState()
{
    const bool loaded = !m_bytes.isNull();
    const ImportFormat format = effectiveFormat();
    const bool mapped = loaded && usesMapping();
    m_mappingBox->setVisible(mapped);
    m_effectiveCost->setEnabled(format == ImportFormat::Focus);
    m_includeTax->setEnabled(format == ImportFormat::Focus || format == ImportFormat::AwsCur
                             || format == ImportFormat::Gcp);

    const bool mustChooseDates = mapped && m_preview.datesAmbiguous
        && static_cast<DateOrder>(m_dateOrder->currentData().toInt()) == DateOrder::Unknown;
    m_dateMessage->setVisible(mustChooseDates);
    m_dateMessage->setText(
        tr("Every date of this file reads both as day/month and as month/day (03/04/2026 is 3 April or "
           "March 4): choose the date order."));
    m_dateOrder->setStyleSheet(mustChooseDates ? highlightStyle : QString());

    QString status;
    if (!loaded) {
        status = tr("Choose a file to import.");
    } else if (m_preview.problem) {
        status = importProblemLine(*m_preview.problem);
    } else if (m_preview.header.isEmpty()) {
        status = tr("Recognised: %1.").arg(importFormatName(m_preview.detectedFormat));
    } else {
        const QString detected = m_preview.detectedFormat == ImportFormat::Csv
            ? tr("a CSV file of its own shape: map its columns below")
            : importFormatName(m_preview.detectedFormat);
        status = tr("Recognised: %1 (%2, separated by %3).")
                     .arg(detected, m_preview.encoding, delimiterName(m_preview.delimiter));
    }
    m_status->setText(status);
    const bool isJson = loaded && !m_preview.problem && m_preview.header.isEmpty();
    m_jsonNote->setText(
        tr("A JSON file has no table to preview.\n\nCheck reads the whole file and shows what it would book, "
           "per project and category, without writing anything; Import books it."));
    m_previewStack->setCurrentIndex(isJson ? 1 : 0);
    m_status->setStyleSheet(loaded && m_preview.problem ? warningStyle : QString());

    const bool ready = loaded && !mustChooseDates;
    m_checkButton->setEnabled(ready);
    m_importButton->setEnabled(ready);
}

QHash<ProjectId, QString> ImportDialog::projectNames() const
{
    QHash<ProjectId, QString> names;
    try {
        const ProjectRepository projects(m_workspace.database());
        QList<Project> all = projects.list();
        // The list leaves Unallocated out until rows went to it; a check may put the first there.
        if (const std::optional<Project> unallocated = projects.find(projects.unallocatedProjectId()))
            all << *unallocated;
        for (const Project &project : std::as_const(all)) {
            names.insert(project.id,
                         project.isUnallocated
                             ? projectName(project)
                             : tr("%1 — %2", "project code — name").arg(project.code, project.name));
        }
    } catch (const Error &error) {
        spdlog::error("cannot list projects: {}", error.what());
    }
    return names;
}

std::optional<ImportReport> ImportDialog::runImporter(const ImportOptions &options)
{
    ImportReport report;
    bool cancelCameTooLate = false;
    const QString label
        = options.dryRun ? tr("Checking %1…").arg(m_fileName) : tr("Importing %1…").arg(m_fileName);
    try {
        runDatabaseTask(m_workspace, this, label, true, [&](Database &database, TaskProgress &progress) {
            report
                = Importer(database).importBytes(m_fileName, m_bytes, options, [&progress](qint64 rowsRead) {
                      progress.rowsRead = rowsRead;
                      return !progress.cancelRequested;
                  });
            cancelCameTooLate
                = progress.cancelRequested && report.outcome != ImportReport::Outcome::Cancelled;
        });
    } catch (const Error &error) {
        spdlog::error("import of {} failed: {}", m_fileName.toStdString(), error.what());
        QMessageBox::warning(this, windowTitle(),
                             tr("%1 could not be imported: %2").arg(m_fileName, costboard::errorText(error)));
        return std::nullopt;
    }
    m_status->setText(ImportReportDialog::headline(report));
    // The importer can be stopped until it starts writing the cost lines, a moment before the end.
    if (cancelCameTooLate && report.outcome == ImportReport::Outcome::Imported)
        QMessageBox::information(
            this, windowTitle(),
            tr("The rows had all been read when you cancelled, and the import was completed. "
               "Undo it on the Imports page if you do not want it."));
    return report;
}

void ImportDialog::check()
{
    ImportOptions options = importOptions();
    options.dryRun = true;
    const std::optional<ImportReport> report = runImporter(options);
    if (!report)
        return;
    ImportReportDialog dialog(*report, projectNames(), ImportReportDialog::Mode::Report, this);
    dialog.exec();
}

bool ImportDialog::saveMappingIfNamed()
{
    const QString name = m_saveAs->text().trimmed();
    if (!usesMapping() || name.isEmpty())
        return true;
    try {
        ImportRepository(m_workspace.database()).saveMapping(name, mappingFromWidgets());
        spdlog::info("column mapping \"{}\" saved", name.toStdString());
    } catch (const Error &error) {
        QMessageBox::warning(this, windowTitle(),
                             tr("The mapping could not be saved: %1").arg(costboard::errorText(error)));
        return false;
    }
    reloadSavedMappings();
    const QSignalBlocker blocker(m_savedMapping);
    selectData(m_savedMapping, name);
    return true;
}

void ImportDialog::startImport()
{
    if (m_bytes.isNull())
        return;
    try {
        const std::optional<ImportBatch> previous
            = ImportRepository(m_workspace.database())
                  .activeBatchWithFingerprint(Importer::fingerprintOf(m_bytes));
        if (previous) {
            const QLocale locale;
            const auto answer = QMessageBox::question(
                this, windowTitle(),
                tr("%1 was already imported on %2 as import #%3; importing it again replaces or skips its "
                   "rows, never "
                   "doubles them. Import again?")
                    .arg(m_fileName,
                         locale.toString(previous->importedAt.toLocalTime(), QLocale::ShortFormat),
                         locale.toString(qlonglong(previous->id))));
            if (answer != QMessageBox::Yes)
                return;
        }
    } catch (const Error &error) {
        spdlog::error("cannot look up earlier imports: {}", error.what());
    }
    if (!saveMappingIfNamed())
        return;

    ImportOptions options = importOptions();
    std::optional<ImportReport> report = runImporter(options);
    if (!report)
        return;
    if (report->outcome == ImportReport::Outcome::RowsRejected) {
        ImportReportDialog offer(*report, projectNames(), ImportReportDialog::Mode::OfferValidRows, this);
        if (offer.exec() != QDialog::Accepted)
            return;
        options.acceptValid = true;
        report = runImporter(options);
        if (!report)
            return;
    }
    switch (report->outcome) {
    case ImportReport::Outcome::Imported: {
        spdlog::info("{} imported: {} rows", m_fileName.toStdString(), report->rowsAccepted);
        m_workspace.notifyDataChanged();
        ImportReportDialog summary(*report, projectNames(), ImportReportDialog::Mode::Report, this);
        summary.exec();
        accept();
        return;
    }
    case ImportReport::Outcome::Cancelled:
        QMessageBox::information(this, windowTitle(), tr("The import was cancelled: nothing was written."));
        return;
    case ImportReport::Outcome::DryRun:
    case ImportReport::Outcome::RowsRejected:
    case ImportReport::Outcome::FileRejected: {
        ImportReportDialog problems(*report, projectNames(), ImportReportDialog::Mode::Report, this);
        problems.exec();
        return;
    }
    }
}

} // namespace costboard::ui
