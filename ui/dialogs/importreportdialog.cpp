// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/importreportdialog.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include "domain/money.h"
#include "import/importtexts.h"
#include "labels.h"

namespace costboard::ui {
namespace {

// A field as RFC 4180 has it: quoted when it holds a separator, a quote or a line break, its
// quotes doubled.
QString csvField(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n') && !text.contains(u'\r'))
        return text;
    QString quoted = text;
    quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

QTableWidget *createTable(const QStringList &headers, QWidget *parent)
{
    auto *table = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    table->horizontalHeader()->setHighlightSections(false);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

QTableWidgetItem *item(const QString &text, Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter)
{
    auto *cell = new QTableWidgetItem(text);
    cell->setTextAlignment(alignment);
    cell->setToolTip(text);
    return cell;
}

constexpr Qt::Alignment numberAlignment = Qt::AlignRight | Qt::AlignVCenter;

} // namespace

ImportReportDialog::ImportReportDialog(const ImportReport &report,
                                       const QHash<ProjectId, QString> &projectNames, Mode mode,
                                       QWidget *parent)
    : QDialog(parent)
    , m_report(report)
    , m_problems(createTable({ tr("File"), tr("Line"), tr("Column"), tr("Value"), tr("Problem") }, this))
    , m_totals(createTable({ tr("Project"), tr("Category"), tr("Currency"), tr("Amount"),
                             tr("In %1").arg(report.reportingCurrency), tr("Cost lines") },
                           this))
{
    setObjectName(QStringLiteral("importReportDialog"));
    setWindowTitle(tr("Import Report — %1").arg(report.fileName));
    m_problems->setObjectName(QStringLiteral("problemsTable"));
    m_totals->setObjectName(QStringLiteral("totalsTable"));

    auto *headlineLabel = new QLabel(headline(report), this);
    headlineLabel->setObjectName(QStringLiteral("headline"));
    headlineLabel->setWordWrap(true);
    QFont bold = headlineLabel->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    headlineLabel->setFont(bold);

    fillProblems();
    fillTotals(projectNames);
    m_totals->horizontalHeader()->setStretchLastSection(false);
    m_totals->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    auto *tabs = new QTabWidget(this);
    const QLocale locale;
    const int totalsTab = tabs->addTab(m_totals, tr("Totals by project and category"));
    const int problemsTab
        = tabs->addTab(m_problems, tr("Problems (%1)").arg(locale.toString(report.problemCount)));
    tabs->setTabEnabled(problemsTab, report.problemCount > 0);
    tabs->setTabEnabled(totalsTab, !report.totals.isEmpty());
    tabs->setCurrentIndex(report.problemCount > 0 ? problemsTab : totalsTab);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *saveButton = buttons->addButton(tr("&Save Report…"), QDialogButtonBox::ActionRole);
    saveButton->setEnabled(report.problemCount > 0);
    saveButton->setToolTip(tr("Save the problems as a CSV file, to fix the rows at their source"));
    connect(saveButton, &QPushButton::clicked, this, &ImportReportDialog::saveReport);
    if (mode == Mode::OfferValidRows) {
        QPushButton *validRows
            = buttons->addButton(tr("Import the &Valid Rows Only"), QDialogButtonBox::AcceptRole);
        validRows->setObjectName(QStringLiteral("importValidRowsButton"));
        validRows->setEnabled(report.rowsAccepted > 0);
        buttons->addButton(QDialogButtonBox::Cancel);
        buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    } else {
        buttons->addButton(QDialogButtonBox::Close);
    }
    // The focus on the safe answer rather than in a table: Enter closes, or cancels.
    if (QPushButton *safe
        = buttons->button(mode == Mode::OfferValidRows ? QDialogButtonBox::Cancel : QDialogButtonBox::Close))
        safe->setFocus();
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(headlineLabel);
    layout->addWidget(createSummary());
    layout->addWidget(tabs, 1);
    layout->addWidget(buttons);
    resize(900, 560);
}

QString ImportReportDialog::headline(const ImportReport &report)
{
    const QLocale locale;
    const QString rows = locale.toString(report.rowsAccepted);
    switch (report.outcome) {
    case ImportReport::Outcome::Imported:
        if (report.rowsAccepted == 0)
            return tr("Nothing new: every row of this file was already imported.");
        return tr("Imported as import #%1: %2 rows booked as %3 cost lines.")
            .arg(report.batchId ? locale.toString(qlonglong(*report.batchId)) : QString(), rows,
                 locale.toString(report.linesWritten));
    case ImportReport::Outcome::DryRun:
        if (report.rowsRejected > 0)
            return tr("Checked, nothing written: %1 rows can be imported, %2 rows are wrong.")
                .arg(rows, locale.toString(report.rowsRejected));
        return tr("Checked, nothing written: all %1 rows can be imported.").arg(rows);
    case ImportReport::Outcome::RowsRejected:
        return tr("Nothing was imported: %1 rows are wrong. Fix them in the file, or import the %2 valid "
                  "rows only.")
            .arg(locale.toString(report.rowsRejected), rows);
    case ImportReport::Outcome::FileRejected:
        return tr("Nothing was imported: the file cannot be read as a cost file.");
    case ImportReport::Outcome::Cancelled:
        return tr("Cancelled: nothing was written.");
    }
    return QString();
}

QWidget *ImportReportDialog::createSummary()
{
    const QLocale locale;
    const ImportReport &report = m_report;
    auto *summary = new QWidget(this);
    auto *columns = new QHBoxLayout(summary);
    columns->setContentsMargins(0, 0, 0, 0);
    auto *left = new QFormLayout;
    auto *right = new QFormLayout;
    for (QFormLayout *form : { left, right })
        form->setLabelAlignment(Qt::AlignLeft);
    auto value = [summary](const QString &text) {
        auto *label = new QLabel(text, summary);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        return label;
    };
    QString format = importFormatName(report.format);
    if (!report.provider.isEmpty() && !format.contains(report.provider, Qt::CaseInsensitive))
        format = tr("%1 · %2", "import format · provider").arg(format, report.provider);
    left->addRow(tr("Format:"), value(format));
    left->addRow(tr("Rows read:"), value(locale.toString(report.rowsRead)));
    const bool written = report.outcome == ImportReport::Outcome::Imported;
    left->addRow(written ? tr("Rows booked:") : tr("Rows that can be booked:"),
                 value(locale.toString(report.rowsAccepted)));
    left->addRow(tr("Rows rejected:"), value(locale.toString(report.rowsRejected)));
    if (report.rowsExcluded > 0)
        left->addRow(tr("Tax rows left out:"), value(locale.toString(report.rowsExcluded)));
    right->addRow(tr("Duplicates skipped:"), value(locale.toString(report.duplicates)));
    right->addRow(tr("Rows of earlier imports replaced:"), value(locale.toString(report.replacedRows)));
    if (report.firstDay.isValid())
        right->addRow(tr("Period:"),
                      value(tr("%1 – %2", "first and last day of an import")
                                .arg(locale.toString(report.firstDay, QLocale::ShortFormat),
                                     locale.toString(report.lastDay, QLocale::ShortFormat))));
    if (!report.reportingCurrency.isEmpty()) {
        right->addRow(tr("Total:"),
                      value(Money(report.reportingTotalMinor, report.reportingCurrency).toString(locale)));
        right->addRow(tr("Of which unallocated:"),
                      value(Money(report.unallocatedMinor, report.reportingCurrency).toString(locale)));
    }
    columns->addLayout(left);
    columns->addSpacing(32);
    columns->addLayout(right);
    columns->addStretch(1);
    const QStringList usage = importUsageLines(report, locale);
    if (report.previousImport || !usage.isEmpty()) {
        auto *outer = new QWidget(this);
        auto *stack = new QVBoxLayout(outer);
        stack->setContentsMargins(0, 0, 0, 0);
        stack->addWidget(summary);
        if (!usage.isEmpty()) {
            // Tokens priced, months a bill covers, models with no price: what the import did with usage.
            auto *usageNote = new QLabel(usage.join(u'\n'), outer);
            usageNote->setWordWrap(true);
            usageNote->setTextInteractionFlags(Qt::TextSelectableByMouse);
            stack->addWidget(usageNote);
        }
        if (!report.previousImport)
            return outer;
        auto *note = new QLabel(
            tr("The same file was imported on %1 as import #%2: its rows were replaced or skipped, never "
               "doubled.")
                .arg(locale.toString(report.previousImport->importedAt.toLocalTime(), QLocale::ShortFormat),
                     locale.toString(qlonglong(report.previousImport->id))),
            outer);
        note->setWordWrap(true);
        stack->addWidget(note);
        return outer;
    }
    return summary;
}

void ImportReportDialog::fillProblems()
{
    const QLocale locale;
    const qsizetype listed = m_report.problems.size();
    const qint64 unlisted = m_report.problemCount - listed;
    m_problems->setRowCount(static_cast<int>(listed + (unlisted > 0 ? 1 : 0)));
    for (int row = 0; row < listed; ++row) {
        const ImportProblem &problem = m_report.problems.at(row);
        m_problems->setItem(row, 0, item(problem.file));
        m_problems->setItem(
            row, 1, item(problem.line > 0 ? locale.toString(problem.line) : QString(), numberAlignment));
        m_problems->setItem(row, 2, item(problem.column));
        m_problems->setItem(row, 3, item(problem.value));
        m_problems->setItem(row, 4, item(importProblemMessage(problem)));
    }
    if (unlisted > 0) {
        const int row = static_cast<int>(listed);
        m_problems->setItem(row, 4,
                            item(tr("… and %1 more problems, not listed").arg(locale.toString(unlisted))));
    }
    // A 500-character value would push the problem itself out of sight.
    m_problems->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Interactive);
    m_problems->setColumnWidth(3, m_problems->fontMetrics().horizontalAdvance(u'M') * 14);
}

void ImportReportDialog::fillTotals(const QHash<ProjectId, QString> &projectNames)
{
    const QLocale locale;
    m_totals->setRowCount(static_cast<int>(m_report.totals.size()));
    for (int row = 0; row < m_report.totals.size(); ++row) {
        const ImportReport::Total &total = m_report.totals.at(row);
        m_totals->setItem(row, 0,
                          item(projectNames.value(total.projectId, QString::number(total.projectId))));
        m_totals->setItem(row, 1, item(categoryLabel(total.category)));
        m_totals->setItem(row, 2, item(total.currency));
        m_totals->setItem(row, 3,
                          item(Money(total.minorUnits, total.currency).toString(locale), numberAlignment));
        m_totals->setItem(
            row, 4,
            item(Money(total.reportingMinor, m_report.reportingCurrency).toString(locale), numberAlignment));
        m_totals->setItem(row, 5, item(locale.toString(total.rows), numberAlignment));
    }
}

bool ImportReportDialog::saveProblems(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    QString text = QStringLiteral("file,line,column,value,code,message\r\n");
    for (const ImportProblem &problem : m_report.problems) {
        text += csvField(problem.file) + u',' + (problem.line > 0 ? QString::number(problem.line) : QString())
            + u',' + csvField(problem.column) + u',' + csvField(problem.value) + u','
            + importProblemKey(problem.code) + u',' + csvField(importProblemMessage(problem))
            + QStringLiteral("\r\n");
    }
    file.write(text.toUtf8());
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

void ImportReportDialog::saveReport()
{
    const QString suggested
        = QFileInfo(m_report.fileName).completeBaseName() + tr("-problems") + QStringLiteral(".csv");
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Save Import Report"), suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!saveProblems(path, &error))
        QMessageBox::warning(this, tr("Save Import Report"),
                             tr("The report could not be saved: %1").arg(error));
}

} // namespace costboard::ui
