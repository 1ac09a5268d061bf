// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QByteArray>
#include <QSqlDatabase>

#include <optional>

namespace ir {

// Replies remembered under idempotency keys. Callers own transactions.
class IdempotencyRepository final
{
public:
    struct Entry
    {
        QByteArray requestHash;
        int responseStatus = 200;
        QByteArray response;
        qint64 createdAt = 0;
    };

    explicit IdempotencyRepository(QSqlDatabase db);

    Result<std::optional<Entry>> find(const QString &key);
    // Inserts or replaces the entry of key (an expired entry is replaced).
    Status store(const QString &key, const Entry &entry);
    Status purgeOlderThan(qint64 epochMs);

private:
    QSqlDatabase m_db;
};

} // namespace ir
