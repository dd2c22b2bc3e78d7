// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QHash>
#include <QString>

#include "domain/entities.h"

namespace costboard {

class Database;

// What the demo's committee knows of a project besides its costs: the data it handles, whether
// customers use it, whether it is infrastructure. Set on `project` by its code.
void applyDemoRoutingFacts(Project &project);

// The demo committee's work up to `lastDay` (the last day of the history): its scores on the
// shipped criteria (the support assistant re-evaluated, the sales copilot partly scored), its
// routing rules, and its routing decisions (one proposal left to decide). `projects` by code.
void writeDemoGovernance(Database &database, const QHash<QString, ProjectId> &projects, const QDate &lastDay);

} // namespace costboard
