// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Storage faults under the real `interview-recorder --headless` binary: a lock held by another
// connection, the file deleted, pages overwritten, a full disk, and SIGKILL under write load.
#include "faultserver.h"
#include "faultsupport.h"
#include "loadclient.h"
#include "rawconnection.h"
#include "tempdatabase.h"
#include "writeledger.h"

#include <cerrno>
#include <fcntl.h>
#include <memory>
#include <sys/statvfs.h>
#include <unistd.h>
#include <vector>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace fault;

namespace {

const QString DATABASE_ERROR = QStringLiteral("DATABASE_ERROR");
constexpr int CONCURRENT_WRITES = 12;
// The contract's request deadline, and what a client measures on top of it on a busy machine.
constexpr int REQUEST_DEADLINE_MS = 30'000;
constexpr int MEASURE_SLACK_MS = 500;
constexpr int CORRUPT_SESSIONS = 6;
constexpr int CORRUPT_QUESTIONS = 50; // per session: the default limit
constexpr int DAMAGED_PAGES = 6;
constexpr int QUICK_CHECK_WAIT_MS = 20'000;
constexpr int KILL_ROUNDS = 5;
constexpr int LOAD_CLIENTS = 4;
constexpr int QUESTIONS_PER_SESSION = 40; // below the default limit of 50

QString corruptText(int session, int question)
{
    return QStringLiteral("corrupt s%1 q%2").arg(session).arg(question);
}

QString corruptAnswer(int session, int question)
{
    // Long enough that 300 questions spread over many pages, short enough for one page each.
    return QStringLiteral("answer %1/%2 ").arg(session).arg(question) + QString(1500, QLatin1Char('x'));
}

// Another process's write transaction on the same file (BEGIN IMMEDIATE plus a write), held until
// release() or destruction.
class HeldLock final
{
public:
    explicit HeldLock(const QString &path)
        : m_name(QStringLiteral("fault_lock"))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        if (!db.open()) {
            m_error = db.lastError().text();
            return;
        }
        QSqlQuery query(db);
        for (const QString &statement : {QStringLiteral("PRAGMA busy_timeout=10000"), QStringLiteral("BEGIN IMMEDIATE"),
                                         QStringLiteral("UPDATE sessions SET session_name = session_name")}) {
            if (!query.exec(statement)) {
                m_error = statement + QStringLiteral(": ") + query.lastError().text();
                return;
            }
        }
        m_held = true;
    }
    ~HeldLock() { release(); }
    Q_DISABLE_COPY_MOVE(HeldLock)

    bool isHeld() const { return m_held; }
    QString error() const { return m_error; }
    void release()
    {
        if (!QSqlDatabase::contains(m_name))
            return;
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            if (m_held)
                QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
        m_held = false;
    }

private:
    QString m_name;
    QString m_error;
    bool m_held = false;
};

// Runs statements on a database file the server does not have open; the rows of the last one.
QList<QVariantList> sqlite(const QString &path, const QStringList &statements, QString *error)
{
    QList<QVariantList> rows;
    const QString name = QStringLiteral("fault_offline");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open()) {
            *error = db.lastError().text();
        } else {
            QSqlQuery query(db);
            for (const QString &statement : statements) {
                rows.clear();
                if (!query.exec(statement)) {
                    *error = statement + QStringLiteral(": ") + query.lastError().text();
                    break;
                }
                while (query.next()) {
                    QVariantList row;
                    for (int i = 0; i < query.record().count(); ++i)
                        row << query.value(i);
                    rows << row;
                }
            }
            query.finish();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return rows;
}

struct Health
{
    int status = 0;
    QString state;
    QString databaseStatus;
    QByteArray raw;
};

Health health(quint16 port)
{
    const HttpResponse reply = get(port, QStringLiteral("/health"), 5000);
    const QJsonObject json = reply.json();
    return {reply.status, json.value(QStringLiteral("status")).toString(),
            json.value(QStringLiteral("stats")).toObject().value(QStringLiteral("database_status")).toString(),
            reply.describe()};
}

// Polls /health until it reports status and databaseStatus, or the deadline; the last answer.
Health waitForHealth(quint16 port, int status, const QString &databaseStatus, int timeoutMs)
{
    Health last;
    // The caller compares the last answer, which says more than a bool would.
    [[maybe_unused]] const bool reached = QTest::qWaitFor(
        [&] {
            last = health(port);
            return last.status == status && last.databaseStatus == databaseStatus
                && last.state == (status == 200 ? QStringLiteral("healthy") : QStringLiteral("unhealthy"));
        },
        timeoutMs);
    return last;
}

bool isDatabaseError(const HttpResponse &reply)
{
    return reply.status == 503 && reply.errorCode() == DATABASE_ERROR;
}

} // namespace

class TestFaultStorage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void lockedDatabase();
    void deletedDatabase();
    void corruptPagesHealth();
    void corruptPagesReads();
    void diskFull();
    void killLoop();

private:
    QString dataDir() const { return m_dir->filePath(QStringLiteral("data")); }
    void startServer(const QString &dataDir);
    quint16 port() const { return m_server->port(); }
    void buildDamagedDatabase();
    void startOnDamagedCopy();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FaultServer> m_server;
    QString m_mountPoint;
    QTemporaryDir m_fixture; // holds the damaged database, built once
    QString m_damagedDatabase;
};

void TestFaultStorage::initTestCase()
{
    QVERIFY2(QFile::exists(QStringLiteral(IR_APP_BINARY)), IR_APP_BINARY);
    QVERIFY(m_fixture.isValid());
}

void TestFaultStorage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestFaultStorage::cleanup()
{
    if (m_server) {
        m_server->stop();
        if (QTest::currentTestFailed())
            qWarning().noquote() << "server output:\n" << QString::fromUtf8(m_server->output().right(8000));
    }
    m_server.reset();
    if (!m_mountPoint.isEmpty()) {
        QProcess::execute(QStringLiteral("umount"), {m_mountPoint});
        m_mountPoint.clear();
    }
    m_dir.reset();
}

void TestFaultStorage::cleanupTestCase()
{
    QSqlDatabase::removeDatabase(QStringLiteral("fault_lock"));
}

void TestFaultStorage::startServer(const QString &dataDir)
{
    if (m_server)
        m_server->stop();
    m_server = std::make_unique<FaultServer>(dataDir, m_dir->filePath(QStringLiteral("home")));
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
}

// 4. Another connection holds the write lock: every write answers DATABASE_ERROR within the
// request deadline, /health says "locked", and once the lock is gone writes succeed again.
void TestFaultStorage::lockedDatabase()
{
    IR_SQLITE_ONLY("another connection's lock on the file");
    startServer(dataDir());
    QVERIFY(!QTest::currentTestFailed());
    QCOMPARE(
        postJson(port(), QStringLiteral("/dify/interview/create"), createBody(QStringLiteral("lock_before"))).status,
        200);

    HeldLock lock(m_server->databasePath());
    QVERIFY2(lock.isHeld(), qPrintable(lock.error()));

    std::vector<std::unique_ptr<RawConnection>> writers;
    QStringList users;
    for (int i = 0; i < CONCURRENT_WRITES; ++i) {
        writers.push_back(std::make_unique<RawConnection>());
        writers.back()->open(port());
    }
    for (const auto &writer : writers)
        QVERIFY(writer->waitConnected(REQUEST_TIMEOUT_MS));
    QList<qint64> sentAt;
    for (int i = 0; i < CONCURRENT_WRITES; ++i) {
        users << QStringLiteral("lock_user_%1").arg(i);
        sentAt << writers.at(i)->elapsedMs();
        writers.at(i)->send(httpRequest(port(), "POST", QStringLiteral("/dify/interview/create"),
                                        QJsonDocument(createBody(users.last())).toJson(QJsonDocument::Compact)));
    }
    const auto allAnswered = [&writers] {
        for (const auto &writer : writers) {
            if (writer->responses().isEmpty() && !writer->isClosed())
                return false;
        }
        return true;
    };
    QVERIFY(QTest::qWaitFor(allAnswered, REQUEST_DEADLINE_MS + 10'000));
    for (int i = 0; i < CONCURRENT_WRITES; ++i) {
        QVERIFY2(!writers.at(i)->responses().isEmpty(), qPrintable(QStringLiteral("write %1: no reply").arg(i)));
        const HttpResponse &reply = writers.at(i)->responses().constFirst();
        const qint64 took = reply.atMs - sentAt.at(i);
        qInfo("write %d: %d after %lld ms", i, reply.status, took);
        QVERIFY2(isDatabaseError(reply),
                 qPrintable(QStringLiteral("write %1: %2").arg(i).arg(QString::fromUtf8(reply.describe()))));
        QVERIFY2(took <= REQUEST_DEADLINE_MS + MEASURE_SLACK_MS,
                 qPrintable(QStringLiteral("write %1 answered after %2 ms").arg(i).arg(took)));
    }

    const Health locked = waitForHealth(port(), 503, QStringLiteral("locked"), 5000);
    QVERIFY2(locked.status == 503 && locked.databaseStatus == QStringLiteral("locked"), locked.raw.constData());

    lock.release();
    const HttpResponse after
        = postJson(port(), QStringLiteral("/dify/interview/create"), createBody(QStringLiteral("lock_after")));
    QVERIFY2(after.status == 200, after.describe().constData());
    const Health healthy = waitForHealth(port(), 200, QStringLiteral("connected"), 5000);
    QVERIFY2(healthy.status == 200, healthy.raw.constData());

    // Nothing of the refused writes was stored.
    WriteLedger ledger;
    for (const QString &user : std::as_const(users))
        ledger.refuseSession(user);
    const QStringList problems = ledger.verify(port());
    QVERIFY2(problems.isEmpty(), listProblems(problems).constData());
}

// 5. The database file deleted under the running server: no write is acknowledged into the
// vanished file, /health says "missing", and after a restart nothing acknowledged is lost and
// nothing refused appears.
void TestFaultStorage::deletedDatabase()
{
    IR_SQLITE_ONLY("the file deleted under the server");
    startServer(dataDir());
    QVERIFY(!QTest::currentTestFailed());
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(postJson(port(), QStringLiteral("/dify/interview/create"),
                          createBody(QStringLiteral("gone_before_%1").arg(i)))
                     .status,
                 200);
    }

    QDir data(dataDir());
    const QStringList files = data.entryList({QStringLiteral("interview-recorder.db*")}, QDir::Files);
    QVERIFY(files.contains(QStringLiteral("interview-recorder.db")));
    for (const QString &file : files)
        QVERIFY(data.remove(file));
    qInfo("removed %s", qPrintable(files.join(QStringLiteral(", "))));

    WriteLedger ledger;
    QStringList answers;
    for (int i = 0; i < 8; ++i) {
        const QString user = QStringLiteral("gone_after_%1").arg(i);
        const HttpResponse reply
            = postJson(port(), QStringLiteral("/dify/interview/create"), createBody(user), REQUEST_DEADLINE_MS + 5000);
        answers << QStringLiteral("%1: %2").arg(user, QString::fromUtf8(reply.describe()));
        if (reply.status == 200)
            ledger.acknowledgeSession(reply.json().value(QStringLiteral("session_id")).toString());
        else
            ledger.refuseSession(user);
    }
    const Health missing = waitForHealth(port(), 503, QStringLiteral("missing"), 5000);

    // After a restart (on a new, empty file), every acknowledged session must be there and no
    // refused one.
    m_server->stop();
    startServer(dataDir());
    QVERIFY(!QTest::currentTestFailed());
    const QStringList problems = ledger.verify(port());

    for (const QString &answer : std::as_const(answers))
        qInfo("%s", qPrintable(answer));
    QVERIFY2(ledger.acknowledgedWrites() == 0,
             qPrintable(QStringLiteral("%1 creates were acknowledged after the file was deleted:\n%2")
                            .arg(ledger.acknowledgedWrites())
                            .arg(answers.join(u'\n'))));
    for (const QString &answer : std::as_const(answers))
        QVERIFY2(answer.contains(QStringLiteral(": 503 ")) && answer.contains(DATABASE_ERROR), qPrintable(answer));
    QVERIFY2(missing.status == 503 && missing.databaseStatus == QStringLiteral("missing"), missing.raw.constData());
    QVERIFY2(problems.isEmpty(), listProblems(problems).constData());
}

// A database with a few hundred questions, some of whose pages in the middle are overwritten
// with garbage while no server has it open. Built once.
void TestFaultStorage::buildDamagedDatabase()
{
    if (!m_damagedDatabase.isEmpty())
        return;
    const QString buildDir = m_fixture.filePath(QStringLiteral("build"));
    startServer(buildDir);
    QVERIFY(!QTest::currentTestFailed());
    QStringList sessions;
    for (int s = 0; s < CORRUPT_SESSIONS; ++s) {
        const HttpResponse reply
            = postJson(port(), QStringLiteral("/dify/interview/create"), createBody(QStringLiteral("corrupt_user")));
        QVERIFY2(reply.status == 200, reply.describe().constData());
        sessions << reply.json().value(QStringLiteral("session_id")).toString();
    }
    // Each session's questions pipelined on its own connection.
    std::vector<std::unique_ptr<RawConnection>> writers;
    for (int s = 0; s < CORRUPT_SESSIONS; ++s) {
        QByteArray bytes;
        for (int q = 0; q < CORRUPT_QUESTIONS; ++q) {
            bytes += httpRequest(port(), "POST", QStringLiteral("/dify/interview/add-qa"),
                                 QJsonDocument(addQaBody(sessions.at(s), corruptText(s, q), corruptAnswer(s, q)))
                                     .toJson(QJsonDocument::Compact));
        }
        writers.push_back(std::make_unique<RawConnection>());
        writers.back()->open(port());
        QVERIFY(writers.back()->waitConnected(REQUEST_TIMEOUT_MS));
        writers.back()->send(bytes);
    }
    for (const auto &writer : writers) {
        QVERIFY(writer->waitForResponses(CORRUPT_QUESTIONS, 60'000));
        for (const HttpResponse &reply : writer->responses())
            QVERIFY2(reply.status == 200, reply.describe().constData());
    }
    writers.clear();
    QVERIFY(m_server->stop());
    m_server.reset();

    // Everything into the main file, then the questions table's leaf pages in the middle of it.
    const QString path = buildDir + QStringLiteral("/interview-recorder.db");
    QString error;
    sqlite(path, {QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")}, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QList<QVariantList> pageSize = sqlite(path, {QStringLiteral("PRAGMA page_size")}, &error);
    QVERIFY2(error.isEmpty() && !pageSize.isEmpty(), qPrintable(error));
    const qint64 pageBytes = pageSize.constFirst().constFirst().toLongLong();
    QList<qint64> pages;
    const QList<QVariantList> leaves = sqlite(path,
                                              {QStringLiteral("SELECT pageno FROM dbstat WHERE name = 'questions' "
                                                              "AND pagetype = 'leaf' ORDER BY pageno")},
                                              &error);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    const qint64 pageCount = file.size() / pageBytes;
    if (error.isEmpty() && leaves.size() > DAMAGED_PAGES * 2) {
        for (qsizetype i = leaves.size() / 2 - DAMAGED_PAGES / 2; pages.size() < DAMAGED_PAGES; ++i)
            pages << leaves.at(i).constFirst().toLongLong();
        QStringList numbers;
        for (const qint64 page : std::as_const(pages))
            numbers << QString::number(page);
        qInfo("damaging leaf pages %s of the questions table's %lld (file: %lld pages of %lld bytes)",
              qPrintable(numbers.join(u',')), qlonglong(leaves.size()), pageCount, pageBytes);
    } else {
        // No dbstat in this SQLite: the middle of the file, which is nearly all question rows.
        for (qint64 page = pageCount / 2 - DAMAGED_PAGES / 2; pages.size() < DAMAGED_PAGES; ++page)
            pages << page;
        qInfo("dbstat unavailable (%s): damaging pages %lld.. of %lld", qPrintable(error), pages.constFirst(),
              pageCount);
    }
    QVERIFY(pageCount > 50);
    QRandomGenerator garbage(20260109); // fixed: the same damage every run
    for (const qint64 page : std::as_const(pages)) {
        QByteArray bytes(pageBytes, Qt::Uninitialized);
        garbage.fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
        QVERIFY(file.seek((page - 1) * pageBytes)); // pages are numbered from 1
        QCOMPARE(file.write(bytes), pageBytes);
    }
    file.close();
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")) || QFileInfo(path + QStringLiteral("-wal")).size() == 0);
    m_damagedDatabase = path;
}

void TestFaultStorage::startOnDamagedCopy()
{
    buildDamagedDatabase();
    QVERIFY(!QTest::currentTestFailed());
    QVERIFY(QDir().mkpath(dataDir()));
    QVERIFY(QFile::copy(m_damagedDatabase, dataDir() + QStringLiteral("/interview-recorder.db")));
    startServer(dataDir());
}

// 6a. Started on a file with damaged pages and asked nothing but /health: the background check
// finds the damage.
void TestFaultStorage::corruptPagesHealth()
{
    IR_SQLITE_ONLY("damaged pages of the file");
    startOnDamagedCopy();
    QVERIFY(!QTest::currentTestFailed());
    const Health corrupt = waitForHealth(port(), 503, QStringLiteral("corrupt"), QUICK_CHECK_WAIT_MS);
    QVERIFY2(
        corrupt.status == 503 && corrupt.databaseStatus == QStringLiteral("corrupt"),
        qPrintable(QStringLiteral("after %1 ms: %2").arg(QUICK_CHECK_WAIT_MS).arg(QString::fromUtf8(corrupt.raw))));
}

// 6b. Reads of the damaged data answer DATABASE_ERROR, never a shorter list with 200.
void TestFaultStorage::corruptPagesReads()
{
    IR_SQLITE_ONLY("damaged pages of the file");
    startOnDamagedCopy();
    QVERIFY(!QTest::currentTestFailed());

    QStringList problems;
    int refused = 0;
    // A read must either be complete or a DATABASE_ERROR.
    const auto check = [&](const QString &path, const std::function<QString(const QJsonObject &)> &incomplete) {
        const HttpResponse reply = get(port(), path, REQUEST_DEADLINE_MS + 5000);
        if (reply.status == 200) {
            if (const QString why = incomplete(reply.json()); !why.isEmpty())
                problems << QStringLiteral("GET %1: 200 but %2").arg(path, why);
        } else if (isDatabaseError(reply)) {
            ++refused;
        } else {
            problems << QStringLiteral("GET %1: %2").arg(path, QString::fromUtf8(reply.describe()));
        }
    };

    const HttpResponse list = get(port(), QStringLiteral("/interview/sessions/corrupt_user?limit=50"));
    // The sessions table was not damaged: its list must answer.
    QVERIFY2(list.status == 200, list.describe().constData());
    QStringList sessions;
    for (const QJsonValue &item : list.json().value(QStringLiteral("sessions")).toArray())
        sessions.prepend(item.toObject().value(QStringLiteral("session_id")).toString()); // oldest first
    QCOMPARE(sessions.size(), CORRUPT_SESSIONS);
    check(QStringLiteral("/interview/sessions/corrupt_user?limit=50"), [](const QJsonObject &json) {
        for (const QJsonValue &item : json.value(QStringLiteral("sessions")).toArray()) {
            if (item.toObject().value(QStringLiteral("total_questions")).toInt() != CORRUPT_QUESTIONS)
                return QStringLiteral("a session lists %1 questions")
                    .arg(item.toObject().value(QStringLiteral("total_questions")).toInt());
        }
        return QString();
    });

    for (int s = 0; s < CORRUPT_SESSIONS; ++s) {
        const QString id = sessions.at(s);
        check(QStringLiteral("/sessions/") + id, [s](const QJsonObject &json) {
            const QJsonArray questions
                = json.value(QStringLiteral("data")).toObject().value(QStringLiteral("questions")).toArray();
            if (questions.size() != CORRUPT_QUESTIONS)
                return QStringLiteral("%1 questions").arg(questions.size());
            for (int q = 0; q < CORRUPT_QUESTIONS; ++q) {
                const QJsonObject question = questions.at(q).toObject();
                if (question.value(QStringLiteral("question_text")).toString() != corruptText(s, q)
                    || question.value(QStringLiteral("candidate_answer")).toString() != corruptAnswer(s, q))
                    return QStringLiteral("question %1 altered").arg(q + 1);
            }
            return QString();
        });
        check(QStringLiteral("/dify/interview/%1/summary").arg(id), [](const QJsonObject &json) {
            const int total
                = json.value(QStringLiteral("summary")).toObject().value(QStringLiteral("total_questions")).toInt();
            const qsizetype listed = json.value(QStringLiteral("questions_summary")).toArray().size();
            return total == CORRUPT_QUESTIONS && listed == CORRUPT_QUESTIONS
                ? QString()
                : QStringLiteral("total_questions %1, %2 listed").arg(total).arg(listed);
        });
        check(QStringLiteral("/records?session_id=%1&page_size=100").arg(id), [](const QJsonObject &json) {
            const QJsonObject data = json.value(QStringLiteral("data")).toObject();
            const int total = data.value(QStringLiteral("total")).toInt();
            const qsizetype items = data.value(QStringLiteral("items")).toArray().size();
            return total == CORRUPT_QUESTIONS && items == CORRUPT_QUESTIONS
                ? QString()
                : QStringLiteral("total %1, %2 items").arg(total).arg(items);
        });
    }
    const int allQuestions = CORRUPT_SESSIONS * CORRUPT_QUESTIONS;
    for (int page = 1; page <= (allQuestions + 99) / 100; ++page) {
        const int expected = std::min(100, allQuestions - (page - 1) * 100);
        check(QStringLiteral("/records?page_size=100&page=%1").arg(page), [expected](const QJsonObject &json) {
            const QJsonObject data = json.value(QStringLiteral("data")).toObject();
            const int total = data.value(QStringLiteral("total")).toInt();
            const qsizetype items = data.value(QStringLiteral("items")).toArray().size();
            return total == CORRUPT_SESSIONS * CORRUPT_QUESTIONS && items == expected
                ? QString()
                : QStringLiteral("total %1, %2 items").arg(total).arg(items);
        });
    }

    qInfo("%d reads answered DATABASE_ERROR", refused);
    // Asked before the verdict on the reads, so that a failure reports both.
    const Health corrupt = waitForHealth(port(), 503, QStringLiteral("corrupt"), QUICK_CHECK_WAIT_MS);
    qInfo("/health: %s", corrupt.raw.constData());
    QVERIFY2(problems.isEmpty(), listProblems(problems).constData());
    QVERIFY2(refused > 0, "no read of the damaged pages failed");
    QVERIFY2(corrupt.status == 503 && corrupt.databaseStatus == QStringLiteral("corrupt"), corrupt.raw.constData());
}

// 7. A full disk (a small tmpfs): writes answer DATABASE_ERROR, /health says "disk_full", and
// once space is freed writes succeed again, with nothing half-written.
void TestFaultStorage::diskFull()
{
    IR_SQLITE_ONLY("the file's disk filling up");
    if (::geteuid() != 0)
        QSKIP("needs root to mount a small tmpfs");
    const QString mountPoint = m_dir->filePath(QStringLiteral("tmpfs"));
    QVERIFY(QDir().mkpath(mountPoint));
    QProcess mount;
    mount.setProcessChannelMode(QProcess::MergedChannels);
    mount.start(QStringLiteral("mount"),
                {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"), QStringLiteral("size=8m"),
                 QStringLiteral("ir-fault"), mountPoint});
    if (!mount.waitForFinished(10'000) || mount.exitStatus() != QProcess::NormalExit || mount.exitCode() != 0)
        QSKIP(qPrintable(QStringLiteral("mount -t tmpfs failed: ") + QString::fromUtf8(mount.readAll())));
    m_mountPoint = mountPoint;

    startServer(mountPoint + QStringLiteral("/data"));
    QVERIFY(!QTest::currentTestFailed());
    WriteLedger ledger;
    QString session;
    int inSession = 0;
    int written = 0;
    // One write: a question (9 KB of Chinese text), or a new session every QUESTIONS_PER_SESSION.
    const auto write = [&](int timeoutMs) {
        if (session.isEmpty() || inSession >= QUESTIONS_PER_SESSION) {
            const QString user = QStringLiteral("full_u%1").arg(++written);
            const HttpResponse reply
                = postJson(port(), QStringLiteral("/dify/interview/create"), createBody(user), timeoutMs);
            if (reply.status == 200) {
                session = reply.json().value(QStringLiteral("session_id")).toString();
                inSession = 0;
                ledger.acknowledgeSession(session);
            } else {
                ledger.refuseSession(user);
            }
            return reply;
        }
        const QString text = QStringLiteral("full question %1").arg(++written);
        const HttpResponse reply = postJson(port(), QStringLiteral("/dify/interview/add-qa"),
                                            addQaBody(session, text, QString(3000, QChar(0x7b54))), timeoutMs);
        if (reply.status == 200) {
            ledger.acknowledgeQuestion(session, reply.json().value(QStringLiteral("question_id")).toString(), text);
            ++inSession;
        } else {
            ledger.refuseQuestion(session, text);
        }
        return reply;
    };
    for (int i = 0; i < 4; ++i)
        QVERIFY2(write(REQUEST_TIMEOUT_MS).status == 200, "a write failed before the disk was full");

    // Fill the file system to the last byte.
    const QByteArray fillerPath = QFile::encodeName(mountPoint + QStringLiteral("/filler"));
    const int filler = ::open(fillerPath.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    QVERIFY(filler >= 0);
    for (const qsizetype chunk : {qsizetype(64 * 1024), qsizetype(4096), qsizetype(1)}) {
        const QByteArray bytes(chunk, 'f');
        while (::write(filler, bytes.constData(), size_t(chunk)) == chunk) { }
    }
    const int fillErrno = errno;
    ::close(filler);
    struct statvfs space
    {
    };
    QVERIFY(::statvfs(QFile::encodeName(mountPoint).constData(), &space) == 0);
    qInfo("filled: errno %d, %llu blocks free", fillErrno, qulonglong(space.f_bavail));
    QCOMPARE(fillErrno, ENOSPC);

    // Write until refused (a WAL may first reuse space it already has), and a little beyond.
    QStringList answers;
    int firstRefusal = -1;
    for (int i = 0; i < 300 && (firstRefusal < 0 || i < firstRefusal + 3); ++i) {
        const HttpResponse reply = write(REQUEST_DEADLINE_MS + 5000);
        qInfo("write %d on the full disk: %s", i, reply.describe().constData());
        if (reply.status != 200) {
            answers << QString::fromUtf8(reply.describe());
            if (firstRefusal < 0)
                firstRefusal = i;
            QVERIFY2(isDatabaseError(reply), reply.describe().constData());
        }
    }
    qInfo("first refusal after %d writes on the full disk; %lld refused", firstRefusal,
          qlonglong(ledger.refusedWrites()));
    QVERIFY2(firstRefusal >= 0, "300 writes were acknowledged on a full disk");
    const Health full = waitForHealth(port(), 503, QStringLiteral("disk_full"), 5000);
    QVERIFY2(full.status == 503 && full.databaseStatus == QStringLiteral("disk_full"), full.raw.constData());

    // Free the space: the next write succeeds and the server is healthy again.
    QVERIFY(QFile::remove(QFile::decodeName(fillerPath)));
    const HttpResponse again = write(REQUEST_TIMEOUT_MS);
    QVERIFY2(again.status == 200, again.describe().constData());
    const Health healthy = waitForHealth(port(), 200, QStringLiteral("connected"), 5000);
    QVERIFY2(healthy.status == 200, healthy.raw.constData());
    QStringList problems = ledger.verify(port());
    QVERIFY2(problems.isEmpty(), listProblems(problems).constData());

    // And the file is sound, and says the same after a restart.
    QVERIFY(m_server->stop());
    QString error;
    const QList<QVariantList> integrity
        = sqlite(m_server->databasePath(), {QStringLiteral("PRAGMA integrity_check")}, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(integrity.value(0).value(0).toString(), QStringLiteral("ok"));
    startServer(mountPoint + QStringLiteral("/data"));
    QVERIFY(!QTest::currentTestFailed());
    problems = ledger.verify(port());
    QVERIFY2(problems.isEmpty(), listProblems(problems).constData());
}

// 9. SIGKILL under write load, a few rounds: every acknowledged write survives, and each
// session's numbering stays 1..N.
void TestFaultStorage::killLoop()
{
    // FAULT_SEED=<n> repeats a run.
    bool fixed = false;
    const quint32 given = qEnvironmentVariable("FAULT_SEED").toUInt(&fixed);
    const quint32 seed = fixed ? given : QRandomGenerator::global()->generate();
    qInfo("seed %u (FAULT_SEED)", seed);
    QRandomGenerator random(seed);
    WriteLedger ledger;
    // Team mode: the same kills of the instance, its database on the PostgreSQL test server.
    using ir::test::onPostgres;
    const QString location = onPostgres() ? ir::test::createPostgresDatabase() : dataDir();
    const auto dropped = qScopeGuard([&] {
        if (onPostgres()) {
            if (m_server)
                m_server->stop(); // cleanup() still shows its output when the test failed
            ir::test::dropPostgresDatabase(location);
        }
    });
    for (int round = 0; round < KILL_ROUNDS; ++round) {
        startServer(location);
        QVERIFY(!QTest::currentTestFailed());
        const QStringList problems = ledger.verify(port());
        QVERIFY2(problems.isEmpty(),
                 QByteArray("after kill " + QByteArray::number(round) + ": " + listProblems(problems)).constData());

        std::vector<std::unique_ptr<LoadClient>> clients;
        for (int c = 0; c < LOAD_CLIENTS; ++c) {
            clients.push_back(std::make_unique<LoadClient>(port(), QStringLiteral("kill_r%1c%2").arg(round).arg(c),
                                                           ledger, QUESTIONS_PER_SESSION));
            clients.back()->start();
        }
        const auto acknowledged = [&clients] {
            int sum = 0;
            for (const auto &client : clients)
                sum += client->acknowledged();
            return sum;
        };
        // A random moment: after a random number of acknowledged writes, with more in flight.
        const int target = int(random.bounded(10, 200));
        QVERIFY2(QTest::qWaitFor([&] { return acknowledged() >= target; }, 20'000),
                 qPrintable(QStringLiteral("round %1: %2 of %3 writes acknowledged in 20 s")
                                .arg(round)
                                .arg(acknowledged())
                                .arg(target)));
        m_server->kill();
        QVERIFY(QTest::qWaitFor(
            [&clients] {
                for (const auto &client : clients) {
                    if (!client->isStopped())
                        return false;
                }
                return true;
            },
            10'000));
        qInfo("round %d: killed after %d acknowledged writes", round, acknowledged());
        for (const auto &client : clients)
            QVERIFY2(client->unexpected().isEmpty(), listProblems(client->unexpected()).constData());
    }
    startServer(location);
    QVERIFY(!QTest::currentTestFailed());
    const QStringList problems = ledger.verify(port());
    QVERIFY2(problems.isEmpty(), QByteArray("after the last kill: " + listProblems(problems)).constData());
    qInfo("%lld acknowledged writes over %d kills, %lld sessions", qlonglong(ledger.acknowledgedWrites()), KILL_ROUNDS,
          qlonglong(ledger.sessions().size()));
}

QTEST_GUILESS_MAIN(TestFaultStorage)
#include "tst_faultstorage.moc"
