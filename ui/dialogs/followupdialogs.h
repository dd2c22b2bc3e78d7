// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QDialog>
#include <QList>

#include "commands/followupcommands.h"
#include "domain/fiscalcalendar.h"
#include "governance/decisions.h"
#include "governance/followup.h"
#include "governance/sessions.h"

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTableWidget;
class QGroupBox;

namespace costboard::ui {

// A project's milestone: its kind, due date, whether it is done (and when), and a note.
class MilestoneDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MilestoneDialog)

public:
    MilestoneDialog(const QList<Project> &projects, const std::optional<Milestone> &existing,
                    const QDate &today, QWidget *parent = nullptr);
    Milestone milestone() const;

private:
    MilestoneId m_id = 0;
    QComboBox *m_project;
    QComboBox *m_kind;
    QDateEdit *m_due;
    QCheckBox *m_done;
    QDateEdit *m_doneOn;
    QLineEdit *m_note;
};

// A project's KPI: its name and unit, the direction and cadence, and its target.
class KpiDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KpiDialog)

public:
    KpiDialog(const QList<Project> &projects, const std::optional<Kpi> &existing, QWidget *parent = nullptr);
    Kpi kpi() const;

private:
    void validate();

    Kpi m_kpi;
    QComboBox *m_project;
    QLineEdit *m_name;
    QLineEdit *m_unit;
    QComboBox *m_direction;
    QComboBox *m_cadence;
    QLineEdit *m_target;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

// A KPI's actuals (and, where a period has its own, targets) over its last twelve periods, typed
// or pasted as a column.
class KpiValuesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KpiValuesDialog)

public:
    static constexpr int PeriodCount = 12;

    KpiValuesDialog(const Kpi &kpi, const QList<KpiValue> &values, const QDate &today,
                    QWidget *parent = nullptr);
    // The periods whose value or target changed; an emptied actual clears the period.
    QList<SetKpiValuesCommand::Change> changes() const;
    QTableWidget *table() const { return m_table; }

private:
    void validate();

    Kpi m_kpi;
    QList<QDate> m_periods;
    QList<std::optional<KpiValue>> m_before;
    QTableWidget *m_table;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

// A decision the session takes on a project, with its owner and due date; an extension also sets
// the budget it raises.
class SessionDecisionDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionDecisionDialog)

public:
    SessionDecisionDialog(const CommitteeSession &session, const QList<Project> &projects,
                          const QList<Budget> &budgets, const QString &currency,
                          const FiscalCalendar &calendar, const QDate &today, QWidget *parent = nullptr);
    SessionDecision decision() const;
    // For tests: the editors.
    QComboBox *projectBox() const { return m_project; }
    QComboBox *kindBox() const { return m_kind; }
    QLineEdit *ownerEdit() const { return m_owner; }
    QPlainTextEdit *reasonEdit() const { return m_reason; }
    QLineEdit *amountEdit() const { return m_amount; }
    QComboBox *periodBox() const { return m_period; }

private:
    void updatePeriods();
    void updateBudget();
    void validate();
    // The project-wide budget of a period, when there is one.
    std::optional<Budget> budgetOf(ProjectId project, PeriodKind kind, const QDate &periodStart) const;

    CommitteeSession m_session;
    FiscalCalendar m_calendar;
    QDate m_today;
    QList<Budget> m_budgets;
    QString m_currency;
    QComboBox *m_project;
    QComboBox *m_kind;
    QPlainTextEdit *m_reason;
    QLineEdit *m_owner;
    QDateEdit *m_due;
    QGroupBox *m_budgetBox;
    QComboBox *m_period;
    QLabel *m_current;
    QLineEdit *m_amount;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

// The committee's rhythm and how far ahead to plan its sessions.
class PlanSessionsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlanSessionsDialog)

public:
    PlanSessionsDialog(const SessionCadence &cadence, const QDate &today, QWidget *parent = nullptr);
    SessionCadence cadence() const;
    QDate until() const;

private:
    QComboBox *m_weekday;
    QSpinBox *m_weeks;
    QDateEdit *m_until;
};

} // namespace costboard::ui
