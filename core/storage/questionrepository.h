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
