// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdftounicodefix.h"

#include <QChar>
#include <QList>
#include <QString>

namespace ir {
namespace {

constexpr char32_t RADICALS_SUPPLEMENT_FIRST = 0x2E80;
constexpr char32_t KANGXI_LAST = 0x2FDF;

bool isHex(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'F') || (c >= 'a' && c <= 'f');
}

// Rewrites the destination codes of one bfrange/bfchar line; skip = source codes at its start.
int fixLine(char *begin, char *end, int skip, bool directRange)
{
    int token = 0;
    int fixed = 0;
    QList<std::pair<char *, char32_t>> destinations;
    for (char *p = begin; p < end; ++p) {
        if (*p != '<')
            continue;
        char *close = p + 1;
        while (close < end && isHex(*close))
            ++close;
        if (close >= end || *close != '>')
            continue;
        if (token++ >= skip && close - p == 5)
            destinations.append({p + 1, char32_t(QByteArray(p + 1, 4).toUInt(nullptr, 16))});
        p = close;
    }
    // A direct range "<a> <b> <dst>" counts dst up across the glyphs: only a one-glyph range may change.
    if (directRange && token != 3)
        return 0;
    for (const auto &[digits, codePoint] : destinations) {
        const char32_t replacement = PdfToUnicodeFix::canonical(codePoint);
        if (replacement == codePoint || replacement > 0xFFFF)
            continue;
        const QByteArray hex = QByteArray::number(uint(replacement), 16).toUpper().rightJustified(4, '0');
        std::copy(hex.cbegin(), hex.cend(), digits);
        ++fixed;
    }
    return fixed;
}

} // namespace

char32_t PdfToUnicodeFix::canonical(char32_t codePoint)
{
    if (codePoint < RADICALS_SUPPLEMENT_FIRST || codePoint > KANGXI_LAST)
        return codePoint;
    // The radicals' compatibility decompositions name the ideograph (U+2F2F → U+5DE5).
    const QString decomposed = QChar::decomposition(codePoint);
    if (decomposed.size() != 1 || QChar::decompositionTag(codePoint) == QChar::NoDecomposition)
        return codePoint;
    return decomposed.at(0).unicode();
}

int PdfToUnicodeFix::apply(QByteArray &pdf)
{
    static const QByteArray CMAP_NAME = QByteArrayLiteral("/CMapName /Adobe-Identity-UCS");
    static const QByteArray CMAP_END = QByteArrayLiteral("endcmap");
    int fixed = 0;
    char *data = pdf.data(); // detaches once; every change below is in place
    for (qsizetype at = pdf.indexOf(CMAP_NAME); at >= 0; at = pdf.indexOf(CMAP_NAME, at)) {
        const qsizetype stop = pdf.indexOf(CMAP_END, at);
        if (stop < 0)
            break;
        enum class Section { None, Range, Char } section = Section::None;
        qsizetype lineStart = at;
        while (lineStart < stop) {
            qsizetype lineEnd = pdf.indexOf('\n', lineStart);
            if (lineEnd < 0 || lineEnd > stop)
                lineEnd = stop;
            const QByteArray line = QByteArray::fromRawData(data + lineStart, lineEnd - lineStart).trimmed();
            if (line.endsWith("beginbfrange"))
                section = Section::Range;
            else if (line.endsWith("beginbfchar"))
                section = Section::Char;
            else if (line == "endbfrange" || line == "endbfchar")
                section = Section::None;
            else if (section == Section::Range)
                fixed += fixLine(data + lineStart, data + lineEnd, 2, !line.contains('['));
            else if (section == Section::Char)
                fixed += fixLine(data + lineStart, data + lineEnd, 1, false);
            lineStart = lineEnd + 1;
        }
        at = stop;
    }
    return fixed;
}

} // namespace ir
