// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QString>

namespace ir::http {

// Slows down key guessing: wrong keys from one network (see clientBucket) `limit` times within
// the window, or from all of them together GLOBAL_FACTOR times as often, are refused for the
// cool-down period. It only ever answers for wrong keys: a request with the right key is never
// asked about, so nobody can lock the real user out, however they share an address with the
// guesser (everything local is 127.0.0.1). Used from the server thread only.
class AuthThrottle final
{
public:
    static constexpr int GLOBAL_FACTOR = 10;

    AuthThrottle(int limit, int windowSeconds, int cooldownSeconds);

    // Seconds a client with a wrong key must still wait, 0 when its failure is only counted.
    int retryAfterSeconds(const QString &address, qint64 nowMs) const;
    void recordFailure(const QString &address, qint64 nowMs);

    // Addresses counted together: all of loopback (127.0.0.0/8, ::1), an IPv6 /64, else the address.
    static QString clientBucket(const QString &address);

private:
    struct Entry
    {
        QList<qint64> failures; // times within the window
        qint64 blockedUntil = 0;
    };
    void prune(qint64 nowMs);
    bool record(Entry &entry, qint64 nowMs, int limit) const;
    int wait(const Entry &entry, qint64 nowMs) const;

    int m_limit;
    qint64 m_windowMs;
    qint64 m_cooldownMs;
    QHash<QString, Entry> m_entries;
    Entry m_global;
};

} // namespace ir::http
