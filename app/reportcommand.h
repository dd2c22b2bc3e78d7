// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commandline.h"

namespace costboard::cli {

// `costboard report`: the weekly committee report as a PDF. Draws charts, so it needs a
// QApplication (offscreen is fine) with the translators installed.
int runReport(const Invocation &invocation);

} // namespace costboard::cli
