// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "writeledger.h"

#include "faultsupport.h"

#include <QJsonArray>

namespace fault {

void WriteLedger::acknowledgeSession(const QString &sessionId)
{
    if (!m_sessions.contains(sessionId))
        m_sessions << sessionId;
    ++m_acknowledged;
}

void WriteLedger::acknowledgeQuestion(const QString &sessionId, const QString &questionId, const QString &questionText)
{
    m_questions[sessionId].append({questionId, questionText});
    ++m_acknowledged;
}

void WriteLedger::refuseSession(const QString &userId)
{
    m_refusedUsers << userId;
    ++m_refused;
}

void WriteLedger::refuseQuestion(const QString &sessionId, const QString &questionText)
{
    m_refusedQuestions[sessionId].insert(questionText);
    ++m_refused;
}

QStringList WriteLedger::verify(quint16 port) const
{
    QStringList problems;
    for (const QString &sessionId : m_sessions) {
        const HttpResponse reply = get(port, QStringLiteral("/sessions/") + sessionId);
        if (reply.status != 200) {
            problems
                << QStringLiteral("acknowledged session %1: %2").arg(sessionId, QString::fromUtf8(reply.describe()));
            continue;
        }
        const QJsonArray questions
            = reply.json().value(QStringLiteral("data")).toObject().value(QStringLiteral("questions")).toArray();
        QHash<QString, QString> stored; // question_id → text
        QSet<QString> texts;
        for (qsizetype i = 0; i < questions.size(); ++i) {
            const QJsonObject question = questions.at(i).toObject();
            const QString id = question.value(QStringLiteral("question_id")).toString();
            const QString text = question.value(QStringLiteral("question_text")).toString();
            if (id != questionId(sessionId, int(i + 1))
                || question.value(QStringLiteral("question_number")).toInt() != int(i + 1))
                problems << QStringLiteral("%1: question %2 of %3 is %4 (number %5): numbering not 1..N")
                                .arg(sessionId)
                                .arg(i + 1)
                                .arg(questions.size())
                                .arg(id)
                                .arg(question.value(QStringLiteral("question_number")).toInt());
            if (texts.contains(text))
                problems << QStringLiteral("%1: \"%2\" stored twice").arg(sessionId, text);
            texts.insert(text);
            stored.insert(id, text);
            if (m_refusedQuestions.value(sessionId).contains(text))
                problems << QStringLiteral("%1: refused question \"%2\" is stored as %3").arg(sessionId, text, id);
        }
        for (const Question &question : m_questions.value(sessionId)) {
            if (!stored.contains(question.questionId))
                problems << QStringLiteral("%1: acknowledged %2 (\"%3\") is lost")
                                .arg(sessionId, question.questionId, question.text);
            else if (stored.value(question.questionId) != question.text)
                problems << QStringLiteral("%1: acknowledged %2 holds \"%3\", not \"%4\"")
                                .arg(sessionId, question.questionId, stored.value(question.questionId), question.text);
        }
    }
    for (const QString &userId : m_refusedUsers) {
        const HttpResponse reply = get(port, QStringLiteral("/dify/interview/%1/latest").arg(userId));
        if (reply.status != 200 || !reply.json().value(QStringLiteral("latest_session")).isNull())
            problems << QStringLiteral("refused create for %1: %2").arg(userId, QString::fromUtf8(reply.describe()));
    }
    return problems;
}

} // namespace fault
