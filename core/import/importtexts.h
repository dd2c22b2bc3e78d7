// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

#include "import/importer.h"
#include "import/importformat.h"
#include "import/importproblem.h"

namespace costboard {

// The sentences of import problems and formats, in the user's language: core names a problem
// with a code and arguments, this says it (the GUI's report and the command line alike).
QString importProblemMessage(const ImportProblem &problem);
// "file.csv, line 12, column Amount: …" (or the JSON path instead of a line).
QString importProblemLine(const ImportProblem &problem);
QString importFormatName(ImportFormat format);
// What an import did with token usage and with the usage a bill stands for, a sentence a line
// (none for an import without either): the report dialog and the command line show the same.
QStringList importUsageLines(const ImportReport &report, const QLocale &locale = QLocale());

} // namespace costboard
