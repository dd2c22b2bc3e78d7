// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/category.h"

#include "errors.h"

namespace costboard {

const QList<CategoryInfo> &CostCategories::all()
{
    // Colours: a qualitative palette whose neighbours stay distinct for the common colour-vision
    // deficiencies and on a washed-out meeting-room projector.
    static const QList<CategoryInfo> categories = {
        { CostCategory::Inference, "inference", "Inference", "Inférence", "#1f77b4" },
        { CostCategory::FineTuning, "fine-tuning", "Fine-tuning", "Réglage fin", "#ff7f0e" },
        { CostCategory::PromptEngineering, "prompt-engineering", "Prompt engineering",
          "Ingénierie de prompts", "#2ca02c" },
        { CostCategory::Cloud, "cloud", "Cloud", "Cloud", "#17becf" },
        { CostCategory::ModelTraining, "model-training", "Model training", "Entraînement de modèles",
          "#9467bd" },
        { CostCategory::Salaries, "salaries", "Salaries", "Salaires", "#8c564b" },
        { CostCategory::StaffTraining, "staff-training", "Staff training", "Formation du personnel",
          "#e377c2" },
        { CostCategory::Infrastructure, "infrastructure", "Infrastructure", "Infrastructure", "#7f7f7f" },
        { CostCategory::DataSecurity, "data-security", "Data security", "Sécurité des données", "#d62728" },
        { CostCategory::LicencesOther, "licences-other", "Licences & other", "Licences et autres",
          "#bcbd22" },
    };
    return categories;
}

bool CostCategories::isValidId(int id)
{
    return id >= 1 && id <= count();
}

const CategoryInfo &CostCategories::info(CostCategory category)
{
    const int id = static_cast<int>(category);
    if (!isValidId(id))
        throw ValidationError(QStringLiteral("category"), ErrorCode::UnknownCategory,
                              { QString::number(id) });
    return all().at(id - 1);
}

bool CostCategories::fromText(QStringView text, CostCategory &out)
{
    const QString wanted = text.trimmed().toString();
    for (const CategoryInfo &info : all()) {
        if (wanted.compare(QLatin1String(info.key), Qt::CaseInsensitive) == 0
            || wanted.compare(QString::fromUtf8(info.englishName), Qt::CaseInsensitive) == 0
            || wanted.compare(QString::fromUtf8(info.frenchName), Qt::CaseInsensitive) == 0) {
            out = info.category;
            return true;
        }
    }
    return false;
}

QString CostCategories::displayName(CostCategory category, const QString &languageCode)
{
    const CategoryInfo &entry = info(category);
    return QString::fromUtf8(languageCode.startsWith(QLatin1String("fr")) ? entry.frenchName
                                                                          : entry.englishName);
}

QString CostCategories::key(CostCategory category)
{
    return QLatin1String(info(category).key);
}

QString CostCategories::colour(CostCategory category)
{
    return QLatin1String(info(category).colour);
}

} // namespace costboard
