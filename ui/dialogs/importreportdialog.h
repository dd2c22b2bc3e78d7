// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QHash>

#include "import/importer.h"

class QTableWidget;

namespace costboard::ui {

// What an import found, did or would do: the figures, every problem with its file, line and
// column, and the totals per project and category. Saved as CSV for whoever fixes the file.
class ImportReportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportReportDialog)

public:
    // OfferValidRows: the file has wrong rows and nothing was written; the dialog asks whether to
    // book the valid rows alone (accepted) or to cancel (rejected).
    enum class Mode
    {
        Report,
        OfferValidRows
    };

    // `projectNames`: "SUP — Legal summaries" per project id, for the totals.
    ImportReportDialog(const ImportReport &report, const QHash<ProjectId, QString> &projectNames, Mode mode,
                       QWidget *parent = nullptr);

    // Writes the problems as CSV (file,line,column,value,code,message); false and `error` set
    // when the file cannot be written.
    bool saveProblems(const QString &path, QString *error = nullptr) const;
    // The outcome in one sentence: "42 rows imported as 42 cost lines."
    static QString headline(const ImportReport &report);

    QTableWidget *problemsTable() const { return m_problems; }
    QTableWidget *totalsTable() const { return m_totals; }

private:
    void saveReport();
    QWidget *createSummary();
    void fillProblems();
    void fillTotals(const QHash<ProjectId, QString> &projectNames);

    ImportReport m_report;
    QTableWidget *m_problems;
    QTableWidget *m_totals;
};

} // namespace costboard::ui
