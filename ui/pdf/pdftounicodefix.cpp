// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdftounicodefix.h"

#include <algorithm>
#include <iterator>
#include <utility>

#include <QChar>
#include <QList>
#include <QString>

namespace ir {
namespace {

constexpr char32_t RADICALS_SUPPLEMENT_FIRST = 0x2E80;
constexpr char32_t KANGXI_LAST = 0x2FDF;

// Radicals that Noto Sans CJK SC draws with an ideograph's glyph but whose Unicode data has no
// decomposition (most of the CJK Radicals Supplement: ⻚ U+2EDA is 页, ⻔ U+2ED4 is 门), or one
// naming the traditional form where the font shares the simplified one's glyph (⼾ U+2F3E is
// 户 here, not 戶). Found by comparing the font's glyph of every radical with every ideograph's.
// Sorted by radical.
constexpr std::pair<char32_t, char32_t> SHARED_GLYPHS[]
    = {{0x2E82, 0x4E5B}, {0x2E83, 0x4E5A}, {0x2E85, 0x4EBB}, {0x2E89, 0x5202}, {0x2E8B, 0x353E}, {0x2E8F, 0x5C23},
       {0x2E90, 0x5C22}, {0x2E92, 0x5DF3}, {0x2E93, 0x5E7A}, {0x2E94, 0x5F51}, {0x2E95, 0x5F50}, {0x2E96, 0x5FC4},
       {0x2E98, 0x624C}, {0x2E99, 0x6535}, {0x2E9B, 0x65E1}, {0x2E9E, 0x6B7A}, {0x2EA0, 0x6C11}, {0x2EA1, 0x6C35},
       {0x2EA3, 0x706C}, {0x2EA4, 0x722B}, {0x2EA6, 0x4E2C}, {0x2EA8, 0x72AD}, {0x2EAD, 0x793B}, {0x2EAF, 0x7CF9},
       {0x2EB0, 0x7E9F}, {0x2EB1, 0x7F53}, {0x2EB3, 0x34C1}, {0x2EB9, 0x8002}, {0x2EBA, 0x8080}, {0x2EBE, 0x8279},
       {0x2EC2, 0x8864}, {0x2EC5, 0x89C1}, {0x2EC6, 0x89D2}, {0x2EC8, 0x8BA0}, {0x2EC9, 0x8D1D}, {0x2ECB, 0x8F66},
       {0x2ECC, 0x8FB6}, {0x2ED0, 0x9485}, {0x2ED1, 0x9577}, {0x2ED2, 0x9578}, {0x2ED3, 0x957F}, {0x2ED4, 0x95E8},
       {0x2ED6, 0x961D}, {0x2ED8, 0x9752}, {0x2ED9, 0x97E6}, {0x2EDA, 0x9875}, {0x2EDB, 0x98CE}, {0x2EDC, 0x98DE},
       {0x2EDD, 0x98DF}, {0x2EDF, 0x98E0}, {0x2EE0, 0x9963}, {0x2EE2, 0x9A6C}, {0x2EE3, 0x9AA8}, {0x2EE4, 0x9B3C},
       {0x2EE5, 0x9C7C}, {0x2EE6, 0x9E1F}, {0x2EE7, 0x5364}, {0x2EE8, 0x9EA6}, {0x2EE9, 0x9EC4}, {0x2EEA, 0x9EFE},
       {0x2EEB, 0x6589}, {0x2EEC, 0x9F50}, {0x2EEE, 0x9F7F}, {0x2EEF, 0x7ADC}, {0x2EF0, 0x9F99}, {0x2EF1, 0x9F9C},
       {0x2EF2, 0x4E80}, {0x2F3E, 0x6237}};

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
    const auto shared = std::lower_bound(std::cbegin(SHARED_GLYPHS), std::cend(SHARED_GLYPHS), codePoint,
                                         [](const auto &entry, char32_t value) { return entry.first < value; });
    if (shared != std::cend(SHARED_GLYPHS) && shared->first == codePoint)
        return shared->second;
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
