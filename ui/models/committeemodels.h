// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>

#include "governance/decisions.h"
#include "governance/evaluation.h"
#include "governance/routing.h"

namespace costboard::ui {

// The committee's ranked portfolio: each project's rank, weighted score, latest score on each
// active criterion, decision level and this fiscal year's figures. The criteria's columns come
// between the score and the level, one per criterion.
class EvaluationModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EvaluationModel)

public:
    enum Column
    {
        RankColumn,
        CodeColumn,
        NameColumn,
        ScoreColumn,
        EvaluatedColumn,
        FirstCriterionColumn // then the criteria, then the trailing columns below
    };
    enum TrailingColumn
    {
        LevelColumn,
        ForecastColumn,
        BudgetColumn,
        TrailingCount
    };

    explicit EvaluationModel(QObject *parent = nullptr);
    void setEvaluation(const PortfolioEvaluation &evaluation);
    const EvaluatedProject &projectAt(int row) const { return m_evaluation.projects.at(row); }
    // The row of a project, or -1.
    int rowOf(ProjectId project) const;
    // The column of a trailing column, after the criteria.
    int column(TrailingColumn trailing) const { return FirstCriterionColumn + criterionCount() + trailing; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    int criterionCount() const { return int(m_evaluation.criteria.size()); }

    PortfolioEvaluation m_evaluation;
};

// Every project's decision level beside the level the routing rules propose, and why.
class RoutingReviewModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoutingReviewModel)

public:
    enum Column
    {
        CodeColumn,
        NameColumn,
        BudgetColumn,
        CurrentColumn,
        ProposedColumn,
        ReasonColumn,
        ColumnCount
    };

    explicit RoutingReviewModel(QObject *parent = nullptr);
    void setReview(const RoutingReview &review, const QList<Criterion> &criteria);
    const RoutingReviewRow &rowAt(int row) const { return m_review.rows.at(row); }
    int rowOf(ProjectId project) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    RoutingReview m_review;
    QList<Criterion> m_criteria;
};

// The routing rules in the committee's order, each as a sentence.
class RoutingRulesModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoutingRulesModel)

public:
    enum Column
    {
        OrderColumn,
        ConditionsColumn,
        LevelColumn,
        ColumnCount
    };

    explicit RoutingRulesModel(QObject *parent = nullptr);
    void setRules(const QList<RoutingRule> &rules, const QList<Criterion> &criteria, const QString &currency);
    const QList<RoutingRule> &rules() const { return m_rules; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<RoutingRule> m_rules;
    QList<Criterion> m_criteria;
    QString m_currency;
};

// The decision log, newest first.
class DecisionLogModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DecisionLogModel)

public:
    enum Column
    {
        DateColumn,
        ProjectColumn,
        DecisionColumn,
        ReasonColumn,
        OwnerColumn,
        DueColumn,
        DoneColumn,
        ActorColumn,
        ColumnCount
    };

    explicit DecisionLogModel(QObject *parent = nullptr);
    // `projects` names the decisions' projects.
    void setDecisions(const QList<Decision> &decisions, const QList<Project> &projects);
    const Decision &decisionAt(int row) const { return m_decisions.at(row); }
    int rowOf(DecisionId decision) const;
    // The day a decision still to do is late after (the page's today): its due date shows red.
    void setToday(const QDate &today) { m_today = today; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<Decision> m_decisions;
    QHash<ProjectId, Project> m_projects;
    QDate m_today = QDate::currentDate();
};

} // namespace costboard::ui
