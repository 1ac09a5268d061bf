// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exportformat.h"
#include "exportoptions.h"
#include "kit.h"
#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace ir {

// The question bank as files, both ways (issue 12). Reading returns drafts for
// InterviewService::importBankQuestions; nothing is written here.
//
// CSV (RFC 4180, CsvExporter's writer, UTF-8 with a BOM unless options say no): a header line
// with csvHeader()'s columns, then one question a line. Enums are wire names (technical,
// medium, …), tags are joined by "; " (so a tag holding ";" comes back as two), times are UTC
// ISO 8601 as in the JSON export. Read back: the BOM is optional, columns may come in any order,
// question_text and question_type are required, the others optional (difficulty_level then
// medium), empty header cells are ignored, an unknown column is an error.
//
// JSON: {"format": "interview-recorder-question-bank", "format_version": 1, "app_version",
// "exported_at", "bank_questions": [the API's bank question objects]}. Read back: that object
// (format and version, when present, must match) or a bare array of bank question objects.
//
// A bad file is a VALIDATION_ERROR with every problem (the first ten) in its details, named by
// place: "row 4 (line 6), question_type: must be one of: …" for CSV (rows as a spreadsheet
// counts them, the header being row 1; lines of the text, which differ once a field holds a
// line break), "bank_questions[2].tags: …" for JSON.
class BankCodec final
{
    Q_DECLARE_TR_FUNCTIONS(ir::BankCodec)

public:
    static constexpr int FORMAT_VERSION = 1;
    static QString formatName();
    static QStringList csvHeader();
    static QString tagSeparator();

    static QByteArray toCsv(const QList<BankQuestion> &questions, const ExportOptions &options = {});
    static QByteArray toJson(const QList<BankQuestion> &questions, const ExportOptions &options = {});
    // The API's bank question object.
    static QJsonObject questionToJson(const BankQuestion &question);

    static Result<QList<BankQuestion>> fromCsv(const QByteArray &bytes);
    static Result<QList<BankQuestion>> fromJson(const QByteArray &bytes);
    // Either format, told apart by the content: JSON starts with { or [ (after a BOM and white
    // space), anything else is read as CSV.
    static Result<QList<BankQuestion>> parse(const QByteArray &bytes);

    // csv or json into path, atomically (ExportIo::writeFile).
    static Status writeFile(const QString &path, const QList<BankQuestion> &questions, ExportFormat format,
                            const ExportOptions &options = {});
    static Result<QList<BankQuestion>> readFile(const QString &path);
};

} // namespace ir
