#pragma once

#include <QJsonObject>
#include <QString>

namespace costboard {

struct DashboardSnapshot;

// The snapshot as JSON for scripts: every amount is an integer of minor units next to the
// currency code, weeks are "2026-W48", ratios are plain numbers. The layout is documented in
// the README ("costboard snapshot").
QJsonObject snapshotToJson(const DashboardSnapshot &snapshot);

// The snapshot as a readable plain-text report for a terminal or a cron mail.
QString snapshotToText(const DashboardSnapshot &snapshot);

} // namespace costboard
