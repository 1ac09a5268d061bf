// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httpclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

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

} // namespace ir::test::kits
