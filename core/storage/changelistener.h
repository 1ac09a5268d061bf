// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QMetaType>
#include <QObject>
#include <QSqlDatabase>
#include <QString>

#include <atomic>
#include <memory>
#include <optional>

class QThread;

namespace ir {

class Clock;

// One committed change, as a NOTIFY carries it between the instances that share one PostgreSQL
// database: "<origin> <kind> <session_id> [<question_id>]" (ids hold no spaces).
struct DatabaseChange
{
    enum class Kind { SessionAdded, SessionChanged, SessionRemoved, QuestionAdded, QuestionChanged, QuestionRemoved };
    Kind kind = Kind::SessionChanged;
    QString sessionId;
    QString questionId; // the question kinds only
    // The instance that made the change; empty for a change found by re-reading after a reconnect.
    QString origin;

    QString payload() const;
    static std::optional<DatabaseChange> fromPayload(const QString &payload);
};

// Team mode's live view of other instances' writes: on a thread and a connection of its own, it
// LISTENs on one channel and reports each change announced there (announce(), inside the
// writer's transaction, so only committed changes arrive). Notifications sent while it is
// disconnected are lost: after a reconnect it listens again, re-reads what changed since it last
// knew itself connected (by the writers' clock, with a margin for skew between machines), reports
// those rows as changes and then changesMissed(). PostgreSQL only.
class ChangeListener final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangeListener)

public:
    // `url`: the postgresql:// URL the Database was opened with; `clock`: the one the writers use.
    ChangeListener(const QString &url, const Clock &clock, QObject *parent = nullptr);
    ~ChangeListener() override;

    static QString channel();
    // Queues `change` for every listener of the database, sent when db's transaction commits
    // (at once outside a transaction). Done at once on SQLite.
    static Status announce(const QSqlDatabase &db, const DatabaseChange &change);

    // Starts the thread, which connects (and keeps reconnecting) by itself.
    void start();
    bool isListening() const { return m_listening.load(); }
    // The server process of the listening connection (0 while disconnected), for tests and logs.
    qint64 backendPid() const { return m_backendPid.load(); }

Q_SIGNALS:
    // All emitted on the listener's thread: connect directly (and hand over to your own thread
    // yourself) or queued.
    void changed(const ir::DatabaseChange &change);
    // After a reconnect, once the changes found by re-reading are reported: notifications sent
    // meanwhile were lost, and deletions cannot be re-read.
    void changesMissed();
    void listeningChanged(bool listening);

private:
    class Worker;
    class Thread;
    friend class Worker;

    QString m_url;
    const Clock &m_clock;
    std::unique_ptr<Thread> m_thread;
    std::atomic<bool> m_listening {false};
    std::atomic<qint64> m_backendPid {0};
};

} // namespace ir

Q_DECLARE_METATYPE(ir::DatabaseChange)
