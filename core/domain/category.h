// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace costboard {

// The ten kinds of GenAI cost the committee follows. The numeric values are the primary keys of
// the `cost_categories` table and never change; new categories get new numbers.
enum class CostCategory : int
{
    Inference = 1,
    FineTuning = 2,
    PromptEngineering = 3,
    Cloud = 4,
    ModelTraining = 5,
    Salaries = 6,
    StaffTraining = 7,
    Infrastructure = 8,
    DataSecurity = 9,
    LicencesOther = 10,
};

struct CategoryInfo
{
    CostCategory category;
    const char *key; // stable identifier for files and the CLI: "inference"
    const char *englishName; // "Fine-tuning"
    const char *frenchName; // "Réglage fin"
    const char *colour; // "#RRGGBB", the same in every chart, legend and report
};

class CostCategories final
{
public:
    static const QList<CategoryInfo> &all();
    static const CategoryInfo &info(CostCategory category);
    static bool isValidId(int id);
    // Accepts the key, the English or the French name, case-insensitively.
    static bool fromText(QStringView text, CostCategory &out);
    // The name in the language of `languageCode` ("fr" gives French, anything else English).
    static QString displayName(CostCategory category, const QString &languageCode);
    static QString key(CostCategory category);
    static QString colour(CostCategory category);
    static int count() { return 10; }
};

} // namespace costboard
