// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "changelistener.h"

#include "clock.h"
#include "databaseurl.h"
#include "dialect.h"
#include "sqlhelpers.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QTimer>

#include <libpq-fe.h>

#include <array>

Q_LOGGING_CATEGORY(lcListener, "ir.storage.listener")

namespace ir {
namespace {

// PostgreSQL folds an unquoted LISTEN name to lower case; Qt quotes it, so keep it lower case.
const QString CHANNEL = QStringLiteral("ir_changes");
// How often the connection's state is looked at (no network), and every how many looks a query
// checks that the server still answers (a network that silently drops packets shows only so).
constexpr int TICK_MS = 250;
constexpr int PING_EVERY_TICKS = 4;
// Between two attempts to reach a server that did not answer.
constexpr qint64 RETRY_MS = 1000;
// The writers' clocks (other machines) may be behind ours: re-read a little more than missed.
constexpr qint64 CLOCK_SKEW_MS = 5LL * 60 * 1000;
// A longer outage than this many changed rows is left to changesMissed() (the caches clear).
constexpr int RESYNC_LIMIT = 2000;

using Kind = DatabaseChange::Kind;
constexpr std::array<std::pair<Kind, const char16_t *>, 6> KIND_CODES {{
    {Kind::SessionAdded, u"session+"},
    {Kind::SessionChanged, u"session"},
    {Kind::SessionRemoved, u"session-"},
    {Kind::QuestionAdded, u"question+"},
    {Kind::QuestionChanged, u"question"},
    {Kind::QuestionRemoved, u"question-"},
}};

bool isQuestionKind(Kind kind)
{
    return kind == Kind::QuestionAdded || kind == Kind::QuestionChanged || kind == Kind::QuestionRemoved;
}

PGconn *pgConnection(const QSqlDatabase &db)
{
    const QVariant handle = db.isOpen() && db.driver() ? db.driver()->handle() : QVariant();
    // QPSQL declares the handle's type as PGconn*; Qt 6.4 names it after the struct.
    if (!handle.isValid()
        || (qstrcmp(handle.typeName(), "PGconn*") != 0 && qstrcmp(handle.typeName(), "pg_conn*") != 0))
        return nullptr;
    return *static_cast<PGconn *const *>(handle.data());
}

std::atomic<int> s_listenerCounter {0};

} // namespace

QString DatabaseChange::payload() const
{
    QString code;
    for (const auto &[k, text] : KIND_CODES) {
        if (k == kind)
            code = QString::fromUtf16(text);
    }
    QString text = origin + u' ' + code + u' ' + sessionId;
    if (isQuestionKind(kind))
        text += u' ' + questionId;
    return text;
}

std::optional<DatabaseChange> DatabaseChange::fromPayload(const QString &payload)
{
    const QStringList parts = payload.split(u' ');
    if (parts.size() < 3 || parts.size() > 4)
        return std::nullopt;
    DatabaseChange change;
    change.origin = parts.at(0);
    bool known = false;
    for (const auto &[k, text] : KIND_CODES) {
        if (parts.at(1) == QString::fromUtf16(text)) {
            change.kind = k;
            known = true;
        }
    }
    if (!known || parts.at(2).isEmpty() || (parts.size() == 4) != isQuestionKind(change.kind))
        return std::nullopt;
    change.sessionId = parts.at(2);
    if (parts.size() == 4)
        change.questionId = parts.at(3);
    return change;
}

// Lives on the listener's thread (created and destroyed there): its connection belongs to it.
class ChangeListener::Worker final : public QObject
{
public:
    explicit Worker(ChangeListener &owner)
        : m_owner(owner)
        , m_connectionName(QStringLiteral("ir-listener-%1").arg(++s_listenerCounter))
    {
        m_tick.setInterval(TICK_MS);
        connect(&m_tick, &QTimer::timeout, this, &Worker::tick);
    }
    ~Worker() override
    {
        m_tick.stop();
        if (m_connected)
            drop();
        QSqlDatabase::database(m_connectionName, false).close();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    Q_DISABLE_COPY_MOVE(Worker)

    void begin()
    {
        connectNow();
        m_tick.start();
    }

private:
    QSqlDatabase connection() const { return QSqlDatabase::database(m_connectionName, false); }

    void tick()
    {
        if (!m_connected) {
            if (!m_lastAttempt.isValid() || m_lastAttempt.elapsed() >= RETRY_MS)
                connectNow();
            return;
        }
        if (!isAlive()) {
            drop();
            connectNow(); // at once: a restarted server usually answers already
        }
    }

    bool isAlive()
    {
        QSqlDatabase db = connection();
        PGconn *pg = pgConnection(db);
        if (!pg || PQstatus(pg) != CONNECTION_OK)
            return false;
        if (++m_ticks % PING_EVERY_TICKS != 0)
            return true;
        const qint64 before = m_owner.m_clock.nowMs();
        QSqlQuery ping(db);
        if (!ping.exec(Dialect::postgres().ping()) || !ping.next())
            return false;
        m_connectedAt = before; // nothing sent before this moment can have been missed
        return true;
    }

    void connectNow()
    {
        m_lastAttempt.start();
        const Result<DatabaseUrl> url = DatabaseUrl::parse(m_owner.m_url);
        if (!url)
            return;
        QSqlDatabase db = QSqlDatabase::contains(m_connectionName)
            ? connection()
            : QSqlDatabase::addDatabase(Dialect::postgres().driverName(), m_connectionName);
        url->applyTo(db);
        if (!db.open())
            return;
        // Its own name, so that an administrator (or a test) tells it from the query connections.
        QSqlQuery(db).exec(QStringLiteral("SET application_name = 'interview-recorder-listener'"));
        if (!db.driver()->subscribeToNotification(CHANNEL)) {
            qCWarning(lcListener) << "cannot LISTEN:" << db.driver()->lastError().text();
            db.close();
            return;
        }
        connect(db.driver(),
                qOverload<const QString &, QSqlDriver::NotificationSource, const QVariant &>(&QSqlDriver::notification),
                this, &Worker::onNotification, Qt::UniqueConnection);
        const qint64 listeningFrom = m_owner.m_clock.nowMs();
        PGconn *pg = pgConnection(db);
        m_owner.m_backendPid = pg ? PQbackendPID(pg) : 0;
        m_connected = true;
        m_owner.m_listening = true;
        Q_EMIT m_owner.listeningChanged(true);
        if (m_everConnected) {
            // Listening again first, then re-reading: a change committed in between is seen twice
            // at worst, never not at all.
            resync(m_connectedAt - CLOCK_SKEW_MS);
            Q_EMIT m_owner.changesMissed();
        }
        m_everConnected = true;
        m_connectedAt = listeningFrom;
    }

    void drop()
    {
        m_connected = false;
        m_owner.m_listening = false;
        m_owner.m_backendPid = 0;
        QSqlDatabase db = connection();
        if (db.driver())
            disconnect(db.driver(), nullptr, this, nullptr);
        db.close();
        Q_EMIT m_owner.listeningChanged(false);
    }

    // Reports the sessions and questions changed since sinceMs (sessions first, so that a new
    // session is known before its questions).
    void resync(qint64 sinceMs)
    {
        QSqlDatabase db = connection();
        const auto report = [&](const QString &sql, bool questions) {
            sql::Statement statement(db, sql);
            if (!statement.exec({sql::instant(sinceMs), sql::instant(sinceMs)}))
                return;
            QSqlQuery &rows = statement.query();
            while (rows.next()) {
                DatabaseChange change;
                const bool added = rows.value(questions ? 2 : 1).toBool();
                change.sessionId = rows.value(0).toString();
                if (questions) {
                    change.questionId = rows.value(1).toString();
                    change.kind = added ? Kind::QuestionAdded : Kind::QuestionChanged;
                } else {
                    change.kind = added ? Kind::SessionAdded : Kind::SessionChanged;
                }
                Q_EMIT m_owner.changed(change);
            }
        };
        report(QStringLiteral("SELECT session_id, created_at >= ? FROM sessions WHERE updated_at >= ? "
                              "ORDER BY updated_at LIMIT %1")
                   .arg(RESYNC_LIMIT),
               false);
        report(QStringLiteral("SELECT session_id, question_id, created_at >= ? FROM questions WHERE updated_at >= ? "
                              "ORDER BY updated_at LIMIT %1")
                   .arg(RESYNC_LIMIT),
               true);
    }

    void onNotification(const QString &name, QSqlDriver::NotificationSource, const QVariant &payload)
    {
        if (name != CHANNEL)
            return;
        if (const std::optional<DatabaseChange> change = DatabaseChange::fromPayload(payload.toString()))
            Q_EMIT m_owner.changed(*change);
        else
            qCWarning(lcListener) << "ignored a notification it does not understand:" << payload.toString();
    }

    ChangeListener &m_owner;
    const QString m_connectionName;
    QTimer m_tick;
    QElapsedTimer m_lastAttempt;
    bool m_connected = false;
    bool m_everConnected = false;
    int m_ticks = 0;
    qint64 m_connectedAt = 0; // by the writers' clock: when it last knew itself listening
};

class ChangeListener::Thread final : public QThread
{
public:
    explicit Thread(ChangeListener &owner)
        : m_owner(owner)
    {
        setObjectName(QStringLiteral("ir-listener"));
    }
    Q_DISABLE_COPY_MOVE(Thread)

protected:
    void run() override
    {
        Worker worker(m_owner);
        worker.begin();
        exec();
    }

private:
    ChangeListener &m_owner;
};

ChangeListener::ChangeListener(const QString &url, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_url(url)
    , m_clock(clock)
{
    qRegisterMetaType<ir::DatabaseChange>();
}

ChangeListener::~ChangeListener()
{
    if (m_thread) {
        m_thread->quit();
        m_thread->wait();
    }
}

QString ChangeListener::channel()
{
    return CHANNEL;
}

Status ChangeListener::announce(const QSqlDatabase &db, const DatabaseChange &change)
{
    const QString notify = Dialect::of(db).notifyChange();
    if (notify.isEmpty())
        return Done {};
    sql::Statement statement(db, notify);
    if (!statement.exec({CHANNEL, change.payload()}))
        return Error::database(QStringLiteral("cannot announce the change"));
    statement.query().finish();
    return Done {};
}

void ChangeListener::start()
{
    if (m_thread)
        return;
    m_thread = std::make_unique<Thread>(*this);
    m_thread->start();
}

} // namespace ir
