// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace fault {

// What the server acknowledged (200) and what it refused, so that a test can check after a fault
// and a restart that every acknowledged write is there and no refused one is.
class WriteLedger final
{
public:
    void acknowledgeSession(const QString &sessionId);
    void acknowledgeQuestion(const QString &sessionId, const QString &questionId, const QString &questionText);
    void refuseSession(const QString &userId);
    void refuseQuestion(const QString &sessionId, const QString &questionText);

    qsizetype acknowledgedWrites() const { return m_acknowledged; }
    qsizetype refusedWrites() const { return m_refused; }
    const QStringList &sessions() const { return m_sessions; }

    // Reads every session back through the API and lists what is wrong: a lost session or
    // question, a refused one that is there, numbering that is not 1..N. Empty when all is well.
    QStringList verify(quint16 port) const;

private:
    struct Question
    {
        QString questionId;
        QString text;
    };
    QStringList m_sessions;
    QHash<QString, QList<Question>> m_questions;
    QStringList m_refusedUsers;
    QHash<QString, QSet<QString>> m_refusedQuestions;
    qsizetype m_acknowledged = 0;
    qsizetype m_refused = 0;
};

} // namespace fault
