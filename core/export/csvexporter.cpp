// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvexporter.h"

#include "exportio.h"

#include <algorithm>

#include <QDateTime>
#include <QLocale>

namespace ir {
namespace {

QString timeText(std::optional<qint64> epochMs)
{
    return epochMs ? QDateTime::fromMSecsSinceEpoch(*epochMs).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                   : QString();
}

QString numberText(std::optional<double> value)
{
    return value ? QString::number(*value, 'g', QLocale::FloatingPointShortest) : QString();
}

} // namespace

QStringList CsvExporter::header(const QStringList &competencyKeys)
{
    QStringList columns {
        QStringLiteral("session_id"),
        QStringLiteral("user_id"),
        QStringLiteral("session_name"),
        QStringLiteral("session_type"),
        QStringLiteral("difficulty_level"),
        QStringLiteral("status"),
        QStringLiteral("estimated_duration"),
        QStringLiteral("recommendation"),
        QStringLiteral("session_created_at"),
        QStringLiteral("start_time"),
        QStringLiteral("end_time"),
        QStringLiteral("duration"),
        QStringLiteral("total_questions"),
        QStringLiteral("completed_questions"),
        QStringLiteral("average_score"),
        QStringLiteral("question_id"),
        QStringLiteral("position"),
        QStringLiteral("question_text"),
        QStringLiteral("question_type"),
        QStringLiteral("question_category"),
        QStringLiteral("candidate_answer"),
        QStringLiteral("interviewer_feedback"),
        QStringLiteral("overall_score"),
        QStringLiteral("question_created_at"),
        QStringLiteral("source"),
        QStringLiteral("reviewed"),
        QStringLiteral("notes"),
        QStringLiteral("interviewer"),
        QStringLiteral("kit_id"),
        QStringLiteral("weighted_rating"),
        QStringLiteral("scorecard_submitted_at"),
        QStringLiteral("strengths"),
        QStringLiteral("concerns"),
    };
    for (const QString &key : competencyKeys)
        columns << QStringLiteral("rating_") + key << QStringLiteral("note_") + key;
    return columns;
}

QStringList CsvExporter::competencyKeys(const Scorecard &scorecard)
{
    QStringList keys;
    for (const CompetencyRating &rating : scorecard.ratings)
        keys << rating.competency.key;
    return keys;
}

QList<QStringList> CsvExporter::rows(const SessionReport &report)
{
    return rows(report, competencyKeys(report.scorecard));
}

QList<QStringList> CsvExporter::rows(const SessionReport &report, const QStringList &competencyKeys)
{
    const Session &s = report.session;
    const Summary &summary = report.summary;
    const QStringList sessionColumns {
        s.sessionId,
        s.userId,
        s.sessionName,
        toWire(s.sessionType),
        toWire(s.difficultyLevel),
        toWire(s.status),
        QString::number(s.estimatedDuration),
        toWire(s.recommendation),
        timeText(s.createdAt),
        timeText(s.startTime),
        timeText(s.endTime),
        numberText(summary.durationMinutes),
        QString::number(summary.totalQuestions),
        QString::number(summary.completedQuestions),
        numberText(summary.averageScore),
    };
    // Added after the first release's columns, so that readers by position keep working.
    const Scorecard &card = report.scorecard;
    QStringList trailingSessionColumns {
        s.notes,        s.interviewer, s.kitId, numberText(card.weightedRating()), timeText(card.submittedAt),
        card.strengths, card.concerns};
    for (const QString &key : competencyKeys) {
        const auto rating = std::find_if(card.ratings.cbegin(), card.ratings.cend(),
                                         [&](const CompetencyRating &r) { return r.competency.key == key; });
        const bool rated = rating != card.ratings.cend() && rating->rating;
        trailingSessionColumns << (rated ? QString::number(*rating->rating) : QString())
                               << (rating != card.ratings.cend() ? rating->note : QString());
    }
    QList<QStringList> result;
    for (const QuestionRecord &q : summary.questions) {
        result.append(sessionColumns
                      + QStringList {q.questionId, QString::number(q.position), q.questionText, toWire(q.questionType),
                                     q.questionCategory, q.candidateAnswer, q.interviewerFeedback,
                                     numberText(q.overallScore), timeText(q.createdAt), toWire(q.source),
                                     q.reviewed ? QStringLiteral("true") : QStringLiteral("false")}
                      + trailingSessionColumns);
    }
    if (result.isEmpty()) {
        const qsizetype questionColumns
            = header(competencyKeys).size() - sessionColumns.size() - trailingSessionColumns.size();
        result.append(sessionColumns + QStringList(questionColumns) + trailingSessionColumns);
    }
    return result;
}

QString CsvExporter::quote(const QString &field)
{
    const bool needsQuotes
        = field.contains(u',') || field.contains(u'"') || field.contains(u'\n') || field.contains(u'\r');
    if (!needsQuotes)
        return field;
    QString doubled = field;
    doubled.replace(u'"', QStringLiteral("\"\""));
    return u'"' + doubled + u'"';
}

QByteArray CsvExporter::line(const QStringList &fields)
{
    QString text;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            text += u',';
        text += quote(fields.at(i));
    }
    text += QStringLiteral("\r\n");
    return text.toUtf8();
}

QByteArray CsvExporter::byteOrderMark()
{
    return QByteArrayLiteral("\xEF\xBB\xBF");
}

Status CsvExporter::writeHeader(QIODevice &device, const ExportOptions &options, const QStringList &competencyKeys)
{
    QByteArray bytes = options.csvByteOrderMark ? byteOrderMark() : QByteArray();
    bytes += line(header(competencyKeys));
    return ExportIo::write(device, bytes);
}

Status CsvExporter::writeRows(QIODevice &device, const SessionReport &report, const QStringList &competencyKeys)
{
    QByteArray bytes;
    for (const QStringList &fields : rows(report, competencyKeys))
        bytes += line(fields);
    return ExportIo::write(device, bytes);
}

Status CsvExporter::write(QIODevice &device, const SessionReport &report, const ExportOptions &options)
{
    const QStringList keys = competencyKeys(report.scorecard);
    if (const Status header = writeHeader(device, options, keys); !header)
        return header;
    return writeRows(device, report, keys);
}

} // namespace ir
