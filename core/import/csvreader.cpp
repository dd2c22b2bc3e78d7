// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/csvreader.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <csv.h>

namespace costboard {
namespace {

bool isValidUtf8(const QByteArray &bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const auto *end = p + bytes.size();
    while (p < end) {
        const unsigned char c = *p;
        if (c < 0x80) {
            ++p;
            continue;
        }
        int length = 0;
        if ((c & 0xE0) == 0xC0 && c >= 0xC2)
            length = 2;
        else if ((c & 0xF0) == 0xE0)
            length = 3;
        else if ((c & 0xF8) == 0xF0 && c <= 0xF4)
            length = 4;
        else
            return false;
        if (end - p < length)
            return false;
        for (int i = 1; i < length; ++i) {
            if ((p[i] & 0xC0) != 0x80)
                return false;
        }
        p += length;
    }
    return true;
}

// Windows-1252 differs from Latin-1 in 0x80-0x9F only; five of those are unassigned and read as
// the Latin-1 control character of the same value.
constexpr std::array<char16_t, 32> windows1252High
    = { 0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
        0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
        0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178 };

QByteArray windows1252ToUtf8(const QByteArray &bytes)
{
    QString text(bytes.size(), Qt::Uninitialized);
    QChar *out = text.data();
    for (const char byte : bytes) {
        const auto c = static_cast<unsigned char>(byte);
        *out++ = QChar((c >= 0x80 && c < 0xA0) ? windows1252High[c - 0x80] : char16_t(c));
    }
    return text.toUtf8();
}

std::optional<ImportProblemCode> sniffBinary(const QByteArray &bytes)
{
    const qsizetype sample = std::min<qsizetype>(bytes.size(), 64 * 1024);
    if (sample >= 2) {
        const auto b0 = static_cast<unsigned char>(bytes[0]);
        const auto b1 = static_cast<unsigned char>(bytes[1]);
        if ((b0 == 0xFF && b1 == 0xFE) || (b0 == 0xFE && b1 == 0xFF))
            return ImportProblemCode::Utf16File;
    }
    qsizetype nulEven = 0;
    qsizetype nulOdd = 0;
    qsizetype control = 0;
    for (qsizetype i = 0; i < sample; ++i) {
        const auto c = static_cast<unsigned char>(bytes[i]);
        if (c == 0)
            ++(i % 2 == 0 ? nulEven : nulOdd);
        else if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F)
            ++control;
    }
    if (nulEven + nulOdd > 0) {
        // ASCII text in UTF-16 has a NUL in every other byte, all on the same side.
        const qsizetype half = sample / 2;
        const bool utf16 = (nulOdd > half * 4 / 10 && nulEven * 20 < nulOdd)
            || (nulEven > half * 4 / 10 && nulOdd * 20 < nulEven);
        return utf16 ? ImportProblemCode::Utf16File : ImportProblemCode::BinaryFile;
    }
    if (control * 20 > sample)
        return ImportProblemCode::BinaryFile;
    return std::nullopt;
}

// State shared with libcsv's callbacks while reading one buffer.
struct ParseState
{
    const std::function<bool(const CsvRecord &)> *onRecord = nullptr;
    std::string arena;
    std::vector<std::pair<std::size_t, std::size_t>> spans;
    CsvRecord record;
    qint64 nextLine = 1; // the line the next record starts on
    qint64 newlinesInRecord = 0;
    int lastTerminator = 0;
    bool stopped = false;

    void startRecordIfNeeded()
    {
        if (spans.empty() && arena.empty())
            newlinesInRecord = 0;
    }
};

void onField(void *data, std::size_t length, void *context)
{
    auto *state = static_cast<ParseState *>(context);
    if (state->stopped)
        return;
    state->startRecordIfNeeded();
    const std::size_t offset = state->arena.size();
    if (length > 0) {
        const char *text = static_cast<const char *>(data);
        state->arena.append(text, length);
        state->newlinesInRecord += std::count(text, text + length, '\n');
    }
    state->spans.emplace_back(offset, length);
}

void onRecordEnd(int terminator, void *context)
{
    auto *state = static_cast<ParseState *>(context);
    if (state->stopped)
        return;
    if (state->spans.empty()) {
        // A newline outside any record (CSV_REPALL_NL): a blank line, or the LF of a CRLF.
        if (!(terminator == '\n' && state->lastTerminator == '\r'))
            ++state->nextLine;
        state->lastTerminator = terminator;
        return;
    }
    state->record.line = state->nextLine;
    state->record.fields.clear();
    for (const auto &[offset, length] : state->spans)
        state->record.fields.emplace_back(state->arena.data() + offset, length);
    state->nextLine += state->newlinesInRecord + (terminator == -1 ? 0 : 1);
    state->lastTerminator = terminator;
    if (!state->record.isBlank() && !(*state->onRecord)(state->record))
        state->stopped = true;
    state->arena.clear();
    state->spans.clear();
    state->newlinesInRecord = 0;
}

} // namespace

DecodedText DecodedText::decode(QByteArray bytes)
{
    DecodedText result;
    if (bytes.trimmed().isEmpty()) {
        result.problem = ImportProblemCode::EmptyFile;
        return result;
    }
    if (const auto binary = sniffBinary(bytes)) {
        result.problem = *binary;
        return result;
    }
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        bytes.remove(0, 3);
        result.encoding = QStringLiteral("UTF-8 (BOM)");
    } else {
        result.encoding = QStringLiteral("UTF-8");
    }
    if (!isValidUtf8(bytes)) {
        bytes = windows1252ToUtf8(bytes);
        result.encoding = QStringLiteral("Windows-1252");
    }
    // A physical line over the limit: the file has no usable line structure.
    qint64 line = 1;
    for (const char *p = bytes.constData(), *end = p + bytes.size(); p < end; ++line) {
        const char *newline
            = static_cast<const char *>(std::memchr(p, '\n', static_cast<std::size_t>(end - p)));
        const char *lineEnd = newline ? newline : end;
        if (lineEnd - p > CsvLimits::MaxLineBytes) {
            result.problem = ImportProblemCode::LineTooLong;
            result.problemLine = line;
            return result;
        }
        p = lineEnd + 1;
    }
    result.utf8 = std::move(bytes);
    return result;
}

bool CsvRecord::isBlank() const
{
    return std::all_of(fields.cbegin(), fields.cend(), [](std::string_view field) {
        return field.find_first_not_of(" \t") == std::string_view::npos;
    });
}

char CsvReader::detectDelimiter(std::string_view firstLines)
{
    int comma = 0;
    int semicolon = 0;
    int tab = 0;
    bool quoted = false;
    for (const char c : firstLines) {
        if (c == '"')
            quoted = !quoted;
        else if (!quoted && (c == '\n' || c == '\r'))
            break;
        else if (!quoted && c == ',')
            ++comma;
        else if (!quoted && c == ';')
            ++semicolon;
        else if (!quoted && c == '\t')
            ++tab;
    }
    if (semicolon > comma && semicolon >= tab)
        return ';';
    if (tab > comma && tab > semicolon)
        return '\t';
    return ',';
}

bool CsvReader::read(
    const QByteArray &utf8, char delimiter, const std::function<bool(const CsvRecord &)> &onRecord,
    const std::function<void(qint64 line, int fieldIndex, ImportProblemCode code)> &onProblem)
{
    ParseState state;
    state.onRecord = &onRecord;
    const unsigned char options = CSV_STRICT | CSV_STRICT_FINI | CSV_REPALL_NL;
    const char *data = utf8.constData();
    std::size_t remaining = static_cast<std::size_t>(utf8.size());

    while (true) {
        csv_parser parser;
        if (csv_init(&parser, options) != 0)
            throw std::bad_alloc();
        csv_set_delim(&parser, static_cast<unsigned char>(delimiter));
        const std::size_t parsed = csv_parse(&parser, data, remaining, onField, onRecordEnd, &state);
        if (state.stopped) {
            csv_free(&parser);
            return false;
        }
        if (parsed == remaining) {
            const int finish = csv_fini(&parser, onField, onRecordEnd, &state);
            const bool unclosed = finish != 0 && csv_error(&parser) == CSV_EPARSE;
            const int fieldIndex = static_cast<int>(state.spans.size());
            csv_free(&parser);
            if (unclosed)
                onProblem(state.nextLine, fieldIndex, ImportProblemCode::UnclosedQuote);
            return !state.stopped;
        }
        // A quote where none may be: report the record, skip to the end of the physical line the
        // parser stopped on, and read on from the next one with a fresh parser.
        const int fieldIndex = static_cast<int>(state.spans.size());
        csv_free(&parser);
        onProblem(state.nextLine, fieldIndex, ImportProblemCode::MalformedQuote);
        const char *stop = data + parsed;
        const char *lineEnd = static_cast<const char *>(std::memchr(stop, '\n', remaining - parsed));
        state.nextLine
            += state.newlinesInRecord + std::count(stop, lineEnd ? lineEnd : data + remaining, '\n') + 1;
        state.arena.clear();
        state.spans.clear();
        state.newlinesInRecord = 0;
        state.lastTerminator = '\n';
        if (!lineEnd)
            return true;
        remaining -= static_cast<std::size_t>(lineEnd + 1 - data);
        data = lineEnd + 1;
    }
}

} // namespace costboard
