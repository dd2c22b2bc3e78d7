// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>

#include "domain/entities.h"

namespace costboard {

class Database;

// The demo's talent side over `history` (the demo's window, its last day being "today"): a
// roster of sixteen people, internal staff and two external consultants, between a pyramid and the
// committee's diamond; their salaries posted for every month of the history that has ended (they
// are the demo's only Salaries lines); two training plans late in the history; and the hours of
// repetitive work each project automated per month. `projects` by code. Inside the caller's
// transaction.
void writeDemoTalent(Database &database, const QHash<QString, ProjectId> &projects, const DayRange &history);

} // namespace costboard
