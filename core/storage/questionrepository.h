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

    struct Occupancy
    {
        int count = 0;
        int maxPosition = 0; // 0 for an empty session
        int textCandidates = 0; // questions that might have text's trimmed text (see findSameText)
    };
    // A session's question count and highest position, in one read, and whether findSameText(text)
    // can find anything (it cannot when textCandidates is 0).
    Result<Occupancy> occupancy(const QString &sessionId, const QString &text);
    // The questions of a session whose trimmed text equals text trimmed, in position order.
    Result<QList<QuestionRecord>> findSameText(const QString &sessionId, const QString &text);
    // The next free position in a session (1 for an empty one). Race-free inside BEGIN IMMEDIATE.
    Result<int> nextPosition(const QString &sessionId);
    Result<int> count(const QString &sessionId);
    Status update(const QuestionRecord &record);
    Result<bool> remove(const QString &questionId);
    Result<Page<QuestionRecord>> search(const RecordFilter &filter);
    Result<QStringList> categories();

private:
    QSqlDatabase m_db;
};

} // namespace ir
