// SPDX-License-Identifier: GPL-3.0-or-later
// `costboard check --db FILE [--repair] [--json]`: the self-check of core/storage/selfcheck.h.

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include "commands.h"
#include "commandsupport.h"
#include "errortexts.h"
#include "storage/database.h"
#include "storage/selfcheck.h"

namespace costboard::cli {
namespace {

QString kindKey(CheckFinding::Kind kind)
{
    switch (kind) {
    case CheckFinding::Kind::Damage:
        return QStringLiteral("damage");
    case CheckFinding::Kind::OutOfDomain:
        return QStringLiteral("out-of-domain");
    case CheckFinding::Kind::Drift:
        return QStringLiteral("drift");
    }
    return QString();
}

QJsonArray findingsToJson(const CheckReport &report)
{
    QJsonArray findings;
    for (const CheckFinding &finding : report.findings) {
        QJsonObject entry;
        entry.insert(QStringLiteral("kind"), kindKey(finding.kind));
        entry.insert(QStringLiteral("repairable"), finding.repairable());
        entry.insert(QStringLiteral("arguments"), QJsonArray::fromStringList(finding.arguments));
        entry.insert(QStringLiteral("message"), errorSentence(finding.code, finding.arguments));
        findings << entry;
    }
    return findings;
}

void printFindings(QTextStream &out, const CheckReport &report)
{
    for (const CheckFinding &finding : report.findings) {
        const QString mark = finding.repairable()
            ? QCoreApplication::translate("costboard::cli", "repairable")
            : QCoreApplication::translate("costboard::cli", "needs a person");
        out << "  [" << mark << "] " << errorSentence(finding.code, finding.arguments) << "\n";
    }
}

} // namespace

int runCheck(const Invocation &invocation)
{
    return runGuarded("check", exitcode::DatabaseUnavailable, [&] {
        QTextStream out(stdout);
        // Without --repair the check only reads: it works on a read-only file and changes nothing.
        auto database = openExistingDatabase(
            invocation, invocation.repair ? Database::Access::ReadWrite : Database::Access::ReadOnly);
        SelfCheck check(*database);
        const CheckReport before = check.run(SelfCheck::Depth::Full);
        CheckReport after = before;
        const bool repairs = invocation.repair && !before.isClean()
            && std::any_of(before.findings.cbegin(), before.findings.cend(),
                           [](const CheckFinding &finding) { return finding.repairable(); });
        if (repairs) {
            check.repair();
            after = check.run(SelfCheck::Depth::Full);
        }

        if (invocation.json) {
            QJsonObject root;
            root.insert(QStringLiteral("database"), invocation.databasePath);
            root.insert(QStringLiteral("findings"), findingsToJson(before));
            root.insert(QStringLiteral("repaired"), repairs);
            root.insert(QStringLiteral("remaining"), findingsToJson(after));
            root.insert(QStringLiteral("clean"), after.isClean());
            out << QJsonDocument(root).toJson(QJsonDocument::Indented);
        } else {
            out << QCoreApplication::translate("costboard::cli", "CostBoard check of %1")
                       .arg(invocation.databasePath)
                << "\n";
            if (before.isClean()) {
                out << QCoreApplication::translate(
                    "costboard::cli",
                    "No problem found: the file is whole, every stored value is "
                    "in its domain, and every total matches the cost lines.")
                    << "\n";
            } else {
                printFindings(out, before);
                if (repairs) {
                    out << "\n"
                        << QCoreApplication::translate(
                               "costboard::cli",
                               "Repaired: reporting amounts, daily totals, import "
                               "totals and the search index rebuilt from the cost lines, "
                               "in one transaction.")
                        << "\n";
                    if (after.isClean())
                        out << QCoreApplication::translate("costboard::cli", "No problem left.") << "\n";
                    else {
                        out << QCoreApplication::translate("costboard::cli", "Still to be fixed by a person:")
                            << "\n";
                        printFindings(out, after);
                    }
                } else if (before.isRepairable()) {
                    out << "\n"
                        << QCoreApplication::translate(
                               "costboard::cli",
                               "Run again with --repair to rebuild the totals from the "
                               "cost lines (a backup first is wise).")
                        << "\n";
                }
            }
        }
        out.flush();
        return after.isClean() ? exitcode::Ok : exitcode::Failed;
    });
}

} // namespace costboard::cli
