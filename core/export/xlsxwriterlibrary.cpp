// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/xlsxwriterlibrary.h"

#include <mutex>
#include <optional>

#include <QLibrary>

#include "export/exporttables.h"

namespace costboard {

namespace {

// libxlsxwriter.so.4: Debian's runtime package libxlsxwriter4, which libxlsxwriter-dev depends on.
constexpr int libraryMajorVersion = 4;

template <typename Function> void resolve(QLibrary &library, Function &function, const char *name)
{
    function = reinterpret_cast<Function>(library.resolve(name));
    if (!function)
        throw ExportError(
            ErrorCode::ExportLibraryMissing,
            { library.fileName(), QStringLiteral("%1: %2").arg(QLatin1String(name), library.errorString()) });
}

XlsxWriterLibrary load()
{
    // Kept loaded once opened: the next workbook needs it again, and the functions below point
    // into it for the rest of the process.
    QLibrary library(QStringLiteral("xlsxwriter"), libraryMajorVersion);
    library.setLoadHints(QLibrary::PreventUnloadHint);
    if (!library.load())
        throw ExportError(ErrorCode::ExportLibraryMissing, { library.fileName(), library.errorString() });
    XlsxWriterLibrary functions;
    resolve(library, functions.workbook_new_opt, "workbook_new_opt");
    resolve(library, functions.workbook_add_format, "workbook_add_format");
    resolve(library, functions.workbook_add_worksheet, "workbook_add_worksheet");
    resolve(library, functions.workbook_close, "workbook_close");
    resolve(library, functions.format_set_bold, "format_set_bold");
    resolve(library, functions.format_set_text_wrap, "format_set_text_wrap");
    resolve(library, functions.format_set_num_format, "format_set_num_format");
    resolve(library, functions.worksheet_add_table, "worksheet_add_table");
    resolve(library, functions.worksheet_write_string, "worksheet_write_string");
    resolve(library, functions.worksheet_write_number, "worksheet_write_number");
    resolve(library, functions.worksheet_write_datetime, "worksheet_write_datetime");
    resolve(library, functions.worksheet_freeze_panes, "worksheet_freeze_panes");
    resolve(library, functions.worksheet_set_column, "worksheet_set_column");
    resolve(library, functions.lxw_strerror, "lxw_strerror");
    return functions;
}

} // namespace

const XlsxWriterLibrary &XlsxWriterLibrary::get()
{
    // A failed load is tried again at the next export (the package may have been installed since).
    static std::mutex mutex;
    static std::optional<XlsxWriterLibrary> loaded;
    const std::lock_guard lock(mutex);
    if (!loaded)
        loaded = load();
    return *loaded;
}

} // namespace costboard
