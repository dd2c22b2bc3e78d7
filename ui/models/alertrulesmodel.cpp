// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/alertrulesmodel.h"

#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

#include "domain/displaynames.h"
#include "domain/money.h"
#include "labels.h"
#include "models/alertsmodel.h"

namespace costboard::ui {

QString basisPointsText(std::int64_t basisPoints, const QLocale &locale)
{
    // A ratio, so a double is fine for display; the decimals shown are those the integer has.
    const int decimals = basisPoints % 100 == 0 ? 0 : (basisPoints % 10 == 0 ? 1 : 2);
    return percentLabel(static_cast<double>(basisPoints) / 100.0, decimals, locale);
}

QString alertThresholdText(const AlertRule &rule, const QString &currency, const QLocale &locale)
{
    switch (rule.kind) {
    case AlertKind::BudgetConsumed:
    case AlertKind::Forecast:
    case AlertKind::WeekOverWeek:
        return basisPointsText(rule.threshold, locale);
    case AlertKind::WeeklySpend: {
        const Money amount(rule.threshold, currency);
        // Whole amounts without ",00": thresholds are round figures, and shorter in the column.
        return rule.threshold % Money::minorPerMajor(currency) == 0 ? amount.toShortString(locale)
                                                                    : amount.toString(locale);
    }
    case AlertKind::Spike: {
        const QString multiple = locale.toString(static_cast<double>(rule.threshold) / 100.0, 'f',
                                                 rule.threshold % 10 == 0 ? 1 : 2);
        return AlertRulesModel::tr("%1 × over %2 weeks").arg(multiple, locale.toString(rule.trailingWeeks));
    }
    }
    return QString::number(rule.threshold);
}

AlertRulesModel::AlertRulesModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void AlertRulesModel::setRules(const QList<AlertRule> &rules, const QList<Project> &projects,
                               const QString &currency)
{
    QHash<ProjectId, Project> byId;
    for (const Project &project : projects)
        byId.insert(project.id, project);
    const bool sameRows = rules.size() == m_rules.size()
        && std::equal(rules.cbegin(), rules.cend(), m_rules.cbegin(),
                      [](const AlertRule &a, const AlertRule &b) { return a.id == b.id; });
    if (!sameRows || rules.isEmpty()) {
        beginResetModel();
        m_rules = rules;
        m_projects = byId;
        m_currency = currency;
        endResetModel();
        return;
    }
    m_rules = rules;
    m_projects = byId;
    const bool currencyChanged = m_currency != currency;
    m_currency = currency;
    emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    if (currencyChanged)
        emit headerDataChanged(Qt::Horizontal, ThresholdColumn, ThresholdColumn);
}

std::optional<AlertRule> AlertRulesModel::rule(AlertRuleId id) const
{
    const int row = rowOf(id);
    return row < 0 ? std::nullopt : std::optional(m_rules.at(row));
}

int AlertRulesModel::rowOf(AlertRuleId id) const
{
    for (qsizetype row = 0; row < m_rules.size(); ++row) {
        if (m_rules.at(row).id == id)
            return static_cast<int>(row);
    }
    return -1;
}

QString AlertRulesModel::scopeText(const AlertRule &rule) const
{
    if (!rule.projectId && !rule.category)
        return names::portfolio();
    const auto found = rule.projectId ? m_projects.constFind(*rule.projectId) : m_projects.cend();
    const QString project = !rule.projectId ? tr("All projects")
        : found != m_projects.cend()        ? projectName(*found)
                                            : tr("Project %1").arg(*rule.projectId);
    return rule.category ? tr("%1 · %2").arg(project, categoryLabel(*rule.category)) : project;
}

QString AlertRulesModel::nameText(const AlertRule &rule) const
{
    return alertRuleName(rule, rule.projectId ? m_projects.value(*rule.projectId).code : QString());
}

int AlertRulesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rules.size());
}

int AlertRulesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AlertRulesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AlertRule &rule = m_rules.at(index.row());
    const QLocale locale;
    switch (role) {
    case RuleIdRole:
        return qlonglong(rule.id);
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return nameText(rule);
        case KindColumn:
            return alertKindLabel(rule.kind);
        case ScopeColumn:
            return scopeText(rule);
        case ThresholdColumn:
            return alertThresholdText(rule, m_currency, locale);
        case SeverityColumn:
            return alertSeverityLabel(rule.severity);
        case EnabledColumn:
            return QVariant(); // the check box says it
        case BuiltInColumn:
            return rule.builtIn ? tr("Built-in") : tr("Custom");
        }
        break;
    case Qt::AccessibleTextRole:
        if (index.column() == EnabledColumn)
            return rule.enabled ? tr("Enabled") : tr("Disabled");
        break;
    case SortRole:
        switch (index.column()) {
        case NameColumn:
            return nameText(rule);
        case KindColumn:
            return alertKindLabel(rule.kind);
        case ScopeColumn:
            return scopeText(rule);
        case ThresholdColumn:
            // Kind first: a percentage and an amount are not comparable.
            return QStringLiteral("%1|%2")
                .arg(static_cast<int>(rule.kind))
                .arg(rule.threshold, 20, 10, QLatin1Char('0'));
        case SeverityColumn:
            return static_cast<int>(rule.severity);
        case EnabledColumn:
            return rule.enabled ? 1 : 0;
        case BuiltInColumn:
            return rule.builtIn ? 1 : 0;
        }
        break;
    case Qt::CheckStateRole:
        if (index.column() == EnabledColumn)
            return rule.enabled ? Qt::Checked : Qt::Unchecked;
        break;
    case Qt::DecorationRole:
        if (index.column() == SeverityColumn) {
            QIcon &icon = m_icons[static_cast<int>(rule.severity)];
            if (icon.isNull())
                icon = alertSeverityIcon(rule.severity);
            return icon;
        }
        break;
    case Qt::ForegroundRole:
        // A disabled rule watches nothing: greyed, like a disabled control.
        if (!rule.enabled)
            return QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text);
        if (index.column() == SeverityColumn)
            return alertSeverityTextColour(rule.severity);
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == ThresholdColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ToolTipRole:
        if (index.column() == BuiltInColumn && rule.builtIn)
            return tr("Created for every budgeted project and for the portfolio. A built-in rule can be "
                      "disabled but not deleted: it would be created again.");
        if (index.column() == EnabledColumn)
            return rule.enabled ? tr("Enabled: evaluated after every change") : tr("Disabled: not evaluated");
        break;
    default:
        break;
    }
    return {};
}

QVariant AlertRulesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case KindColumn:
        return tr("Watches");
    case ScopeColumn:
        return tr("Scope");
    case ThresholdColumn:
        return tr("Threshold");
    case SeverityColumn:
        return tr("Severity");
    case EnabledColumn:
        return tr("Enabled");
    case BuiltInColumn:
        return tr("Origin");
    }
    return {};
}

Qt::ItemFlags AlertRulesModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == EnabledColumn)
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

bool AlertRulesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || index.column() != EnabledColumn)
        return false;
    const AlertRuleId id = m_rules.at(index.row()).id;
    const bool enabled = value.toInt() == Qt::Checked;
    // The receiver refreshes the model synchronously (or not at all, when the write is refused).
    emit enabledChangeRequested(id, enabled);
    const std::optional<AlertRule> now = rule(id);
    return now && now->enabled == enabled;
}

} // namespace costboard::ui
