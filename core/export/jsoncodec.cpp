// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsoncodec.h"

#include "bankcodec.h"
#include "sessionreport.h"

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

QJsonObject JsonCodec::sessionToJson(const SessionReport &report)
{
    QJsonObject session = sessionToJson(report.session, report.summary);
    QJsonArray plan;
    for (const PlannedQuestion &planned : report.plan)
        plan.append(plannedQuestionToJson(planned));
    session.insert(QStringLiteral("plan"), plan);
    session.insert(QStringLiteral("scorecard"), scorecardToJson(report.scorecard));
    return session;
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
        {QStringLiteral("interviewer"), s.interviewer},
        {QStringLiteral("kit_id"), s.kitId},
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

QJsonObject JsonCodec::competencyToJson(const Competency &c)
{
    QJsonObject rubric;
    for (int level = 1; level <= RUBRIC_LEVELS; ++level)
        rubric.insert(QString::number(level), c.rubric.at(size_t(level - 1)));
    return QJsonObject {
        {QStringLiteral("key"), c.key},
        {QStringLiteral("name"), c.name},
        {QStringLiteral("description"), c.description},
        {QStringLiteral("weight"), c.weight},
        {QStringLiteral("rubric"), rubric},
    };
}

QJsonObject JsonCodec::kitToJson(const Kit &kit)
{
    QJsonArray competencies;
    for (const Competency &c : kit.competencies)
        competencies.append(competencyToJson(c));
    return QJsonObject {
        {QStringLiteral("kit_id"), kit.kitId},
        {QStringLiteral("name"), kit.name},
        {QStringLiteral("position"), kit.position},
        {QStringLiteral("session_type"), toWire(kit.sessionType)},
        {QStringLiteral("difficulty_level"), toWire(kit.difficultyLevel)},
        {QStringLiteral("estimated_duration"), kit.estimatedDuration},
        {QStringLiteral("competencies"), competencies},
        {QStringLiteral("bank_question_ids"), QJsonArray::fromStringList(kit.bankQuestionIds)},
        {QStringLiteral("created_at"), timeToJson(kit.createdAt)},
        {QStringLiteral("updated_at"), timeToJson(kit.updatedAt)},
    };
}

QJsonObject JsonCodec::scorecardToJson(const Scorecard &card)
{
    QJsonArray ratings;
    for (const CompetencyRating &r : card.ratings) {
        QJsonObject rating = competencyToJson(r.competency);
        rating.insert(QStringLiteral("rating"), r.rating ? QJsonValue(*r.rating) : QJsonValue(QJsonValue::Null));
        rating.insert(QStringLiteral("note"), r.note);
        ratings.append(rating);
    }
    return QJsonObject {
        {QStringLiteral("session_id"), card.sessionId},
        {QStringLiteral("interviewer"), card.interviewer},
        {QStringLiteral("competency_ratings"), ratings},
        {QStringLiteral("recommendation"), toWire(card.recommendation)},
        {QStringLiteral("strengths"), card.strengths},
        {QStringLiteral("concerns"), card.concerns},
        {QStringLiteral("weighted_rating"), optionalNumber(card.weightedRating())},
        {QStringLiteral("submitted"), card.submitted()},
        {QStringLiteral("submitted_at"), optionalTime(card.submittedAt)},
        {QStringLiteral("updated_at"), card.updatedAt > 0 ? QJsonValue(timeToJson(card.updatedAt)) : QJsonValue()},
    };
}

QJsonObject JsonCodec::plannedQuestionToJson(const PlannedQuestion &q)
{
    return QJsonObject {
        {QStringLiteral("position"), q.position},
        {QStringLiteral("bank_question_id"), q.bankQuestionId},
        {QStringLiteral("question_text"), q.questionText},
        {QStringLiteral("question_type"), toWire(q.questionType)},
        {QStringLiteral("question_category"), q.questionCategory},
        {QStringLiteral("expected_answer"), q.expectedAnswer},
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

QByteArray JsonCodec::head(qint64 exportedAtMs, const QList<BankQuestion> *bank, const QList<Kit> *kits)
{
    QByteArray library;
    // An array field at the top level, its items indented as the sessions are.
    const auto field = [&library](const char *name, const QJsonArray &items) {
        QByteArray indented = QJsonDocument(items).toJson(QJsonDocument::Indented).trimmed();
        indented.replace("\n", "\n    ");
        library += QByteArrayLiteral(",\n    \"") + name + QByteArrayLiteral("\": ") + indented;
    };
    if (bank) {
        QJsonArray items;
        for (const BankQuestion &q : *bank)
            items.append(BankCodec::questionToJson(q));
        field("bank_questions", items);
    }
    if (kits) {
        QJsonArray items;
        for (const Kit &kit : *kits)
            items.append(kitToJson(kit));
        field("kits", items);
    }
    return QByteArrayLiteral("{\n    \"format\": ") + quoted(formatName())
        + QByteArrayLiteral(",\n    \"format_version\": ") + QByteArray::number(FORMAT_VERSION)
        + QByteArrayLiteral(",\n    \"app_version\": ") + quoted(QStringLiteral(IR_VERSION))
        + QByteArrayLiteral(",\n    \"exported_at\": ") + quoted(timeToJson(exportedAtMs)) + library
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

QJsonObject JsonCodec::personDocument(const Candidate &c, const QList<SessionReport> &sessions, qint64 exportedAtMs)
{
    QJsonArray items;
    for (const SessionReport &report : sessions)
        items.append(sessionToJson(report));
    const QJsonObject profile {
        {QStringLiteral("user_id"), c.userId},
        {QStringLiteral("display_name"), c.displayName},
        {QStringLiteral("email"), c.email},
        {QStringLiteral("position"), c.position},
        {QStringLiteral("notes"), c.notes},
        {QStringLiteral("created_at"), timeToJson(c.createdAt)},
        {QStringLiteral("updated_at"), timeToJson(c.updatedAt)},
    };
    return QJsonObject {
        {QStringLiteral("format"), formatName()},
        {QStringLiteral("format_version"), FORMAT_VERSION},
        {QStringLiteral("app_version"), QStringLiteral(IR_VERSION)},
        {QStringLiteral("exported_at"), timeToJson(exportedAtMs)},
        {QStringLiteral("profile"), profile},
        {QStringLiteral("sessions"), items},
    };
}

} // namespace ir
