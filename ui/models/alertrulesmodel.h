// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QAbstractTableModel>
#include <QHash>
#include <QIcon>

#include "alerts/alertrule.h"

class QLocale;

namespace costboard::ui {

// A rule's threshold in the unit of its kind: "80 %", "€5,000", "3.0 × over 4 weeks".
QString alertThresholdText(const AlertRule &rule, const QString &currency, const QLocale &locale);
// A percentage from basis points, with only the decimals it needs: "80 %", "80.5 %".
QString basisPointsText(std::int64_t basisPoints, const QLocale &locale);

// The alert rules, one row each. The enabled column is a check box, but the model does not write:
// a click asks for the change (enabledChangeRequested) so that the page can make it an undoable
// command; the model shows the new value when the page refreshes it.
class AlertRulesModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertRulesModel)

public:
    enum Column
    {
        NameColumn,
        KindColumn,
        ScopeColumn,
        ThresholdColumn,
        SeverityColumn,
        EnabledColumn,
        BuiltInColumn,
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole + 1;
    static constexpr int RuleIdRole = Qt::UserRole + 2;

    explicit AlertRulesModel(QObject *parent = nullptr);

    // Keeps the rows (and so the view's selection) when the same rules come back in the same
    // order, as after toggling or editing one; resets otherwise. `projects` must hold every
    // project a rule refers to (their names show the scope, their codes built-in rule names);
    // `currency` is the reporting currency of weekly-spend thresholds.
    void setRules(const QList<AlertRule> &rules, const QList<Project> &projects, const QString &currency);
    const QList<AlertRule> &rules() const { return m_rules; }
    const AlertRule &ruleAt(int row) const { return m_rules.at(row); }
    std::optional<AlertRule> rule(AlertRuleId id) const;
    // Row of rule `id`, or -1.
    int rowOf(AlertRuleId id) const;
    QString scopeText(const AlertRule &rule) const;
    // The name shown: a built-in rule's default name in the interface language (labels.h).
    QString nameText(const AlertRule &rule) const;
    const QString &currency() const { return m_currency; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // Only Qt::CheckStateRole of the enabled column: emits enabledChangeRequested() and returns
    // whether the rule shows the requested value afterwards.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    void enabledChangeRequested(costboard::AlertRuleId id, bool enabled);

private:
    QList<AlertRule> m_rules;
    QHash<ProjectId, Project> m_projects;
    QString m_currency;
    mutable QHash<int, QIcon> m_icons;
};

} // namespace costboard::ui
