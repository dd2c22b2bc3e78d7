#include "labels.h"

#include <QCoreApplication>
#include <QLocale>

namespace costboard::ui {

QString statusLabel(ProjectStatus status)
{
    switch (status) {
    case ProjectStatus::Proposed:
        return QCoreApplication::translate("Labels", "Proposed");
    case ProjectStatus::Evaluating:
        return QCoreApplication::translate("Labels", "Evaluating");
    case ProjectStatus::Approved:
        return QCoreApplication::translate("Labels", "Approved");
    case ProjectStatus::Active:
        return QCoreApplication::translate("Labels", "Active");
    case ProjectStatus::Paused:
        return QCoreApplication::translate("Labels", "Paused");
    case ProjectStatus::Closed:
        return QCoreApplication::translate("Labels", "Closed");
    case ProjectStatus::Rejected:
        return QCoreApplication::translate("Labels", "Rejected");
    }
    return QString();
}

QString decisionLevelLabel(DecisionLevel level)
{
    switch (level) {
    case DecisionLevel::Committee:
        return QCoreApplication::translate("Labels", "Committee (CEO)");
    case DecisionLevel::Cio:
        return QCoreApplication::translate("Labels", "Delegated to CIO");
    case DecisionLevel::Cfo:
        return QCoreApplication::translate("Labels", "Delegated to CFO");
    }
    return QString();
}

QString categoryLabel(CostCategory category)
{
    // The category names are data of the core (English and French): pick by interface language.
    return CostCategories::displayName(category, QLocale().name().left(2));
}

QColor categoryColour(CostCategory category)
{
    return QColor(CostCategories::colour(category));
}

} // namespace costboard::ui
