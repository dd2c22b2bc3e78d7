// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/allocation.h"

#include <algorithm>

#include <QJsonDocument>
#include <QJsonObject>

#include "domain/keytable.h"

namespace costboard {
namespace {

constexpr KeyTable<AllocationMatch, 4> matchKeys { {
    { AllocationMatch::Tag, "tag" },
    { AllocationMatch::Account, "account" },
    { AllocationMatch::Workspace, "workspace" },
    { AllocationMatch::Text, "text" },
} };

QRegularExpression compile(const AllocationRule &rule)
{
    QString pattern = rule.pattern.trimmed();
    const bool anywhere = rule.match == AllocationMatch::Text && !pattern.contains(QLatin1Char('*'));
    QString expression
        = QRegularExpression::escape(pattern).replace(QStringLiteral("\\*"), QStringLiteral(".*"));
    if (!anywhere)
        expression = QStringLiteral("\\A(?:") + expression + QStringLiteral(")\\z");
    return QRegularExpression(expression, QRegularExpression::CaseInsensitiveOption);
}

bool containsAny(const QString &text, std::initializer_list<const char *> words)
{
    return std::any_of(words.begin(), words.end(), [&](const char *word) {
        return text.contains(QLatin1String(word), Qt::CaseInsensitive);
    });
}

// `tags` is parsed on first need and reused across the rules tried on one row.
bool matchesRow(const AllocationRule &rule, const QRegularExpression &expression, const ImportedRow &row,
                std::optional<QJsonObject> &tags)
{
    switch (rule.match) {
    case AllocationMatch::Tag:
        if (row.tags.isEmpty())
            return false;
        if (!tags)
            tags = QJsonDocument::fromJson(row.tags.toUtf8()).object();
        for (auto it = tags->begin(); it != tags->end(); ++it) {
            if (it.key().compare(rule.key.trimmed(), Qt::CaseInsensitive) == 0
                && expression.match(it.value().toString()).hasMatch())
                return true;
        }
        return false;
    case AllocationMatch::Account:
        return !row.account.isEmpty() && expression.match(row.account).hasMatch();
    case AllocationMatch::Workspace:
        return !row.workspace.isEmpty() && expression.match(row.workspace).hasMatch();
    case AllocationMatch::Text:
        for (const QString *text :
             { &row.description, &row.serviceName, &row.sku, &row.vendor, &row.account, &row.workspace }) {
            if (!text->isEmpty() && expression.match(*text).hasMatch())
                return true;
        }
        return false;
    }
    return false;
}

} // namespace

QString allocationMatchKey(AllocationMatch match)
{
    return matchKeys.keyOf(match);
}

std::optional<AllocationMatch> allocationMatchFromKey(QStringView key)
{
    return matchKeys.valueOf(key);
}

bool AllocationRule::matches(const ImportedRow &row) const
{
    std::optional<QJsonObject> tags;
    return matchesRow(*this, compile(*this), row, tags);
}

Allocator::Allocator(QList<AllocationRule> rules, ProjectId unallocatedProjectId)
    : m_unallocatedProjectId(unallocatedProjectId)
{
    std::stable_sort(rules.begin(), rules.end(), [](const AllocationRule &a, const AllocationRule &b) {
        return a.position < b.position;
    });
    for (const AllocationRule &rule : rules)
        m_rules.append({ rule, compile(rule) });
}

Allocator::Placement Allocator::place(const ImportedRow &row, std::optional<ProjectId> fileProject,
                                      std::optional<CostCategory> fileCategory) const
{
    Placement placement;
    if (fileProject) {
        placement.projectId = *fileProject;
        placement.placedBy = QStringLiteral("file");
    } else {
        std::optional<QJsonObject> tags;
        for (const CompiledRule &compiled : m_rules) {
            const AllocationRule &rule = compiled.rule;
            const bool matched = matchesRow(rule, compiled.expression, row, tags);
            if (matched) {
                placement.projectId = rule.projectId;
                placement.placedBy = QStringLiteral("rule:%1").arg(rule.id);
                if (!fileCategory && rule.category)
                    fileCategory = rule.category;
                break;
            }
        }
        if (placement.projectId == 0) {
            placement.projectId = m_unallocatedProjectId;
            placement.placedBy = QStringLiteral("unallocated");
        }
    }
    placement.category = fileCategory ? *fileCategory : inferCategory(row);
    return placement;
}

CostCategory Allocator::inferCategory(const ImportedRow &row)
{
    const QString what = row.serviceCategory + QLatin1Char(' ') + row.serviceName + QLatin1Char(' ') + row.sku
        + QLatin1Char(' ') + row.description;
    const bool training = containsAny(what, { "fine-tun", "finetun", "fine tun", "train" });
    const bool ai
        = containsAny(what,
                      { "AI and Machine Learning", "Machine Learning", "Bedrock", "OpenAI", "Vertex",
                        "Gemini", "Claude", "gpt-", "token", "Cognitive Services", "SageMaker", "Foundry" });
    if (ai)
        return training ? CostCategory::FineTuning : CostCategory::Inference;
    if (containsAny(row.serviceCategory + QLatin1Char(' ') + row.serviceName,
                    { "Security", "Identity", "Key Vault", "KMS", "GuardDuty", "Defender", "Secret" }))
        return CostCategory::DataSecurity;
    if (containsAny(what,
                    { "Compute", "Storage", "Network", "Database", "EC2", "S3", "Virtual Machines", "Blob",
                      "Bandwidth", "Data Transfer", "DataTransfer", "Cloud Run", "Kubernetes", "GPU",
                      "Container" }))
        return CostCategory::Cloud;
    return CostCategory::LicencesOther;
}

} // namespace costboard
