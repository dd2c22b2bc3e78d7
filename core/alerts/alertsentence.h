// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include "alerts/alertrule.h"

namespace costboard {

// The one sentence that tells people what an alert says, in the language of the installed
// translator and the default QLocale: "Legal summarisation has consumed 80% of its Q4 2026 budget
// (€32,000 of €40,000)". The engine stores it when an alert fires (for the log and mails), the
// alert centre, the report and the slides show it, and `costboard alerts` prints it, so they
// never disagree. `scopeName` is the project's name, or empty for the whole portfolio.
QString alertSentence(const Alert &alert, const QString &scopeName);

} // namespace costboard
