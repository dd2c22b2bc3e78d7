#pragma once

#include "commandline.h"

namespace costboard::cli {

// Each command returns the process exit code.
int runDemo(const Invocation &invocation);
int runSnapshot(const Invocation &invocation);
int runAlerts(const Invocation &invocation);
int runImport(const Invocation &invocation);
// Needs a QApplication (the report's charts are widgets) with the translators installed.
int runReport(const Invocation &invocation);
int runExport(const Invocation &invocation);

} // namespace costboard::cli
