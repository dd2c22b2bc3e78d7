#pragma once

#include "domain/category.h"
#include "domain/entities.h"

#include <QColor>
#include <QString>

namespace costboard::ui {

// Translated, user-facing names of domain values: one place, so every page says the same.
QString statusLabel(ProjectStatus status);
QString decisionLevelLabel(DecisionLevel level);
QString categoryLabel(CostCategory category);
QColor categoryColour(CostCategory category);

} // namespace costboard::ui
