// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparisoncsv.h"

#include "csvexporter.h"
#include "exportio.h"

#include <algorithm>

namespace ir {
namespace {

QString figure(std::optional<double> value)
{
    return value ? QString::number(*value, 'f', 1) : QString();
}

} // namespace

QList<QuestionType> ComparisonCsv::types(const QList<ComparisonRow> &rows)
{
    QList<QuestionType> out;
    for (const QuestionType type : allValues<QuestionType>()) {
        if (std::any_of(rows.cbegin(), rows.cend(),
                        [type](const ComparisonRow &r) { return r.averageByType.contains(type); }))
            out.append(type);
    }
    return out;
}

QStringList ComparisonCsv::competencyKeys(const QList<ComparisonRow> &rows)
{
    QStringList keys;
    for (const ComparisonRow &row : rows) {
        for (auto it = row.competencies.cbegin(); it != row.competencies.cend(); ++it) {
            if (!keys.contains(it.key()))
                keys.append(it.key());
        }
    }
    keys.sort();
    return keys;
}

QStringList ComparisonCsv::header(const QList<ComparisonRow> &rows)
{
    QStringList out {QStringLiteral("user_id"), QStringLiteral("display_name"), QStringLiteral("position"),
                     QStringLiteral("sessions"), QStringLiteral("average_score")};
    for (const QuestionType type : types(rows))
        out.append(QStringLiteral("avg_") + toWire(type));
    for (const QString &key : competencyKeys(rows))
        out.append(QStringLiteral("competency_") + key);
    out.append(QStringLiteral("latest_recommendation"));
    return out;
}

QList<QStringList> ComparisonCsv::records(const QList<ComparisonRow> &rows)
{
    const QList<QuestionType> columnsTypes = types(rows);
    const QStringList keys = competencyKeys(rows);
    QList<QStringList> out;
    for (const ComparisonRow &row : rows) {
        const Candidate &c = row.candidate;
        QStringList fields {c.userId, c.displayName, c.position, QString::number(c.sessions), figure(c.averageScore)};
        for (const QuestionType type : columnsTypes)
            fields.append(row.averageByType.contains(type) ? figure(row.averageByType.value(type)) : QString());
        for (const QString &key : keys)
            fields.append(row.competencies.contains(key) ? figure(row.competencies.value(key)) : QString());
        fields.append(toWire(c.latestRecommendation));
        out.append(fields);
    }
    return out;
}

QByteArray ComparisonCsv::bytes(const QList<ComparisonRow> &rows, const ExportOptions &options)
{
    QByteArray out = options.csvByteOrderMark ? CsvExporter::byteOrderMark() : QByteArray();
    out += CsvExporter::line(header(rows));
    for (const QStringList &fields : records(rows))
        out += CsvExporter::line(fields);
    return out;
}

Status ComparisonCsv::write(QIODevice &device, const QList<ComparisonRow> &rows, const ExportOptions &options)
{
    return ExportIo::write(device, bytes(rows, options));
}

} // namespace ir
