// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httpreply.h"

#include <QHash>
#include <QMutex>
#include <QString>

#include <optional>

namespace ir::http {

// Replies to hot reads of one session (its summary), kept until the session changes. Dify polls
// a summary far more often than it changes, and a cached reply is answered on the HTTP thread
// without a query. Writes invalidate their session as they commit (on the writer thread, before
// their own replies go out), so a client always reads its own writes; a read that ran while its
// session changed is not stored (generations). A reply may also carry its own expiry (a duration
// that grows while the interview runs). Writes by another process are caught by clear(), which
// the server calls when the database's data_version moves. Thread-safe.
class ReplyCache final
{
public:
    static constexpr int CAPACITY = 4096;

    // The generation of a session before its reply is computed.
    quint64 generation(const QString &sessionId) const;
    // A stored, unexpired reply for key.
    std::optional<HttpReply> find(const QString &key, qint64 nowMs) const;
    // Keeps reply for key unless sessionId changed since `generation` was read.
    void store(const QString &key, const QString &sessionId, quint64 generation, const HttpReply &reply);
    void invalidate(const QString &sessionId);
    void clear();

private:
    struct Entry
    {
        HttpReply reply;
        QString sessionId;
    };
    mutable QMutex m_mutex;
    QHash<QString, Entry> m_entries;
    QHash<QString, QStringList> m_keysBySession;
    QHash<QString, quint64> m_generations; // sessions that changed since the cache was cleared
    quint64 m_epoch = 0; // bumped by clear(): older generations are void
};

} // namespace ir::http
