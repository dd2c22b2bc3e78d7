// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QList>

#include "governance/criteria.h"
#include "governance/routing.h"

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace costboard::ui {

// The committee's evaluation criteria: names, whether a high score is good or bad, weights (with
// each one's share of the total), added, removed and put in order. Removing one archives it.
class CriteriaDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CriteriaDialog)

public:
    explicit CriteriaDialog(const QList<Criterion> &criteria, QWidget *parent = nullptr);
    // The list as edited, in order: new criteria with id 0.
    QList<Criterion> criteria() const;

private:
    void addRow(const Criterion &criterion);
    void moveCurrent(int step);
    void updateShares();

    QList<Criterion> m_rows; // what each row started as (id, key)
    QTableWidget *m_table;
    QPushButton *m_remove;
    QPushButton *m_up;
    QPushButton *m_down;
    QLabel *m_total;
    QDialogButtonBox *m_buttons;
};

// One evaluation of a project: a score from 0 to 5 on each criterion (or none), with a note, on
// one date. Opens on the project's latest scores, each with its date.
class ScoreProjectDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScoreProjectDialog)

public:
    ScoreProjectDialog(const QString &projectTitle, const QList<Criterion> &criteria,
                       const QHash<CriterionId, CriterionScore> &latest, const QDate &today,
                       QWidget *parent = nullptr);
    // The scores given (criteria left "not scored" are left out), all on the date chosen.
    QList<CriterionScore> scores(ProjectId project) const;
    QComboBox *scoreBox(int index) const { return m_scoreBoxes.at(index); }

private:
    QList<Criterion> m_criteria;
    QList<QComboBox *> m_scoreBoxes;
    QList<QLineEdit *> m_notes;
    QDateEdit *m_date;
};

// The routing rules in order: each rule's conditions and the level it proposes, edited beside the
// list.
class RoutingRulesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoutingRulesDialog)

public:
    RoutingRulesDialog(const QList<RoutingRule> &rules, const QList<Criterion> &criteria,
                       const QString &currency, QWidget *parent = nullptr);
    ~RoutingRulesDialog() override;
    QList<RoutingRule> rules() const { return m_rules; }

private:
    void showRule(int index);
    // The form's values into the current rule; false (and a message beside the form) when a
    // budget does not read as an amount.
    bool storeRule();
    void refreshList();
    void moveCurrent(int step);
    // An unticked condition's editors are disabled.
    void updateEditors();

    QList<RoutingRule> m_rules;
    QList<Criterion> m_criteria;
    QString m_currency;
    int m_current = -1;
    bool m_showing = false;
    QListWidget *m_list;
    QComboBox *m_level;
    QCheckBox *m_useAtLeast;
    QLineEdit *m_atLeast;
    QCheckBox *m_useBelow;
    QLineEdit *m_below;
    QCheckBox *m_useSensitivity;
    QComboBox *m_sensitivity;
    QCheckBox *m_useAudience;
    QComboBox *m_audience;
    QCheckBox *m_useNature;
    QComboBox *m_nature;
    QCheckBox *m_useCriterion;
    QComboBox *m_criterion;
    QSpinBox *m_criterionAtLeast;
    QCheckBox *m_enabled;
    QLabel *m_problem;
    QPushButton *m_remove;
    QDialogButtonBox *m_buttons;
};

// Accepting or overriding where a project's decisions belong: the level (the proposal to start
// with), the reason (required) and the date.
class RoutingDecisionDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoutingDecisionDialog)

public:
    RoutingDecisionDialog(const QString &projectTitle, DecisionLevel current, DecisionLevel proposed,
                          const QString &why, const QDate &today, QWidget *parent = nullptr);
    DecisionLevel level() const;
    QString reason() const;
    QDate decidedOn() const;

private:
    QComboBox *m_level;
    QPlainTextEdit *m_reason;
    QDateEdit *m_date;
    QDialogButtonBox *m_buttons;
};

} // namespace costboard::ui
