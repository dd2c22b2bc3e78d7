// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QColor>
#include <QHash>
#include <QIcon>

#include "alerts/alertrule.h"
#include "labels.h" // alertKindLabel(), alertSeverityLabel(), alertStateLabel()

namespace costboard::ui {

// Translated names and colours of the alert vocabulary, shared by the rule and alert pages and
// the dashboard's banner so that a severity looks and reads the same everywhere.
// The stripe and icon colour: info grey, warning amber, critical red (the KPI tiles' tones).
QColor alertSeverityColour(AlertSeverity severity);
// A colour for text of that severity, dark enough to read on a white row.
QColor alertSeverityTextColour(AlertSeverity severity);
QIcon alertSeverityIcon(AlertSeverity severity);

// The alerts as the alert centre lists them. The sentence is rendered from the alert's figures in
// the interface language at display time (alertSentence()), not the copy the engine stored in the
// language of whoever evaluated.
class AlertsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertsModel)

public:
    enum Column
    {
        SeverityColumn,
        StateColumn,
        ProjectColumn,
        SentenceColumn,
        WeekColumn,
        FiredColumn,
        UpdatedColumn,
        AcknowledgementColumn,
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole + 1;
    static constexpr int AlertIdRole = Qt::UserRole + 2;

    explicit AlertsModel(QObject *parent = nullptr);

    // `projectNames` must name every project an alert refers to, archived ones included.
    void setAlerts(const QList<Alert> &alerts, const QHash<ProjectId, QString> &projectNames);
    const QList<Alert> &alerts() const { return m_alerts; }
    const Alert &alertAt(int row) const { return m_alerts.at(row); }
    // Row of alert `id`, or -1.
    int rowOf(AlertId id) const;
    // "Portfolio" or the project's name.
    QString scopeName(const Alert &alert) const;
    // The alert as a sentence in the interface language.
    QString sentence(const Alert &alert) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<Alert> m_alerts;
    QHash<ProjectId, QString> m_projectNames;
    mutable QHash<int, QIcon> m_icons;
};

} // namespace costboard::ui
