// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Starts the real binary (`--headless --no-auth --port <free> --data-dir <tmp>`) and runs the
// seed doc's Python SDK example and its curl walk-through against it, extracted from
// ../shared/seeds/001_f775ba702cfdbe03.txt at test time with only the address replaced.
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

namespace {

const QString SEED_FILE = QStringLiteral(IR_SEEDS_DIR "/001_f775ba702cfdbe03.txt");
const QString SEED_BASE_URL = QStringLiteral("http://43.142.157.145:8006");
// The walk-through's example session, which cannot exist on a fresh database.
const QString SEED_SESSION_ID = QStringLiteral("session_20250905_133219_0a1f0199");

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

// The fenced code blocks of a language in the seed doc, in document order.
QStringList codeBlocks(const QString &document, const QString &language)
{
    QStringList blocks;
    const QRegularExpression fence(QStringLiteral("```%1\\n(.*?)```").arg(language),
                                   QRegularExpression::DotMatchesEverythingOption);
    for (auto it = fence.globalMatch(document); it.hasNext();)
        blocks << it.next().captured(1);
    return blocks;
}

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run runProgram(const QString &program, const QStringList &arguments, const QByteArray &input = {})
{
    QProcess process;
    process.start(program, arguments);
    process.write(input);
    process.closeWriteChannel();
    Run run;
    if (!process.waitForFinished(60000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

} // namespace

class TestE2eSeed final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void pythonSdkExample();
    void curlWalkthrough_data();
    void curlWalkthrough();
    void cleanupTestCase();

private:
    QJsonObject getJson(const QString &path);

    QTemporaryDir m_home;
    QProcess m_server;
    quint16 m_port = 0;
    QString m_baseUrl;
    QString m_seed;
    QString m_walkthroughSession; // created by the walk-through's first step
};

void TestE2eSeed::initTestCase()
{
    QFile seed(SEED_FILE);
    QVERIFY2(seed.open(QIODevice::ReadOnly), qPrintable(SEED_FILE));
    m_seed = QString::fromUtf8(seed.readAll());
    QVERIFY(m_home.isValid());

    m_port = freePort();
    m_baseUrl = QStringLiteral("http://127.0.0.1:%1").arg(m_port);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // Settings go to the temporary home, never to the user's.
    environment.insert(QStringLiteral("HOME"), m_home.path());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.path() + QStringLiteral("/config"));
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    m_server.setProcessEnvironment(environment);
    m_server.start(QStringLiteral(IR_APP_BINARY),
                   {QStringLiteral("--headless"), QStringLiteral("--no-auth"), QStringLiteral("--port"),
                    QString::number(m_port), QStringLiteral("--data-dir"), m_home.path() + QStringLiteral("/data")});
    QVERIFY(m_server.waitForStarted(10000));
    QTRY_VERIFY_WITH_TIMEOUT(m_server.state() == QProcess::NotRunning
                                 || getJson(QStringLiteral("/health")).value(QStringLiteral("status"))
                                     == QStringLiteral("healthy"),
                             15000);
    QVERIFY2(m_server.state() == QProcess::Running, m_server.readAllStandardError().constData());
}

QJsonObject TestE2eSeed::getJson(const QString &path)
{
    QNetworkAccessManager manager;
    QNetworkReply *reply = manager.get(QNetworkRequest(QUrl(m_baseUrl + path)));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(5000, &loop, &QEventLoop::quit);
    loop.exec();
    const QJsonObject object = QJsonDocument::fromJson(reply->readAll()).object();
    delete reply;
    return object;
}

void TestE2eSeed::pythonSdkExample()
{
    const QStringList blocks = codeBlocks(m_seed, QStringLiteral("python"));
    QCOMPARE(blocks.size(), 1);
    QString script = blocks.first();
    QVERIFY(script.contains(SEED_BASE_URL));
    script.replace(SEED_BASE_URL, m_baseUrl); // the only change

    const Run run = runProgram(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-")}, script.toUtf8());
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QString out = QString::fromUtf8(run.out);
    const QRegularExpressionMatch created
        = QRegularExpression(QStringLiteral("面试会话创建成功: (session_\\d{8}_\\d{6}_[0-9a-f]{8})\\n")).match(out);
    QVERIFY2(created.hasMatch(), run.out.constData());
    const QString sessionId = created.captured(1);
    QVERIFY(out.contains(QStringLiteral("面试总结: {")));
    QVERIFY(out.contains(QStringLiteral("'success': True")));
    QVERIFY(out.contains(sessionId + QStringLiteral("_q001")));

    // What the example stored, read back.
    const QJsonObject summary = getJson(QStringLiteral("/dify/interview/%1/summary").arg(sessionId));
    QCOMPARE(summary.value(QStringLiteral("success")), QJsonValue(true));
    const QJsonObject figures = summary.value(QStringLiteral("summary")).toObject();
    QCOMPARE(figures.value(QStringLiteral("total_questions")).toInt(), 1);
    QCOMPARE(figures.value(QStringLiteral("completed_questions")).toInt(), 1);
    QCOMPARE(figures.value(QStringLiteral("average_score")).toDouble(), 9.2);
    const QJsonObject latest = getJson(QStringLiteral("/dify/interview/python_expert_001/latest"));
    QCOMPARE(latest.value(QStringLiteral("latest_session")).toObject().value(QStringLiteral("session_id")).toString(),
             sessionId);
}

void TestE2eSeed::curlWalkthrough_data()
{
    QTest::addColumn<int>("step");
    QTest::addRow("1 create the interview record") << 0;
    QTest::addRow("2 add the technical question") << 1;
    QTest::addRow("3 add the project question") << 2;
    QTest::addRow("4 get the summary") << 3;
}

void TestE2eSeed::curlWalkthrough()
{
    QFETCH(int, step);
    QStringList steps;
    for (const QString &block : codeBlocks(m_seed, QStringLiteral("bash"))) {
        if (block.contains(QStringLiteral("curl ")))
            steps << block;
    }
    QCOMPARE(steps.size(), 4);
    QString command = steps.at(step);
    QVERIFY(command.contains(SEED_BASE_URL));
    command.replace(SEED_BASE_URL, m_baseUrl);
    if (step > 0) {
        // The walk-through hard-codes an example session_id that does not exist on this fresh
        // database: use the session its own first step created instead.
        QVERIFY(!m_walkthroughSession.isEmpty());
        QVERIFY(command.contains(SEED_SESSION_ID));
        command.replace(SEED_SESSION_ID, m_walkthroughSession);
    }
    const Run run = runProgram(QStringLiteral("/bin/bash"), {QStringLiteral("-c"), command});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject reply = QJsonDocument::fromJson(run.out).object();
    QVERIFY2(reply.value(QStringLiteral("success")) == QJsonValue(true), run.out.constData());

    switch (step) {
    case 0:
        m_walkthroughSession = reply.value(QStringLiteral("session_id")).toString();
        QVERIFY(QRegularExpression(QStringLiteral("^session_\\d{8}_\\d{6}_[0-9a-f]{8}$"))
                    .match(m_walkthroughSession)
                    .hasMatch());
        QCOMPARE(reply.value(QStringLiteral("user_id")).toString(), QStringLiteral("candidate_001"));
        QCOMPARE(reply.value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
        QCOMPARE(reply.value(QStringLiteral("message")).toString(), QStringLiteral("面试记录创建成功"));
        break;
    case 1:
    case 2:
        QCOMPARE(reply.value(QStringLiteral("question_id")).toString(),
                 m_walkthroughSession + QStringLiteral("_q00%1").arg(step));
        QCOMPARE(reply.value(QStringLiteral("status")).toString(), QStringLiteral("added"));
        QCOMPARE(reply.value(QStringLiteral("message")).toString(), QStringLiteral("题目和回答添加成功"));
        break;
    default: {
        const QJsonObject figures = reply.value(QStringLiteral("summary")).toObject();
        QCOMPARE(figures.value(QStringLiteral("total_questions")).toInt(), 2);
        QCOMPARE(figures.value(QStringLiteral("completed_questions")).toInt(), 2);
        QCOMPARE(figures.value(QStringLiteral("average_score")).toDouble(), 8.8); // (9.0 + 8.5) / 2
        QCOMPARE(figures.value(QStringLiteral("session_status")).toString(), QStringLiteral("pending"));
        QVERIFY(figures.value(QStringLiteral("duration")).isNull());
        const QJsonArray questions = reply.value(QStringLiteral("questions_summary")).toArray();
        QCOMPARE(questions.size(), 2);
        QCOMPARE(questions.at(1).toObject().value(QStringLiteral("question_type")).toString(),
                 QStringLiteral("project_based"));
        break;
    }
    }
}

void TestE2eSeed::cleanupTestCase()
{
    if (m_server.state() != QProcess::Running)
        return;
    m_server.terminate(); // SIGTERM: a clean stop with exit code 0
    QVERIFY(m_server.waitForFinished(10000));
    QCOMPARE(m_server.exitStatus(), QProcess::NormalExit);
    QCOMPARE(m_server.exitCode(), 0);
    const QByteArray log = m_server.readAllStandardOutput();
    QVERIFY(log.contains("POST /dify/interview/add-qa 200"));
}

QTEST_GUILESS_MAIN(TestE2eSeed)
#include "tst_e2eseed.moc"
