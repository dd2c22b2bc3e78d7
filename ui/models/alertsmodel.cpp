// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/alertsmodel.h"

#include <QFont>
#include <QGuiApplication>
#include <QLocale>
#include <QPainter>
#include <QPalette>
#include <QPixmap>

#include "domain/displaynames.h"
#include "labels.h"
#include "widgets/kpitile.h"

namespace costboard::ui {

QColor alertSeverityColour(AlertSeverity severity)
{
    switch (severity) {
    case AlertSeverity::Info:
        return toneColour(KpiTile::Tone::Neutral);
    case AlertSeverity::Warning:
        return toneColour(KpiTile::Tone::Warning);
    case AlertSeverity::Critical:
        return toneColour(KpiTile::Tone::Bad);
    }
    return toneColour(KpiTile::Tone::Neutral);
}

QColor alertSeverityTextColour(AlertSeverity severity)
{
    // The amber of the stripes is too light for text on white (contrast below 3:1).
    switch (severity) {
    case AlertSeverity::Info:
        return QColor(QStringLiteral("#546e7a"));
    case AlertSeverity::Warning:
        return QColor(QStringLiteral("#a15c00"));
    case AlertSeverity::Critical:
        return toneColour(KpiTile::Tone::Bad);
    }
    return QColor();
}

QIcon alertSeverityIcon(AlertSeverity severity)
{
    // Drawn rather than shipped: a dot in the severity colour, crisp at any scale factor.
    QIcon icon;
    for (const int size : { 16, 24, 32 }) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(alertSeverityColour(severity));
        const qreal margin = size / 8.0;
        painter.drawEllipse(QRectF(margin, margin, size - 2 * margin, size - 2 * margin));
        if (severity != AlertSeverity::Info) {
            // An exclamation mark, so that the severity does not rest on colour alone.
            painter.setBrush(Qt::white);
            const qreal width = size / 8.0;
            const qreal centre = size / 2.0;
            painter.drawRoundedRect(QRectF(centre - width / 2, size * 0.26, width, size * 0.32), width / 2,
                                    width / 2);
            painter.drawEllipse(QRectF(centre - width / 2, size * 0.64, width, width));
        }
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

AlertsModel::AlertsModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void AlertsModel::setAlerts(const QList<Alert> &alerts, const QHash<ProjectId, QString> &projectNames)
{
    beginResetModel();
    m_alerts = alerts;
    m_projectNames = projectNames;
    endResetModel();
}

int AlertsModel::rowOf(AlertId id) const
{
    for (qsizetype row = 0; row < m_alerts.size(); ++row) {
        if (m_alerts.at(row).id == id)
            return static_cast<int>(row);
    }
    return -1;
}

QString AlertsModel::scopeName(const Alert &alert) const
{
    if (!alert.projectId)
        return names::portfolio();
    return m_projectNames.value(*alert.projectId, tr("Project %1").arg(*alert.projectId));
}

QString AlertsModel::sentence(const Alert &alert) const
{
    return alertSentence(alert, alert.projectId ? scopeName(alert) : QString());
}

int AlertsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_alerts.size());
}

int AlertsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AlertsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Alert &alert = m_alerts.at(index.row());
    const QLocale locale;
    const auto dateText = [&](const QDateTime &at) {
        return at.isValid() ? locale.toString(at.toLocalTime(), QLocale::ShortFormat) : QString();
    };
    const auto acknowledgement = [&] {
        if (alert.acknowledgedBy.isEmpty())
            return QString();
        return alert.acknowledgementNote.isEmpty()
            ? alert.acknowledgedBy
            : tr("%1: %2").arg(alert.acknowledgedBy, alert.acknowledgementNote.simplified());
    };

    switch (role) {
    case AlertIdRole:
        return qlonglong(alert.id);
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityColumn:
            return alertSeverityLabel(alert.severity);
        case StateColumn:
            return alertStateLabel(alert.state);
        case ProjectColumn:
            return alert.category ? tr("%1 · %2").arg(scopeName(alert), categoryLabel(*alert.category))
                                  : scopeName(alert);
        case SentenceColumn:
            return sentence(alert);
        case WeekColumn:
            return weekLabel(alert.week);
        case FiredColumn:
            return dateText(alert.firedAt);
        case UpdatedColumn:
            return dateText(alert.updatedAt);
        case AcknowledgementColumn:
            return acknowledgement();
        }
        break;
    case SortRole:
        switch (index.column()) {
        case SeverityColumn:
            return static_cast<int>(alert.severity);
        case StateColumn:
            return static_cast<int>(alert.state);
        case ProjectColumn:
            return scopeName(alert);
        case SentenceColumn:
            return sentence(alert);
        case WeekColumn:
            return alert.week.toString(); // "2026-W48" sorts as text
        case FiredColumn:
            return alert.firedAt;
        case UpdatedColumn:
            return alert.updatedAt;
        case AcknowledgementColumn:
            return acknowledgement();
        }
        break;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case SentenceColumn:
            return sentence(alert);
        case AcknowledgementColumn:
            return alert.acknowledgedBy.isEmpty() ? QVariant() : QVariant(acknowledgement());
        case UpdatedColumn:
            return alert.resolvedAt.isValid() ? QVariant(tr("Resolved %1").arg(dateText(alert.resolvedAt)))
                                              : QVariant();
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == SeverityColumn) {
            // Cached per model, not in a static: pixmaps must not outlive the application object.
            QIcon &icon = m_icons[static_cast<int>(alert.severity)];
            if (icon.isNull())
                icon = alertSeverityIcon(alert.severity);
            return icon;
        }
        break;
    case Qt::ForegroundRole:
        // Resolved alerts are history: greyed, so that what still needs attention stands out.
        if (alert.state == AlertState::Resolved)
            return QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text);
        if (index.column() == SeverityColumn)
            return alertSeverityTextColour(alert.severity);
        break;
    case Qt::FontRole:
        if (index.column() == SeverityColumn && alert.severity == AlertSeverity::Critical
            && alert.state != AlertState::Resolved) {
            QFont font;
            font.setBold(true);
            return font;
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant AlertsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case StateColumn:
        return tr("State");
    case ProjectColumn:
        return tr("Project");
    case SentenceColumn:
        return tr("Alert");
    case WeekColumn:
        return tr("Week");
    case FiredColumn:
        return tr("Fired");
    case UpdatedColumn:
        return tr("Updated");
    case AcknowledgementColumn:
        return tr("Acknowledged by");
    }
    return {};
}

} // namespace costboard::ui
