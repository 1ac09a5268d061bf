// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace ir {

// One record of a CSV file and the (1-based) text line it starts on: a quoted field with line
// breaks makes a record span lines, so error messages name both.
struct CsvRecord
{
    QStringList fields;
    int line = 0;
};

// The one CSV reader (RFC 4180), the counterpart of CsvExporter's writer: UTF-8 with or without
// a byte order mark; CRLF, LF or CR line ends; fields quoted with doubled quotes inside, which may
// hold commas and line breaks. Lenient where spreadsheets are (a quote inside an unquoted field is
// kept as text, blank lines are skipped); an unclosed quote, text after a closing quote or bytes
// that are not UTF-8 are a VALIDATION_ERROR naming the line.
class CsvReader final
{
    Q_DECLARE_TR_FUNCTIONS(ir::CsvReader)

public:
    static Result<QList<CsvRecord>> parse(const QByteArray &bytes);
};

} // namespace ir
