// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QString>

namespace ir::http {

// Slows down key guessing: a client (by address) that fails authentication `limit` times within
// the window is refused for the cool-down period. Used from the server thread only.
class AuthThrottle final
{
public:
    AuthThrottle(int limit, int windowSeconds, int cooldownSeconds);

    // Seconds the client must still wait, 0 when it may try.
    int retryAfterSeconds(const QString &client, qint64 nowMs) const;
    void recordFailure(const QString &client, qint64 nowMs);
    void recordSuccess(const QString &client);

private:
    struct Entry
    {
        QList<qint64> failures; // times within the window
        qint64 blockedUntil = 0;
    };
    void prune(qint64 nowMs);

    int m_limit;
    qint64 m_windowMs;
    qint64 m_cooldownMs;
    QHash<QString, Entry> m_entries;
};

} // namespace ir::http
