// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "replycache.h"

namespace ir::http {

quint64 ReplyCache::generation(const QString &sessionId) const
{
    QMutexLocker locker(&m_mutex);
    // The epoch in the high bits: a clear() voids every generation read before it.
    return (m_epoch << 32) + m_generations.value(sessionId);
}

std::optional<HttpReply> ReplyCache::find(const QString &key, qint64 nowMs) const
{
    QMutexLocker locker(&m_mutex);
    const auto it = m_entries.constFind(key);
    if (it == m_entries.cend() || !it->reply.cacheUntilMs || *it->reply.cacheUntilMs <= nowMs)
        return std::nullopt;
    return it->reply;
}

void ReplyCache::store(const QString &key, const QString &sessionId, quint64 generation, const HttpReply &reply)
{
    QMutexLocker locker(&m_mutex);
    if (generation != (m_epoch << 32) + m_generations.value(sessionId))
        return; // the session changed while this reply was computed
    if (m_entries.size() >= CAPACITY) {
        m_entries.clear();
        m_keysBySession.clear();
    }
    if (!m_entries.contains(key))
        m_keysBySession[sessionId].append(key);
    m_entries.insert(key, Entry {reply, sessionId});
}

void ReplyCache::invalidate(const QString &sessionId)
{
    QMutexLocker locker(&m_mutex);
    ++m_generations[sessionId];
    for (const QString &key : m_keysBySession.take(sessionId))
        m_entries.remove(key);
}

void ReplyCache::clear()
{
    QMutexLocker locker(&m_mutex);
    ++m_epoch;
    m_generations.clear();
    m_entries.clear();
    m_keysBySession.clear();
}

} // namespace ir::http
