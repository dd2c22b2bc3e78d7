// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringList>

#include "errors.h"

namespace costboard {

class Database;

// One thing the self-check found. Its sentence is the catalogue's (errortexts.h: errorSentence
// with `code` and `arguments`), so it reads in the user's language.
struct CheckFinding
{
    enum class Kind
    {
        Damage, // the file itself: SQLite's integrity check, broken references, orphans
        OutOfDomain, // stored values no write of CostBoard makes (written with another tool)
        Drift, // derived tables that no longer match the lines: repair rebuilds them
    };
    Kind kind = Kind::Damage;
    ErrorCode code = ErrorCode::CheckIntegrity;
    QStringList arguments;

    bool repairable() const { return kind == Kind::Drift; }
};

struct CheckReport
{
    QList<CheckFinding> findings;

    bool isClean() const { return findings.isEmpty(); }
    // Every finding is one repair() fixes.
    bool isRepairable() const;
};

// `costboard check`: whether a database is whole and its figures can be trusted.
class SelfCheck final
{
public:
    enum class Depth
    {
        // What runs each time a database is opened: the settings and the small tables, and the
        // roll-ups' own domain (25,000 rows at a million lines): tens of milliseconds.
        AtOpen,
        // Everything: SQLite's integrity and foreign-key checks, every stored value against its
        // domain, the roll-ups and import totals recomputed from the lines, reporting amounts
        // recomputed from the rates. Seconds per million lines. Only reads: it works on a
        // database opened read-only.
        Full,
    };

    explicit SelfCheck(Database &database);

    CheckReport run(Depth depth) const;
    // Rebuilds what is derived from the lines (reporting amounts, daily roll-ups, import totals,
    // the search index)
    // in one transaction, and audits it. Stored values out of their domain are left alone: a
    // person decides what they should have been.
    void repair();

private:
    Database &m_database;
};

} // namespace costboard
