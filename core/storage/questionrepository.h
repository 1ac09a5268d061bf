// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "queries.h"
#include "questionrecord.h"
#include "result.h"

#include <QSqlDatabase>

#include <optional>

namespace ir {

// SQL for the questions table. Callers own transactions.
class QuestionRepository final
{
public:
    explicit QuestionRepository(QSqlDatabase db);

    Status insert(const QuestionRecord &record);
    Result<std::optional<QuestionRecord>> find(const QString &questionId);
    Result<QList<QuestionRecord>> listBySession(const QString &sessionId);

    // What adding a question needs to know of its session, in one statement: the status, the
    // question count kept on the session row, the highest position (from the index's end) and
    // the first question (by position) with the same trimmed text (questions_session_text).
    struct AddTarget
    {
        SessionStatus status = SessionStatus::Pending;
        int count = 0;
        int maxPosition = 0; // 0 for an empty session
        std::optional<QuestionRecord> sameText;
    };
    // nullopt: no such session. Locks the session row first (SessionRepository::lockSession).
    Result<std::optional<AddTarget>> addTarget(const QString &sessionId, const QString &text);
    // The first question (by position) of a session whose text, trimmed as QString::trimmed()
    // trims, equals text trimmed; skipping exceptId. One index lookup (questions_session_text).
    Result<std::optional<QuestionRecord>> findSameText(const QString &sessionId, const QString &text,
                                                       const QString &exceptId = {});
    // The few columns a summary shows (id, position, text, type, score; the rest left empty) and
    // whether each question counts as completed, in position order.
    struct Brief
    {
        QuestionRecord record;
        bool completed = false;
    };
    Result<QList<Brief>> listBriefBySession(const QString &sessionId);
    // The next free position in a session (1 for an empty one). Race-free inside BEGIN IMMEDIATE.
    Result<int> nextPosition(const QString &sessionId);
    Result<int> count(const QString &sessionId);
    Status update(const QuestionRecord &record);
    // Keeps the score the API posted for a question the first time someone else changes it
    // (calibration compares them); a later change keeps the first.
    Status keepPostedScore(const QString &questionId, double postedScore);
    Result<bool> remove(const QString &questionId);
    Result<Page<QuestionRecord>> search(const RecordFilter &filter);
    Result<QStringList> categories();

private:
    QSqlDatabase m_db;
};

} // namespace ir
