// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <xlsxwriter.h>

namespace costboard {

// The functions of libxlsxwriter that the XLSX export calls, resolved the first time a workbook
// is written. The library is opened then, not linked: with the libcrypto and minizip it needs,
// it is about 4 ms of every start-up (tests/bench/bench_startup), and nothing before the first
// XLSX export uses it. The types come from its header, so a call that does not match the
// library's own declaration does not compile.
struct XlsxWriterLibrary
{
    decltype(&::workbook_new_opt) workbook_new_opt = nullptr;
    decltype(&::workbook_add_format) workbook_add_format = nullptr;
    decltype(&::workbook_add_worksheet) workbook_add_worksheet = nullptr;
    decltype(&::workbook_close) workbook_close = nullptr;
    decltype(&::format_set_bold) format_set_bold = nullptr;
    decltype(&::format_set_text_wrap) format_set_text_wrap = nullptr;
    decltype(&::format_set_num_format) format_set_num_format = nullptr;
    decltype(&::worksheet_add_table) worksheet_add_table = nullptr;
    decltype(&::worksheet_write_string) worksheet_write_string = nullptr;
    decltype(&::worksheet_write_number) worksheet_write_number = nullptr;
    decltype(&::worksheet_write_datetime) worksheet_write_datetime = nullptr;
    decltype(&::worksheet_freeze_panes) worksheet_freeze_panes = nullptr;
    decltype(&::worksheet_set_column) worksheet_set_column = nullptr;
    decltype(&::lxw_strerror) lxw_strerror = nullptr;

    // The library, opened once per process (any thread may ask first). Throws ExportError
    // (ExportLibraryMissing) when it cannot be opened or lacks one of the functions.
    static const XlsxWriterLibrary &get();
};

} // namespace costboard
