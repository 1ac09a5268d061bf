// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kit.h"
#include "queries.h"
#include "result.h"

#include <QSqlDatabase>

#include <optional>

namespace ir {

// SQL for the question bank and the kits. Callers own transactions.
class BankRepository final
{
public:
    explicit BankRepository(QSqlDatabase db);

    Status insert(const BankQuestion &question);
    Result<std::optional<BankQuestion>> find(const QString &bankQuestionId);
    // The bank question with this trimmed text, if any.
    Result<std::optional<BankQuestion>> findByText(const QString &text);
    // Newest first; q= as GET /records searches (the same index kind).
    Result<Page<BankQuestion>> list(const BankFilter &filter);
    Status update(const BankQuestion &question);
    Result<bool> remove(const QString &bankQuestionId);
    Result<QStringList> tags();

    Status insertKit(const Kit &kit);
    Result<std::optional<Kit>> findKit(const QString &kitId);
    Result<QList<Kit>> kits();
    Status updateKit(const Kit &kit);
    Result<bool> removeKit(const QString &kitId);
    // Takes a deleted bank question out of every kit's list (returns the kits changed).
    Result<int> forgetInKits(const QString &bankQuestionId);

private:
    QSqlDatabase m_db;
};

} // namespace ir
