// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

namespace costboard::units {

// What a cost line's quantity counts. A known unit is stored by its key ("token", "gpu_hour") and
// shown in the interface language with the plural the quantity takes, so a line typed in French
// reads in English and the other way round. Any other unit ("1K tokens", "GB-Mo", "PTU") is kept
// and shown as typed: a file's own unit is data we must not guess at.

// Every known unit's key, in the order a list offers them.
QStringList knownKeys();
bool isKnownKey(const QString &unit);

// The stored form of a unit typed or imported: the key of a known unit written in English or
// French, singular or plural, any case, with spaces, hyphens or underscores ("GPU-hours",
// "heures GPU", "Requêtes", "Hrs"); otherwise the text trimmed. Every write of a cost line goes
// through here (CostLineRepository), so importers, the demo and the forms all store keys.
QString canonical(const QString &typed);

// The unit's name in a list or a column, in the plural ("GPU-hours", "heures GPU"); a free unit
// as typed.
QString name(const QString &unit);

// A quantity with its unit, as people read it: "1.5 requests", "1 token", "1,5 requête",
// "12 000 jetons"; a free unit after the number as typed ("3 PTU-Hours"); the number alone without
// a unit. The plural follows the quantity by the language's rule.
QString quantityLabel(double quantity, const QString &unit, const QLocale &locale = QLocale());

} // namespace costboard::units
