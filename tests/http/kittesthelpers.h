// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httpclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>
#include <QTest>

// Shared by the HTTP tests of the question bank, kits and scorecards (issue 12).
namespace ir::test::kits {

inline QByteArray body(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// A JSON value as compact text ("3", "null", "\"x\"", "[1,2]").
inline QString compact(const QJsonValue &value)
{
    const QByteArray array = QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.mid(1, array.size() - 2));
}

// POSTs a body and returns the string at idPath of the reply, or "" when it was not a 200.
inline QString createId(HttpClient &client, const QString &path, const QByteArray &json, const QString &idPath)
{
    const HttpResult result = client.post(path, json);
    if (result.status != 200) {
        qWarning("POST %s: %d %s", qPrintable(path), result.status, result.body.constData());
        return {};
    }
    return jsonAt(result.json, idPath).toString();
}

inline QString createBankQuestion(HttpClient &client, const QJsonObject &question)
{
    return createId(client, QStringLiteral("/question-bank"), body(question), QStringLiteral("data.bank_question_id"));
}

inline QJsonObject rubric(const QString &stem)
{
    QJsonObject levels;
    for (int level = 1; level <= 4; ++level)
        levels.insert(QString::number(level), QString(stem + QString::number(level)));
    return levels;
}

inline QJsonObject competency(const QString &key, const QString &name, double weight)
{
    return {{QStringLiteral("key"), key},
            {QStringLiteral("name"), name},
            {QStringLiteral("description"), QString(name + QStringLiteral("：说明"))},
            {QStringLiteral("weight"), weight},
            {QStringLiteral("rubric"), rubric(key + QStringLiteral(" level "))}};
}

inline QString createKit(HttpClient &client, const QJsonObject &kit)
{
    return createId(client, QStringLiteral("/kits"), body(kit), QStringLiteral("data.kit_id"));
}

// POST /sessions planned from a kit (no kit when kitId is empty).
inline QString createSession(HttpClient &client, const QString &kitId, const QString &interviewer = {},
                             const QString &userId = QStringLiteral("user_001"))
{
    QJsonObject draft {{QStringLiteral("user_id"), userId}};
    if (!kitId.isEmpty())
        draft.insert(QStringLiteral("kit_id"), kitId);
    if (!interviewer.isEmpty())
        draft.insert(QStringLiteral("interviewer"), interviewer);
    return createId(client, QStringLiteral("/sessions"), body(draft), QStringLiteral("data.session_id"));
}

// Every string of a JSON array at path, in order (e.g. the keys of data.competency_ratings).
inline QStringList strings(const QJsonObject &object, const QString &arrayPath, const QString &field = {})
{
    QStringList values;
    for (const QJsonValue &item : jsonAt(object, arrayPath).toArray())
        values << (field.isEmpty() ? item.toString() : item.toObject().value(field).toString());
    return values;
}

inline const QString UNKNOWN_BANK_QUESTION = QStringLiteral("bq_000000000000");
inline const QString UNKNOWN_KIT = QStringLiteral("kit_000000000000");
inline const QString UNKNOWN_SESSION = QStringLiteral("session_20250905_133219_00000000");
// The texts and types of the three planned questions of seedPlan().
inline const QStringList PLANNED {QStringLiteral("第一题：请介绍一下你自己。"),
                                  QStringLiteral("Second: explain TCP's handshake."),
                                  QStringLiteral("第三题：设计一个缓存")};
inline const QStringList PLANNED_TYPES {QStringLiteral("behavioral"), QStringLiteral("technical"),
                                        QStringLiteral("project_based")};

// Three bank questions (category 类别N, expected answer 要点N), a kit planning them in order
// with three competencies (coding weight 2, communication and design 1) that sets the session type
// company_position, difficulty hard and 45 minutes, and a session of user_001 from it
// conducted by 王老师.
struct Plan
{
    QStringList bank;
    QString kitId;
    QString sessionId;

    bool isValid() const { return bank.size() == PLANNED.size() && !bank.contains(QString()) && !sessionId.isEmpty(); }
    // Replaces {bq1}…{bq3}, {kit} and {sid}.
    QString substitute(QString text) const
    {
        for (int i = 0; i < bank.size(); ++i)
            text.replace(QStringLiteral("{bq%1}").arg(i + 1), bank.at(i));
        return text.replace(QStringLiteral("{kit}"), kitId).replace(QStringLiteral("{sid}"), sessionId);
    }
    QByteArray substitute(const QByteArray &text) const { return substitute(QString::fromUtf8(text)).toUtf8(); }
};

inline Plan seedPlan(HttpClient &client)
{
    Plan plan;
    for (int i = 0; i < PLANNED.size(); ++i) {
        plan.bank << createBankQuestion(client,
                                        {{QStringLiteral("question_text"), PLANNED.at(i)},
                                         {QStringLiteral("question_type"), PLANNED_TYPES.at(i)},
                                         {QStringLiteral("question_category"), QStringLiteral("类别%1").arg(i + 1)},
                                         {QStringLiteral("expected_answer"), QStringLiteral("要点%1").arg(i + 1)}});
    }
    plan.kitId = createKit(client,
                           {{QStringLiteral("name"), QStringLiteral("后端工程师 · 一面")},
                            {QStringLiteral("position"), QStringLiteral("后端工程师")},
                            {QStringLiteral("session_type"), QStringLiteral("company_position")},
                            {QStringLiteral("difficulty_level"), QStringLiteral("hard")},
                            {QStringLiteral("estimated_duration"), 45},
                            {QStringLiteral("competencies"),
                             QJsonArray {competency(QStringLiteral("coding"), QStringLiteral("编码"), 2),
                                         competency(QStringLiteral("communication"), QStringLiteral("沟通"), 1),
                                         competency(QStringLiteral("design"), QStringLiteral("设计"), 1)}},
                            {QStringLiteral("bank_question_ids"), QJsonArray::fromStringList(plan.bank)}});
    if (!plan.kitId.isEmpty())
        plan.sessionId = createSession(client, plan.kitId, QStringLiteral("王老师"));
    return plan;
}

inline void verifyExpectations(const QJsonObject &json, const QList<QPair<QString, QString>> &expectations)
{
    for (const auto &[path, expected] : expectations) {
        const QString actual = compact(jsonAt(json, path));
        QVERIFY2(actual == expected,
                 qPrintable(path + QStringLiteral(": ") + actual + QStringLiteral(" != ") + expected));
    }
}

} // namespace ir::test::kits
