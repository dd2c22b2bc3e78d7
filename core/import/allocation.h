// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QList>
#include <QRegularExpression>
#include <QString>

#include "domain/category.h"
#include "domain/entities.h"
#include "import/importformat.h"

namespace costboard {

// What a rule looks at in an imported row.
enum class AllocationMatch
{
    Tag, // a tag or label: `key` is its name, `pattern` its value
    Account, // the sub-account, subscription or usage account id
    Workspace, // the provider's project, workspace or resource group
    Text, // the description, service, SKU, vendor, account or workspace
};
QString allocationMatchKey(AllocationMatch match);
std::optional<AllocationMatch> allocationMatchFromKey(QStringView key);

// "Rows whose tag `project` is `sup*` belong to project SUP (as fine-tuning)." Patterns compare
// case-insensitively; `*` stands for any text, and a text pattern without `*` matches anywhere.
struct AllocationRule
{
    std::int64_t id = 0;
    int position = 0;
    AllocationMatch match = AllocationMatch::Tag;
    QString key;
    QString pattern;
    ProjectId projectId = 0;
    std::optional<CostCategory> category;

    bool matches(const ImportedRow &row) const;
};

// Where an imported row goes: the project and category the file names, else the first rule that
// matches, else the Unallocated project. The category, when neither file nor rule gives it, is
// inferred from what was bought.
class Allocator final
{
public:
    Allocator(QList<AllocationRule> rules, ProjectId unallocatedProjectId);

    struct Placement
    {
        ProjectId projectId = 0;
        CostCategory category = CostCategory::LicencesOther;
        QString placedBy; // "file", "rule:<id>" or "unallocated"
    };
    Placement place(const ImportedRow &row, std::optional<ProjectId> fileProject,
                    std::optional<CostCategory> fileCategory) const;

    // AI and Machine Learning → inference (training SKUs → fine-tuning), Compute, Storage,
    // Networking, Databases → cloud, Security → data security, anything else → licences & other.
    static CostCategory inferCategory(const ImportedRow &row);

private:
    struct CompiledRule
    {
        AllocationRule rule;
        QRegularExpression expression;
    };
    QList<CompiledRule> m_rules;
    ProjectId m_unallocatedProjectId = 0;
};

} // namespace costboard
