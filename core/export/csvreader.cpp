// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvreader.h"

#include "csvexporter.h"

#include <QStringDecoder>

namespace ir {
namespace {

Error csvError(const QString &details)
{
    return Error {ErrorCode::ValidationError, CsvReader::tr("The file is not valid CSV"), details};
}

// A record made only of one empty field is a blank line.
bool isBlank(const QStringList &fields)
{
    return fields.size() == 1 && fields.constFirst().isEmpty();
}

} // namespace

Result<QList<CsvRecord>> CsvReader::parse(const QByteArray &bytes)
{
    const QByteArray bom = CsvExporter::byteOrderMark();
    QStringDecoder decoder(QStringConverter::Utf8);
    const QString text = decoder(bytes.startsWith(bom) ? bytes.mid(bom.size()) : bytes);
    if (decoder.hasError()) {
        // The line of the first bad byte (no UTF-8 sequence holds a line feed byte).
        const QList<QByteArray> lines = (bytes.startsWith(bom) ? bytes.mid(bom.size()) : bytes).split('\n');
        int line = 1;
        for (const QByteArray &bad : lines) {
            QStringDecoder probe(QStringConverter::Utf8);
            [[maybe_unused]] const QString decoded = probe(bad);
            if (probe.hasError())
                break;
            ++line;
        }
        return csvError(QStringLiteral("line %1: not UTF-8 text (save the file as CSV UTF-8)").arg(line));
    }

    QList<CsvRecord> records;
    QStringList fields;
    QString field;
    int line = 1;
    int recordLine = 1;
    int quoteLine = 1;
    bool quoted = false; // inside a quoted field
    bool afterQuote = false; // a quoted field just closed: only a comma or a line end may follow
    auto endRecord = [&] {
        fields << field;
        field.clear();
        if (!isBlank(fields))
            records.append(CsvRecord {fields, recordLine});
        fields.clear();
        afterQuote = false;
    };
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < size && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                    afterQuote = true;
                }
                continue;
            }
            if (c == u'\n' || (c == u'\r' && !(i + 1 < size && text.at(i + 1) == u'\n')))
                ++line;
            field += c;
            continue;
        }
        if (c == u',') {
            fields << field;
            field.clear();
            afterQuote = false;
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < size && text.at(i + 1) == u'\n')
                ++i;
            endRecord();
            ++line;
            recordLine = line;
        } else if (afterQuote) {
            return csvError(QStringLiteral("line %1: text after the closing quote of field %2 (a quote inside a "
                                           "quoted field is written twice: \"\")")
                                .arg(line)
                                .arg(fields.size() + 1));
        } else if (c == u'"' && field.isEmpty()) {
            quoted = true;
            quoteLine = line;
        } else {
            field += c;
        }
    }
    if (quoted) {
        return csvError(
            QStringLiteral("line %1: the quoted field %2 is not closed").arg(quoteLine).arg(fields.size() + 1));
    }
    // The last record needs no line end.
    if (!field.isEmpty() || !fields.isEmpty() || afterQuote)
        endRecord();
    return records;
}

} // namespace ir
