// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "auththrottle.h"

#include <algorithm>

namespace ir::http {
namespace {

// Bounds the memory a flood of distinct addresses can take.
constexpr qsizetype MAX_TRACKED_CLIENTS = 4096;

} // namespace

AuthThrottle::AuthThrottle(int limit, int windowSeconds, int cooldownSeconds)
    : m_limit(std::max(1, limit))
    , m_windowMs(qint64(windowSeconds) * 1000)
    , m_cooldownMs(qint64(cooldownSeconds) * 1000)
{ }

int AuthThrottle::retryAfterSeconds(const QString &client, qint64 nowMs) const
{
    const auto it = m_entries.constFind(client);
    if (it == m_entries.cend() || it->blockedUntil <= nowMs)
        return 0;
    return int((it->blockedUntil - nowMs + 999) / 1000);
}

void AuthThrottle::recordFailure(const QString &client, qint64 nowMs)
{
    if (m_entries.size() >= MAX_TRACKED_CLIENTS && !m_entries.contains(client))
        prune(nowMs);
    Entry &entry = m_entries[client];
    entry.failures.removeIf([&](qint64 at) { return at < nowMs - m_windowMs; });
    entry.failures.append(nowMs);
    if (entry.failures.size() >= m_limit) {
        entry.blockedUntil = nowMs + m_cooldownMs;
        entry.failures.clear();
    }
}

void AuthThrottle::recordSuccess(const QString &client)
{
    m_entries.remove(client);
}

void AuthThrottle::prune(qint64 nowMs)
{
    m_entries.removeIf([&](const QHash<QString, Entry>::iterator &it) {
        return it->blockedUntil <= nowMs && std::all_of(it->failures.cbegin(), it->failures.cend(), [&](qint64 at) {
                   return at < nowMs - m_windowMs;
               });
    });
    if (m_entries.size() >= MAX_TRACKED_CLIENTS)
        m_entries.clear(); // under a flood, forgetting is better than growing without bound
}

} // namespace ir::http
