// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "auththrottle.h"

#include <QHostAddress>

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

QString AuthThrottle::clientBucket(const QString &address)
{
    QHostAddress host(address);
    bool mapped = false;
    const quint32 v4 = host.toIPv4Address(&mapped);
    if (mapped)
        host = QHostAddress(v4);
    if (host.isLoopback())
        return QStringLiteral("loopback");
    if (host.protocol() == QAbstractSocket::IPv6Protocol)
        return QStringLiteral("%1/64").arg(QHostAddress(host.toIPv6Address()).toString().section(u':', 0, 3));
    return host.isNull() ? address : host.toString();
}

int AuthThrottle::wait(const Entry &entry, qint64 nowMs) const
{
    return entry.blockedUntil > nowMs ? int((entry.blockedUntil - nowMs + 999) / 1000) : 0;
}

int AuthThrottle::retryAfterSeconds(const QString &address, qint64 nowMs) const
{
    const auto it = m_entries.constFind(clientBucket(address));
    const int own = it == m_entries.cend() ? 0 : wait(*it, nowMs);
    return std::max(own, wait(m_global, nowMs));
}

bool AuthThrottle::record(Entry &entry, qint64 nowMs, int limit) const
{
    entry.failures.removeIf([&](qint64 at) { return at < nowMs - m_windowMs; });
    entry.failures.append(nowMs);
    if (entry.failures.size() < limit)
        return false;
    entry.blockedUntil = nowMs + m_cooldownMs;
    entry.failures.clear();
    return true;
}

void AuthThrottle::recordFailure(const QString &address, qint64 nowMs)
{
    const QString bucket = clientBucket(address);
    if (m_entries.size() >= MAX_TRACKED_CLIENTS && !m_entries.contains(bucket))
        prune(nowMs);
    record(m_entries[bucket], nowMs, m_limit);
    record(m_global, nowMs, m_limit * GLOBAL_FACTOR);
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
