// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include "import/importformat.h"
#include "import/importproblem.h"

namespace costboard {

// The sentences of import problems and formats, in the user's language: core names a problem
// with a code and arguments, this says it (the GUI's report and the command line alike).
QString importProblemMessage(const ImportProblem &problem);
// "file.csv, line 12, column Amount: …" (or the JSON path instead of a line).
QString importProblemLine(const ImportProblem &problem);
QString importFormatName(ImportFormat format);

} // namespace costboard
