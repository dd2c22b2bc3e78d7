// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <optional>
#include <string_view>
#include <vector>

#include <QByteArray>
#include <QString>

#include "import/importproblem.h"

namespace costboard {

struct CsvLimits
{
    // Longer physical lines are not a cost export: a runaway field, a file without newlines.
    static constexpr qsizetype MaxLineBytes = 1024 * 1024;
    static constexpr int MaxColumns = 1000;
};

// A file's bytes as UTF-8 text, or the reason they are not text. Detects a UTF-8 byte-order
// mark (and drops it), UTF-16 (refused), binary content (refused) and Windows-1252 (converted:
// French accounting exports still come that way).
struct DecodedText
{
    QByteArray utf8;
    QString encoding; // "UTF-8", "UTF-8 (BOM)" or "Windows-1252"
    std::optional<ImportProblemCode> problem;
    qint64 problemLine = 0; // the line a LineTooLong problem is on

    static DecodedText decode(QByteArray bytes);
};

// One record of a CSV file: its fields (valid until the callback returns) and the physical line
// it starts on, counting the header as line 1, blank lines and lines inside quoted fields.
struct CsvRecord
{
    qint64 line = 0;
    std::vector<std::string_view> fields;

    bool isBlank() const;
};

// Reads CSV with libcsv (RFC 4180 quoting, strict mode). A malformed record is reported with
// its line and the column where it went wrong, and reading resumes on the next line.
class CsvReader final
{
public:
    // `,`, `;` or tab: whichever appears most in the first line, outside quotes.
    static char detectDelimiter(std::string_view firstLines);

    // Calls `onRecord` for every non-blank record, header included (return false to stop), and
    // `onProblem` for each malformed one (its `column` is the field index as text, for the caller
    // to name). Returns false when stopped.
    static bool
    read(const QByteArray &utf8, char delimiter, const std::function<bool(const CsvRecord &)> &onRecord,
         const std::function<void(qint64 line, int fieldIndex, ImportProblemCode code)> &onProblem);
};

} // namespace costboard
