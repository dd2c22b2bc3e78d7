// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QList>

#include "domain/entities.h"
#include "pricing/savedestimates.h"

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace costboard {
class Database;
}

namespace costboard::ui {

// Where a total cost of ownership is saved: the project, the estimate's name (saving under a name
// again makes its next version) and the month it starts.
class SaveEstimateDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SaveEstimateDialog)

public:
    SaveEstimateDialog(const QList<Project> &projects, const QString &suggestedName,
                       QWidget *parent = nullptr);

    ProjectId projectId() const;
    QString projectCode() const;
    QString name() const;
    QDate firstMonth() const;

private:
    QComboBox *m_project;
    QLineEdit *m_name;
    QDateEdit *m_firstMonth;
    QDialogButtonBox *m_buttons;
};

// A project's saved estimates against its actuals: each version chosen from a list, its
// assumptions, and month by month the estimate, the actual and the gap, to date.
class EstimateAgainstActualDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EstimateAgainstActualDialog)

public:
    EstimateAgainstActualDialog(Database &database, const Project &project, const QDate &asOf,
                                QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QString summaryText() const;
    int versionCount() const;

private:
    void showVersion(int index);

    Database &m_database;
    QDate m_asOf;
    QList<pricing::SavedEstimate> m_estimates;
    QComboBox *m_version;
    QLabel *m_assumptions;
    QLabel *m_summary;
    QTableWidget *m_table;
};

} // namespace costboard::ui
