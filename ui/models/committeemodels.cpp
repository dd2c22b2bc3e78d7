// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/committeemodels.h"

#include <QBrush>
#include <QFont>
#include <QLocale>

#include "domain/displaynames.h"
#include "labels.h"

namespace costboard::ui {
namespace {

QVariant rightAligned()
{
    return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
}

QString optionalMoney(const std::optional<std::int64_t> &minor, const QString &currency)
{
    return minor ? Money(*minor, currency).toString() : QStringLiteral("—");
}

} // namespace

EvaluationModel::EvaluationModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void EvaluationModel::setEvaluation(const PortfolioEvaluation &evaluation)
{
    beginResetModel();
    m_evaluation = evaluation;
    endResetModel();
}

int EvaluationModel::rowOf(ProjectId project) const
{
    for (int row = 0; row < m_evaluation.projects.size(); ++row) {
        if (m_evaluation.projects.at(row).project.id == project)
            return row;
    }
    return -1;
}

int EvaluationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_evaluation.projects.size());
}

int EvaluationModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstCriterionColumn + criterionCount() + TrailingCount;
}

QVariant EvaluationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const EvaluatedProject &entry = m_evaluation.projects.at(index.row());
    const int columnIndex = index.column();
    const int criterion = columnIndex - FirstCriterionColumn;
    const bool isCriterion = criterion >= 0 && criterion < criterionCount();
    const int trailing = columnIndex - FirstCriterionColumn - criterionCount();
    if (role == Qt::DisplayRole) {
        if (isCriterion) {
            const auto score = entry.scores.constFind(m_evaluation.criteria.at(criterion).id);
            return score == entry.scores.constEnd() ? QStringLiteral("—") : QLocale().toString(score->score);
        }
        switch (columnIndex) {
        case RankColumn:
            return entry.rank > 0 ? QLocale().toString(entry.rank) : QString();
        case CodeColumn:
            return entry.project.code;
        case NameColumn:
            return render::projectName(entry.project);
        case ScoreColumn:
            return render::weightedScoreLabel(entry.score);
        case EvaluatedColumn:
            return entry.evaluatedOn.isValid() ? QLocale().toString(entry.evaluatedOn, QLocale::ShortFormat)
                                               : tr("Not scored");
        }
        switch (trailing) {
        case LevelColumn:
            return render::decisionLevelShortLabel(entry.project.decisionLevel);
        case ForecastColumn:
            return Money(entry.year.forecast, m_evaluation.currency).toString();
        case BudgetColumn:
            return optionalMoney(entry.year.budget, m_evaluation.currency);
        }
    }
    if (role == Qt::ToolTipRole) {
        if (isCriterion) {
            const auto score = entry.scores.constFind(m_evaluation.criteria.at(criterion).id);
            if (score != entry.scores.constEnd())
                return tr("%1, %2: %3")
                    .arg(render::criterionName(m_evaluation.criteria.at(criterion)),
                         QLocale().toString(score->scoredOn, QLocale::ShortFormat),
                         score->note.isEmpty() ? tr("no note") : score->note);
        }
        if (columnIndex == ScoreColumn && entry.score.isScored() && !entry.score.isComplete())
            return tr("Scored on %1 of %2 criteria")
                .arg(entry.score.scoredCriteria)
                .arg(entry.score.activeCriteria);
        if (trailing == LevelColumn)
            return render::decisionLevelLabel(entry.project.decisionLevel);
    }
    if (role == Qt::FontRole && columnIndex == ScoreColumn) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (role == Qt::ForegroundRole && trailing == LevelColumn)
        return QBrush(render::decisionLevelColour(entry.project.decisionLevel));
    if (role == Qt::TextAlignmentRole
        && (isCriterion || columnIndex == RankColumn || columnIndex == ScoreColumn
            || trailing == ForecastColumn || trailing == BudgetColumn))
        return rightAligned();
    return {};
}

QVariant EvaluationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    const int criterion = section - FirstCriterionColumn;
    if (criterion >= 0 && criterion < criterionCount()) {
        const Criterion &held = m_evaluation.criteria.at(criterion);
        if (role == Qt::DisplayRole)
            return render::criterionName(held);
        if (role == Qt::ToolTipRole)
            return tr("%1 — weight %2, %3; scored 0 to 5")
                .arg(render::criterionName(held), QLocale().toString(held.weight),
                     render::criterionSenseLabel(held.sense).toLower());
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RankColumn:
        return tr("Rank");
    case CodeColumn:
        return tr("Code");
    case NameColumn:
        return tr("Project");
    case ScoreColumn:
        return tr("Score");
    case EvaluatedColumn:
        return tr("Evaluated");
    }
    switch (section - FirstCriterionColumn - criterionCount()) {
    case LevelColumn:
        return tr("Decides");
    case ForecastColumn:
        return tr("Forecast (year)");
    case BudgetColumn:
        return tr("Budget (year)");
    }
    return {};
}

RoutingReviewModel::RoutingReviewModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void RoutingReviewModel::setReview(const RoutingReview &review, const QList<Criterion> &criteria)
{
    beginResetModel();
    m_review = review;
    m_criteria = criteria;
    endResetModel();
}

int RoutingReviewModel::rowOf(ProjectId project) const
{
    for (int row = 0; row < m_review.rows.size(); ++row) {
        if (m_review.rows.at(row).project.id == project)
            return row;
    }
    return -1;
}

int RoutingReviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_review.rows.size());
}

int RoutingReviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RoutingReviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RoutingReviewRow &row = m_review.rows.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case CodeColumn:
            return row.project.code;
        case NameColumn:
            return render::projectName(row.project);
        case BudgetColumn:
            return optionalMoney(row.yearBudget, m_review.currency);
        case CurrentColumn:
            return render::decisionLevelShortLabel(row.project.decisionLevel);
        case ProposedColumn:
            return row.proposal ? render::decisionLevelShortLabel(row.proposal->level) : QStringLiteral("—");
        case ReasonColumn: {
            if (!row.proposal)
                return tr("No routing rule yet");
            const QString why
                = render::routingProposalReason(*row.proposal, m_review.rules, m_criteria, m_review.currency);
            return row.differs() && row.isSettled()
                ? tr("%1 — overridden on %2")
                      .arg(why, QLocale().toString(row.lastDecision->decidedOn, QLocale::ShortFormat))
                : why;
        }
        }
    }
    if (role == Qt::ToolTipRole && index.column() == ProposedColumn && row.needsDecision())
        return tr("The rules propose another level: accept or override it with a reason");
    if (role == Qt::ToolTipRole && index.column() == ReasonColumn && row.isSettled() && row.differs())
        return row.lastDecision->reason;
    if (role == Qt::FontRole && index.column() == ProposedColumn && row.needsDecision()) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (role == Qt::ForegroundRole && index.column() == CurrentColumn)
        return QBrush(render::decisionLevelColour(row.project.decisionLevel));
    if (role == Qt::ForegroundRole && index.column() == ProposedColumn && row.proposal)
        return QBrush(render::decisionLevelColour(row.proposal->level));
    if (role == Qt::TextAlignmentRole && index.column() == BudgetColumn)
        return rightAligned();
    return {};
}

QVariant RoutingReviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CodeColumn:
        return tr("Code");
    case NameColumn:
        return tr("Project");
    case BudgetColumn:
        return tr("Budget (year)");
    case CurrentColumn:
        return tr("Decides now");
    case ProposedColumn:
        return tr("Proposed");
    case ReasonColumn:
        return tr("Why");
    }
    return {};
}

RoutingRulesModel::RoutingRulesModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void RoutingRulesModel::setRules(const QList<RoutingRule> &rules, const QList<Criterion> &criteria,
                                 const QString &currency)
{
    beginResetModel();
    m_rules = rules;
    m_criteria = criteria;
    m_currency = currency;
    endResetModel();
}

int RoutingRulesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rules.size());
}

int RoutingRulesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RoutingRulesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RoutingRule &rule = m_rules.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case OrderColumn:
            return QLocale().toString(index.row() + 1);
        case ConditionsColumn:
            return QString(render::routingRuleConditions(rule, m_criteria, m_currency)
                           + (rule.enabled ? QString() : tr(" (off)")));
        case LevelColumn:
            return render::decisionLevelLabel(rule.level);
        }
    }
    if (role == Qt::ForegroundRole && !rule.enabled)
        return QBrush(Qt::gray);
    if (role == Qt::ForegroundRole && index.column() == LevelColumn)
        return QBrush(render::decisionLevelColour(rule.level));
    if (role == Qt::TextAlignmentRole && index.column() == OrderColumn)
        return rightAligned();
    return {};
}

QVariant RoutingRulesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case OrderColumn:
        return tr("#");
    case ConditionsColumn:
        return tr("When");
    case LevelColumn:
        return tr("Proposes");
    }
    return {};
}

DecisionLogModel::DecisionLogModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void DecisionLogModel::setDecisions(const QList<Decision> &decisions, const QList<Project> &projects)
{
    beginResetModel();
    m_decisions = decisions;
    m_projects.clear();
    for (const Project &project : projects)
        m_projects.insert(project.id, project);
    endResetModel();
}

int DecisionLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_decisions.size());
}

int DecisionLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int DecisionLogModel::rowOf(DecisionId decision) const
{
    for (int row = 0; row < m_decisions.size(); ++row)
        if (m_decisions.at(row).id == decision)
            return row;
    return -1;
}

QVariant DecisionLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Decision &decision = m_decisions.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case DateColumn:
            return QLocale().toString(decision.decidedOn, QLocale::ShortFormat);
        case ProjectColumn:
            if (!decision.projectId)
                return names::portfolio();
            return m_projects.contains(*decision.projectId) ? m_projects.value(*decision.projectId).code
                                                            : QString::number(*decision.projectId);
        case DecisionColumn:
            return render::decisionSummary(decision);
        case ReasonColumn:
            return decision.reason;
        case OwnerColumn:
            return decision.owner;
        case DueColumn:
            return decision.dueOn.isValid() ? QLocale().toString(decision.dueOn, QLocale::ShortFormat)
                                            : QString();
        case DoneColumn:
            return decision.doneOn.isValid() ? QLocale().toString(decision.doneOn, QLocale::ShortFormat)
                : decision.dueOn.isValid()   ? tr("to do")
                                             : QString();
        case ActorColumn:
            return decision.actor;
        }
    }
    if (role == Qt::ForegroundRole && (index.column() == DueColumn || index.column() == DoneColumn)
        && decision.dueOn.isValid() && !decision.doneOn.isValid() && decision.dueOn < m_today)
        return QBrush(render::overBudgetTextColour());
    if (role == Qt::ToolTipRole && index.column() == ReasonColumn)
        return decision.reason;
    if (role == Qt::ToolTipRole && index.column() == ProjectColumn && decision.projectId
        && m_projects.contains(*decision.projectId))
        return render::projectName(m_projects.value(*decision.projectId));
    return {};
}

QVariant DecisionLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn:
        return tr("Decided");
    case ProjectColumn:
        return tr("Project");
    case DecisionColumn:
        return tr("Decision");
    case ReasonColumn:
        return tr("Reason");
    case OwnerColumn:
        return tr("Owner");
    case DueColumn:
        return tr("Due");
    case DoneColumn:
        return tr("Done");
    case ActorColumn:
        return tr("Recorded by");
    }
    return {};
}

} // namespace costboard::ui
