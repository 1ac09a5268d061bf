// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "candidate.h"
#include "exportoptions.h"
#include "result.h"

#include <QIODevice>
#include <QStringList>

namespace ir {

// A comparison of candidates (InterviewService::compare) as CSV, CsvExporter's conventions: RFC
// 4180, CRLF, UTF-8 with a BOM unless the options say no, wire names as column names. One row
// per candidate: user_id, display_name, position, sessions, average_score, then avg_<type> for
// each question type any of them has scores of (the enum's order), competency_<key> for each
// competency key any of them was rated on (sorted), and latest_recommendation. Figures have one
// decimal and a '.' point; a figure a person lacks is empty.
class ComparisonCsv final
{
public:
    // The question types and competency keys that get columns (those of any row).
    static QList<QuestionType> types(const QList<ComparisonRow> &rows);
    static QStringList competencyKeys(const QList<ComparisonRow> &rows);
    static QStringList header(const QList<ComparisonRow> &rows);
    static QList<QStringList> records(const QList<ComparisonRow> &rows);
    static QByteArray bytes(const QList<ComparisonRow> &rows, const ExportOptions &options = {});
    static Status write(QIODevice &device, const QList<ComparisonRow> &rows, const ExportOptions &options = {});
};

} // namespace ir
