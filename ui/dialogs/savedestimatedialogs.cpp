// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/savedestimatedialogs.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include "domain/displaynames.h"
#include "errors.h"
#include "errortexts.h"
#include "kpis.h"
#include "labels.h"
#include "storage/database.h"
#include "storage/validation.h"

namespace costboard::ui {
namespace {

QTableWidgetItem *cell(const QString &text, Qt::Alignment alignment)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled);
    item->setTextAlignment(alignment | Qt::AlignVCenter);
    return item;
}

// "+€1,200.00" over the estimate, "-€300.00" under it.
QString signedAmount(std::int64_t minor, const QString &currency)
{
    const QString text = Money(minor, currency).toString();
    return minor > 0 ? QLocale().positiveSign() + text : text;
}

} // namespace

SaveEstimateDialog::SaveEstimateDialog(const QList<Project> &projects, const QString &suggestedName,
                                       QWidget *parent)
    : QDialog(parent)
    , m_project(new QComboBox(this))
    , m_name(new QLineEdit(this))
    , m_firstMonth(new QDateEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("saveEstimateDialog"));
    setWindowTitle(tr("Save the Estimate"));
    setMinimumWidth(55 * fontMetrics().averageCharWidth());
    for (const Project &project : projects) {
        if (!project.isUnallocated && !project.archived)
            m_project->addItem(project.code + QStringLiteral(" — ") + names::project(project),
                               qlonglong(project.id));
    }
    m_name->setMaxLength(pricing::SavedEstimate::MaxNameLength);
    m_name->setText(suggestedName);
    m_firstMonth->setDisplayFormat(QStringLiteral("MMMM yyyy"));
    m_firstMonth->setCalendarPopup(true);
    m_firstMonth->setDateRange(validation::earliestDate, validation::latestDate);
    const QDate nextMonth = QDate::currentDate().addMonths(1);
    m_firstMonth->setDate(QDate(nextMonth.year(), nextMonth.month(), 1));
    auto *note
        = new QLabel(tr("The 36 months are kept as they are, by cost category, to be compared with the "
                        "project's actuals (Projects page, Estimate against actual). Saving again under "
                        "the same name keeps this one and adds the next version."),
                     this);
    note->setWordWrap(true);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Save"));
    const auto updateOk = [this] {
        m_buttons->button(QDialogButtonBox::Ok)
            ->setEnabled(m_project->count() > 0 && !m_name->text().trimmed().isEmpty());
    };
    updateOk();

    auto *form = new QFormLayout(this);
    form->addRow(tr("Project:"), m_project);
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("First month:"), m_firstMonth);
    form->addRow(note);
    form->addRow(m_buttons);
    connect(m_name, &QLineEdit::textChanged, this, updateOk);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

ProjectId SaveEstimateDialog::projectId() const
{
    return m_project->currentData().toLongLong();
}

QString SaveEstimateDialog::projectCode() const
{
    return m_project->currentText().section(QStringLiteral(" — "), 0, 0);
}

QString SaveEstimateDialog::name() const
{
    return m_name->text().trimmed();
}

QDate SaveEstimateDialog::firstMonth() const
{
    const QDate date = m_firstMonth->date();
    return QDate(date.year(), date.month(), 1);
}

EstimateAgainstActualDialog::EstimateAgainstActualDialog(Database &database, const Project &project,
                                                         const QDate &asOf, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
    , m_asOf(asOf)
    , m_version(new QComboBox(this))
    , m_assumptions(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("estimateAgainstActualDialog"));
    setWindowTitle(tr("Estimate against Actual: %1").arg(project.code));
    resize(640, 560);
    m_assumptions->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("estimateSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_table->setObjectName(QStringLiteral("estimateMonths"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();

    try {
        m_estimates = pricing::SavedEstimateRepository(database).list(project.id);
    } catch (const Error &error) {
        m_summary->setText(errorText(error).toHtmlEscaped());
    }
    const QLocale locale;
    for (const pricing::SavedEstimate &estimate : std::as_const(m_estimates))
        m_version->addItem(
            tr("%1, version %2, saved %3 by %4")
                .arg(estimate.name)
                .arg(estimate.version)
                .arg(locale.toString(estimate.savedAt.toLocalTime().date(), QLocale::ShortFormat),
                     estimate.actor));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *form = new QFormLayout;
    form->addRow(tr("Estimate:"), m_version);
    form->addRow(tr("Assumed:"), m_assumptions);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_version, &QComboBox::currentIndexChanged, this, &EstimateAgainstActualDialog::showVersion);
    if (m_estimates.isEmpty()) {
        m_version->setEnabled(false);
        m_summary->setText(
            tr("No estimate saved for this project yet: save one from the Estimator's Total cost "
               "tab.")
                .toHtmlEscaped());
    } else {
        showVersion(0);
    }
}

int EstimateAgainstActualDialog::versionCount() const
{
    return int(m_estimates.size());
}

QString EstimateAgainstActualDialog::summaryText() const
{
    return m_summary->text();
}

void EstimateAgainstActualDialog::showVersion(int index)
{
    if (index < 0 || index >= m_estimates.size())
        return;
    const pricing::SavedEstimate &estimate = m_estimates.at(index);
    m_assumptions->setText(estimate.assumptions.isEmpty() ? tr("(not recorded)") : estimate.assumptions);
    pricing::EstimateAgainstActual comparison;
    try {
        comparison = pricing::SavedEstimateRepository(m_database).againstActual(estimate, m_asOf);
    } catch (const Error &error) {
        m_summary->setText(errorText(error).toHtmlEscaped());
        return;
    }
    const QLocale locale;
    const QString &currency = estimate.currency;
    if (comparison.months.isEmpty()) {
        m_summary->setText(tr("The estimate starts in %1: nothing to compare yet.")
                               .arg(locale.toString(estimate.firstMonth, QStringLiteral("MMMM yyyy")))
                               .toHtmlEscaped());
    } else {
        const std::int64_t gap
            = Money::subtractMinorUnits(comparison.actualToDate, comparison.estimatedToDate);
        QString gapText = signedAmount(gap, currency);
        if (const std::optional<double> ratio = comparison.gapRatio())
            gapText += QStringLiteral(" (%1)").arg(render::ratioLabel(*ratio, true));
        gapText = gapText.toHtmlEscaped();
        // Over the estimate reads in the bad tone, under it in the good one.
        if (gap != 0)
            gapText
                = QStringLiteral("<span style='color:%1'>%2</span>")
                      .arg(render::toneColour(gap > 0 ? render::KpiTone::Bad : render::KpiTone::Good).name(),
                           gapText);
        m_summary->setText(tr("To %1: estimated %2, actual %3, gap %4.")
                               .arg(locale.toString(m_asOf, QLocale::ShortFormat).toHtmlEscaped(),
                                    Money(comparison.estimatedToDate, currency).toString().toHtmlEscaped(),
                                    Money(comparison.actualToDate, currency).toString().toHtmlEscaped(),
                                    gapText));
    }
    m_table->clear();
    m_table->setColumnCount(4);
    m_table->setRowCount(int(comparison.months.size()));
    m_table->setHorizontalHeaderLabels({ tr("Month"), tr("Estimated"), tr("Actual"), tr("Gap") });
    for (int row = 0; row < comparison.months.size(); ++row) {
        const pricing::EstimateAgainstActual::Month &month = comparison.months.at(row);
        QString name = locale.toString(month.monthStart, QStringLiteral("MMMM yyyy"));
        if (!month.complete)
            name = tr("%1 (to date)").arg(name);
        m_table->setItem(row, 0, cell(name, Qt::AlignLeft));
        m_table->setItem(row, 1, cell(Money(month.estimatedMinor, currency).toString(), Qt::AlignRight));
        m_table->setItem(row, 2, cell(Money(month.actualMinor, currency).toString(), Qt::AlignRight));
        QTableWidgetItem *gap = cell(signedAmount(month.gapMinor(), currency), Qt::AlignRight);
        if (month.gapMinor() > 0 && month.complete)
            gap->setForeground(render::toneColour(render::KpiTone::Bad));
        m_table->setItem(row, 3, gap);
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
}

} // namespace costboard::ui
