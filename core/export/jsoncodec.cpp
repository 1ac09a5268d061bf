// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsoncodec.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace ir {
namespace {

QJsonValue optionalTime(std::optional<qint64> epochMs)
{
    return epochMs ? QJsonValue(JsonCodec::timeToJson(*epochMs)) : QJsonValue(QJsonValue::Null);
}

QJsonValue optionalNumber(std::optional<double> value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QByteArray quoted(const QString &text)
{
    // A JSON string literal, escaped by Qt's own writer.
    const QByteArray array = QJsonDocument(QJsonArray {text}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

} // namespace

QString JsonCodec::formatName()
{
    return QStringLiteral("interview-recorder-export");
}

QJsonObject JsonCodec::sessionToJson(const Session &s, const Summary &summary)
{
    QJsonArray questions;
    for (const QuestionRecord &question : summary.questions)
        questions.append(questionToJson(question));
    return QJsonObject {
        {QStringLiteral("session_id"), s.sessionId},
        {QStringLiteral("user_id"), s.userId},
        {QStringLiteral("session_name"), s.sessionName},
        {QStringLiteral("session_type"), toWire(s.sessionType)},
        {QStringLiteral("difficulty_level"), toWire(s.difficultyLevel)},
        {QStringLiteral("status"), toWire(s.status)},
        {QStringLiteral("estimated_duration"), s.estimatedDuration},
        {QStringLiteral("recommendation"), toWire(s.recommendation)},
        {QStringLiteral("notes"), s.notes},
        {QStringLiteral("metadata"), s.metadata},
        {QStringLiteral("created_at"), timeToJson(s.createdAt)},
        {QStringLiteral("updated_at"), timeToJson(s.updatedAt)},
        {QStringLiteral("start_time"), optionalTime(s.startTime)},
        {QStringLiteral("end_time"), optionalTime(s.endTime)},
        {QStringLiteral("source"), toWire(s.source)},
        {QStringLiteral("updated_by"), toWire(s.updatedBy)},
        {QStringLiteral("total_questions"), summary.totalQuestions},
        {QStringLiteral("completed_questions"), summary.completedQuestions},
        {QStringLiteral("average_score"), optionalNumber(summary.averageScore)},
        {QStringLiteral("duration"), optionalNumber(summary.durationMinutes)},
        {QStringLiteral("questions"), questions},
    };
}

QJsonObject JsonCodec::questionToJson(const QuestionRecord &q)
{
    return QJsonObject {
        {QStringLiteral("question_id"), q.questionId},
        {QStringLiteral("session_id"), q.sessionId},
        {QStringLiteral("position"), q.position},
        {QStringLiteral("question_text"), q.questionText},
        {QStringLiteral("question_type"), toWire(q.questionType)},
        {QStringLiteral("question_category"), q.questionCategory},
        {QStringLiteral("candidate_answer"), q.candidateAnswer},
        {QStringLiteral("interviewer_feedback"), q.interviewerFeedback},
        {QStringLiteral("overall_score"), optionalNumber(q.overallScore)},
        {QStringLiteral("created_at"), timeToJson(q.createdAt)},
        {QStringLiteral("updated_at"), timeToJson(q.updatedAt)},
        {QStringLiteral("source"), toWire(q.source)},
        {QStringLiteral("updated_by"), toWire(q.updatedBy)},
        {QStringLiteral("reviewed"), q.reviewed},
    };
}

QString JsonCodec::timeToJson(qint64 epochMs)
{
    return QDateTime::fromMSecsSinceEpoch(epochMs, Qt::UTC).toString(Qt::ISODateWithMs);
}

std::optional<qint64> JsonCodec::timeFromJson(const QString &text)
{
    // Only the exact shape this codec writes (or an explicit offset): a time without a zone
    // would silently depend on the importing machine.
    if (text.size() < 20
        || !(text.endsWith(u'Z') || text.at(text.size() - 6) == u'+' || text.at(text.size() - 6) == u'-'))
        return std::nullopt;
    const QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!parsed.isValid())
        return std::nullopt;
    return parsed.toMSecsSinceEpoch();
}

QByteArray JsonCodec::head(qint64 exportedAtMs)
{
    return QByteArrayLiteral("{\n    \"format\": ") + quoted(formatName())
        + QByteArrayLiteral(",\n    \"format_version\": ") + QByteArray::number(FORMAT_VERSION)
        + QByteArrayLiteral(",\n    \"app_version\": ") + quoted(QStringLiteral(IR_VERSION))
        + QByteArrayLiteral(",\n    \"exported_at\": ") + quoted(timeToJson(exportedAtMs))
        + QByteArrayLiteral(",\n    \"sessions\": [");
}

QByteArray JsonCodec::sessionEntry(const QJsonObject &session, bool first)
{
    QByteArray indented = QJsonDocument(session).toJson(QJsonDocument::Indented);
    if (indented.endsWith('\n'))
        indented.chop(1);
    indented.replace("\n", "\n        ");
    return (first ? QByteArrayLiteral("\n        ") : QByteArrayLiteral(",\n        ")) + indented;
}

QByteArray JsonCodec::tail(bool empty)
{
    return empty ? QByteArrayLiteral("]\n}\n") : QByteArrayLiteral("\n    ]\n}\n");
}

} // namespace ir
