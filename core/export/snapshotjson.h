// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include "domain/fiscalcalendar.h"

namespace costboard {

struct DashboardSnapshot;
struct PeriodFigures;

// "month", "quarter", "fiscal-year": the partitions `snapshot --by` lists.
QString periodPartitionKey(PeriodKind kind);
std::optional<PeriodKind> periodPartitionFromKey(QStringView key);

// The snapshot as JSON for scripts: every amount is an integer of minor units next to the
// currency code, weeks are "2026-W48", ratios are plain numbers. The layout is documented in
// the README ("costboard snapshot").
QJsonObject snapshotToJson(const DashboardSnapshot &snapshot);

// The snapshot as a readable plain-text report for a terminal or a cron mail.
QString snapshotToText(const DashboardSnapshot &snapshot);

// One partition of the period: its months, quarters or fiscal years (the text adds their sum).
QJsonArray periodFiguresToJson(const QList<PeriodFigures> &periods);
QString periodFiguresToText(const DashboardSnapshot &snapshot, const QList<PeriodFigures> &periods);

} // namespace costboard
