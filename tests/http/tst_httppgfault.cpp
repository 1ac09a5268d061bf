// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Team mode's faults: the PostgreSQL server (one of this test's own, scripts/pg-test-server)
// stops under a running instance while it takes writes, stays down a while and starts again.
// Writes answer 503 DATABASE_ERROR in good time, /health says why, the instance reconnects by
// itself, and every write it acknowledged is still there.
#include "changelistener.h"
#include "mockclock.h"
#include "teaminstance.h"
#include "tempdatabase.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QProcess>
#include <QSet>
#include <QTest>
#include <QTimer>

#include <unistd.h>

#include <algorithm>

using namespace ir;
using namespace ir::test;

namespace {

const QString PG_BIN = QStringLiteral("/usr/lib/postgresql/15/bin");
const QString ADD_QA = QStringLiteral("/dify/interview/add-qa");
// The contract's request deadline: a write must be answered inside it, also while the server is down.
constexpr qint64 REQUEST_DEADLINE_MS = 30'000;

// A PostgreSQL cluster of this test alone, so that it can be stopped and started again.
class OwnServer final
{
public:
    OwnServer()
        : m_dir(QDir::temp().filePath(QStringLiteral("ir-pgfault-%1").arg(QCoreApplication::applicationPid())))
    { }
    ~OwnServer() { script(QStringLiteral("stop")); }
    Q_DISABLE_COPY_MOVE(OwnServer)

    bool create()
    {
        if (!script(QStringLiteral("start")))
            return false;
        QFile file(QDir(m_dir).filePath(QStringLiteral("url")));
        if (!file.open(QIODevice::ReadOnly))
            return false;
        m_adminUrl = QString::fromUtf8(file.readAll()).trimmed();
        m_port = m_adminUrl.section(u':', 2).section(u'/', 0, 0).toInt();
        // The cluster's own folder, where its owner can reach it (the script says which).
        QFile cluster(QDir(m_dir).filePath(QStringLiteral("cluster")));
        m_cluster = cluster.open(QIODevice::ReadOnly) ? QString::fromUtf8(cluster.readAll()).trimmed() : m_dir;
        return m_port > 0;
    }
    QString adminUrl() const { return m_adminUrl; }
    QString urlOf(const QString &database) const
    {
        return m_adminUrl.left(m_adminUrl.lastIndexOf(u'/') + 1) + database;
    }

    // pg_ctl as the cluster's owner (the postgres user when the tests run as root), started only.
    void pgCtl(QProcess &process, const QStringList &arguments) const
    {
        QStringList command {PG_BIN + QStringLiteral("/pg_ctl"), QStringLiteral("-D"),
                             m_cluster + QStringLiteral("/data")};
        command << arguments;
        process.setWorkingDirectory(m_cluster); // the postgres user may not enter the build folder
        if (::geteuid() == 0)
            process.start(QStringLiteral("runuser"),
                          QStringList {QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--")}
                              + command);
        else
            process.start(command.takeFirst(), command);
    }
    void startStopping(QProcess &process, const QString &mode) const
    {
        pgCtl(process, {QStringLiteral("-m"), mode, QStringLiteral("-w"), QStringLiteral("stop")});
    }
    bool isRunning() const
    {
        QProcess process;
        pgCtl(process, {QStringLiteral("status")});
        return process.waitForFinished(30'000) && process.exitCode() == 0;
    }
    // The same cluster on the same port again, as scripts/pg-test-server first started it.
    bool startAgain() const
    {
        QProcess process;
        pgCtl(process,
              {QStringLiteral("-l"), m_cluster + QStringLiteral("/server.log"), QStringLiteral("-w"),
               QStringLiteral("-t"), QStringLiteral("60"), QStringLiteral("-o"),
               QStringLiteral("-p %1 -k %2 -c listen_addresses=127.0.0.1 -c max_connections=400")
                   .arg(m_port)
                   .arg(m_cluster),
               QStringLiteral("start")});
        return process.waitForFinished(90'000) && process.exitCode() == 0;
    }

private:
    bool script(const QString &command) const
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process.start(QStringLiteral(IR_PG_TEST_SERVER), {command, m_dir});
        return process.waitForFinished(120'000) && process.exitCode() == 0;
    }

    QString m_dir;
    QString m_cluster;
    QString m_adminUrl;
    int m_port = 0;
};

} // namespace

class TestHttpPgFault final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();
    void serverStopsUnderWritesAndComesBack_data();
    void serverStopsUnderWritesAndComesBack();

private:
    MockClock m_clock;
    std::unique_ptr<OwnServer> m_server;
    std::unique_ptr<QProcess> m_stopping; // pg_ctl stop, while it runs
    int m_databases = 0;
};

void TestHttpPgFault::initTestCase()
{
    if (!QFileInfo(PG_BIN + QStringLiteral("/pg_ctl")).isExecutable())
        QSKIP("PostgreSQL 15 is not installed (scripts/setup installs it)");
    m_server = std::make_unique<OwnServer>();
    QVERIFY(m_server->create());
}

void TestHttpPgFault::cleanupTestCase()
{
    m_server.reset();
}

void TestHttpPgFault::cleanup()
{
    // A failed test may have left the server down (or going down): the next one needs it.
    if (m_stopping && m_stopping->state() != QProcess::NotRunning)
        m_stopping->waitForFinished(60'000);
    m_stopping.reset();
    if (m_server && !m_server->isRunning())
        QVERIFY(m_server->startAgain());
}

void TestHttpPgFault::serverStopsUnderWritesAndComesBack_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addRow("restart (fast shutdown)") << QStringLiteral("fast");
    QTest::addRow("crash (immediate shutdown)") << QStringLiteral("immediate");
}

void TestHttpPgFault::serverStopsUnderWritesAndComesBack()
{
    QFETCH(QString, mode);
    const QString name = QStringLiteral("fault_%1").arg(++m_databases);
    QVERIFY(adminExec(m_server->adminUrl(), QStringLiteral("CREATE DATABASE ") + name));
    ServiceLimits limits;
    limits.questionsPerSession = 100'000;
    TeamInstance instance(m_server->urlOf(name), m_clock, limits);
    QVERIFY2(instance.start(), qPrintable(instance.error()));
    HttpClient &client = instance.client();
    const QString sessionId = client.post(QStringLiteral("/dify/interview/create"), R"({"user_id":"fault"})")
                                  .json.value(u"session_id")
                                  .toString();
    QVERIFY(!sessionId.isEmpty());

    // Writes before, while and after the server goes down: each is acknowledged or refused 503.
    QSet<QString> acknowledged;
    int refused = 0;
    int sent = 0;
    m_stopping = std::make_unique<QProcess>();
    QProcess &stopping = *m_stopping;
    for (int round = 0; round < 500 && (round < 2 || stopping.state() != QProcess::NotRunning); ++round) {
        if (round == 1)
            m_server->startStopping(stopping, mode); // while this round's writes are on their way
        QList<BurstRequest> burst;
        for (int i = 0; i < 8; ++i) {
            burst << BurstRequest {instance.port(),
                                   "POST",
                                   ADD_QA,
                                   addQaBody(sessionId, QStringLiteral("停机中的问题 %1").arg(++sent)),
                                   {}};
        }
        for (const HttpResult &result : sendAtOnce(burst)) {
            if (result.status == 200) {
                acknowledged.insert(result.json.value(u"question_id").toString());
                continue;
            }
            QVERIFY2(result.status == 503, result.body.constData());
            QCOMPARE(result.json.value(u"error_code").toString(), QStringLiteral("DATABASE_ERROR"));
            ++refused;
        }
    }
    // (waitForFinished() is false for a process that has finished already.)
    QVERIFY(stopping.state() == QProcess::NotRunning || stopping.waitForFinished(60'000));
    QCOMPARE(stopping.exitStatus(), QProcess::NormalExit);
    QVERIFY2(stopping.exitCode() == 0, stopping.readAllStandardError().constData());

    // Down: a write is refused in good time, and /health says the database is disconnected.
    QElapsedTimer timer;
    timer.start();
    const HttpResult down = client.post(ADD_QA, addQaBody(sessionId, QStringLiteral("服务器停了")));
    QCOMPARE(down.status, 503);
    QCOMPARE(down.json.value(u"error_code").toString(), QStringLiteral("DATABASE_ERROR"));
    QVERIFY2(timer.elapsed() < REQUEST_DEADLINE_MS, qPrintable(QString::number(timer.elapsed())));
    QTRY_COMPARE_WITH_TIMEOUT(client.get(QStringLiteral("/health")).status, 503, 5000);
    const HttpResult health = client.get(QStringLiteral("/health"));
    QCOMPARE(health.json.value(u"status").toString(), QStringLiteral("unhealthy"));
    QCOMPARE(jsonAt(health.json, QStringLiteral("stats.database_status")).toString(), QStringLiteral("disconnected"));
    QTRY_VERIFY_WITH_TIMEOUT(!instance.service().hearsOtherInstances(), 5000);
    qInfo("%d writes acknowledged, %d refused while the server stopped", int(acknowledged.size()), refused);

    // Back: the instance reconnects by itself (probes, writer, readers, listener).
    QVERIFY(m_server->startAgain());
    QTRY_COMPARE_WITH_TIMEOUT(client.get(QStringLiteral("/health")).status, 200, 15'000);
    QCOMPARE(jsonAt(client.get(QStringLiteral("/health")).json, QStringLiteral("stats.database_status")).toString(),
             QStringLiteral("connected"));
    const HttpResult after = client.post(ADD_QA, addQaBody(sessionId, QStringLiteral("服务器回来了")));
    QVERIFY2(after.status == 200, after.body.constData());
    acknowledged.insert(after.json.value(u"question_id").toString());
    QTRY_VERIFY_WITH_TIMEOUT(instance.service().hearsOtherInstances(), 5000);

    // Nothing acknowledged is lost; the numbers have no gap (a refused write may still have
    // committed when only its reply was lost, so there may be more than were acknowledged).
    const HttpResult read = client.get(QStringLiteral("/sessions/") + sessionId);
    QCOMPARE(read.status, 200);
    QSet<QString> stored;
    QList<int> numbers;
    for (const QJsonValue &question : jsonAt(read.json, QStringLiteral("data.questions")).toArray()) {
        stored.insert(question.toObject().value(u"question_id").toString());
        numbers << question.toObject().value(u"question_number").toInt();
    }
    for (const QString &id : std::as_const(acknowledged))
        QVERIFY2(stored.contains(id), qPrintable(id + QStringLiteral(" was acknowledged and is gone")));
    std::sort(numbers.begin(), numbers.end());
    for (int i = 0; i < numbers.size(); ++i)
        QCOMPARE(numbers.at(i), i + 1);
}

QTEST_GUILESS_MAIN(TestHttpPgFault)
#include "tst_httppgfault.moc"
