#pragma once

#include "alerts/alertrule.h"
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

// The alert as a sentence in the interface language, from its stored figures:
// "Synthèse juridique a consommé 103 % de son budget du T4 2026 (41 200 € sur 40 000 €)".
// `scopeName` is the project's name, or empty for the portfolio.
QString alertSentence(const Alert &alert, const QString &scopeName);

} // namespace costboard::ui
