// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QDialog>
#include <QList>

#include "governance/talent.h"
#include "governance/talentshape.h"
#include "governance/upskilling.h"

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;

namespace costboard::ui {

// A person on the roster: role and level, internal or external, monthly cost, months on the
// roster, and the share of their time each project has.
class TeamMemberDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TeamMemberDialog)

public:
    TeamMemberDialog(const QList<Project> &projects, const std::optional<TeamMember> &existing,
                     const QString &currency, const QDate &today, QWidget *parent = nullptr);
    TeamMember member() const;

private:
    void validate();

    TeamMember m_member;
    QList<Project> m_projects;
    QLineEdit *m_name;
    QLineEdit *m_role;
    QComboBox *m_level;
    QCheckBox *m_external;
    QLineEdit *m_firm;
    QLineEdit *m_cost;
    QDateEdit *m_first;
    QCheckBox *m_ends;
    QDateEdit *m_last;
    QTableWidget *m_shares;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

// A training plan: what it costs is a Staff training line of heads × cost per head.
class TrainingPlanDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrainingPlanDialog)

public:
    TrainingPlanDialog(const QList<Project> &projects, const QString &currency, const QDate &today,
                       QWidget *parent = nullptr);
    TrainingPlan plan() const;

private:
    void validate();

    QString m_currency;
    QLineEdit *m_name;
    QComboBox *m_project;
    QDateEdit *m_date;
    QSpinBox *m_heads;
    QLineEdit *m_cost;
    QLineEdit *m_vendor;
    QLabel *m_total;
    QDialogButtonBox *m_buttons;
};

// A project's hours of repetitive work automated, month by month over the last twelve.
class AutomatedHoursDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AutomatedHoursDialog)

public:
    static constexpr int MonthCount = 12;

    AutomatedHoursDialog(const Project &project, const QList<AutomatedHours> &entered, const QDate &today,
                         QWidget *parent = nullptr);
    // The months whose hours or note changed (zero hours: cleared).
    QList<AutomatedHours> changes() const;

private:
    ProjectId m_project;
    QList<QDate> m_months;
    QList<AutomatedHours> m_before;
    QTableWidget *m_table;
};

// The committee's target shape: the share of each level, adding up to 100 %.
class TalentTargetsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TalentTargetsDialog)

public:
    explicit TalentTargetsDialog(const LevelTargets &targets, QWidget *parent = nullptr);
    LevelTargets targets() const;

private:
    void validate();

    QList<QSpinBox *> m_spins;
    QLabel *m_total;
    QDialogButtonBox *m_buttons;
};

// Which months to post the roster's salaries for.
class PostSalariesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PostSalariesDialog)

public:
    PostSalariesDialog(const QDate &today, QWidget *parent = nullptr);
    QDate from() const;
    QDate to() const;

private:
    QDateEdit *m_from;
    QDateEdit *m_to;
};

} // namespace costboard::ui
