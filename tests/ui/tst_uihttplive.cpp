// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "apiserverhost.h"
#include "database.h"
#include "mainwindow.h"
#include "questionlistmodel.h"
#include "questionpanel.h"
#include "requestlogmodel.h"
#include "serverpanel.h"
#include "serviceclient.h"
#include "sessionbrowser.h"
#include "sessiontablemodel.h"
#include "sessionview.h"
#include "tempdatabase.h"
#include "uitesthelpers.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace ir;
using namespace ir::ui;

namespace {
const QString API_KEY = QStringLiteral("test-key-0123456789");
}

// The window over the real HTTP server: what a workflow posts shows at once, and the window
// stays responsive while wrk hammers add-qa.
class TestUiHttpLive final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::isolateSettings(); }
    void init();
    void cleanup();
    void postedQuestionAppears();
    void stallWhileWrkHitsAddQa();

private:
    QByteArray post(const QString &path, const QJsonObject &body);

    std::unique_ptr<test::TempDatabase> m_db;
    std::unique_ptr<http::ApiServerHost> m_host;
    std::unique_ptr<ServiceClient> m_client;
    std::unique_ptr<MainWindow> m_window;
    QNetworkAccessManager m_network;
};

void TestUiHttpLive::init()
{
    m_db = std::make_unique<test::TempDatabase>(ServiceLimits {50, 100000});
    QVERIFY(m_db->isValid());
    m_host = std::make_unique<http::ApiServerHost>(m_db->service(), m_db->clock(), m_db->writer(), m_db->readers());
    m_client = std::make_unique<ServiceClient>(m_db->service(), m_db->writer());
    m_window = std::make_unique<MainWindow>(*m_client, *m_host, m_db->clock(), nullptr);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    ServerSettings settings;
    settings.port = 0; // any free port
    settings.apiKey = API_KEY;
    QSignalSpy started(m_host.get(), &ServerControl::stateChanged);
    m_host->start(settings);
    QTRY_COMPARE(m_host->state(), ServerState::Listening);
}

void TestUiHttpLive::cleanup()
{
    m_window.reset();
    m_client.reset();
    m_host.reset();
    m_db.reset();
}

QByteArray TestUiHttpLive::post(const QString &path, const QJsonObject &body)
{
    QNetworkRequest request(QUrl(m_host->listeningUrl() + path));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setRawHeader("Authorization", "Bearer " + API_KEY.toUtf8());
    std::unique_ptr<QNetworkReply> reply(m_network.post(request, QJsonDocument(body).toJson()));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    if (!finished.wait(10000))
        return {};
    return reply->readAll();
}

void TestUiHttpLive::postedQuestionAppears()
{
    const QJsonObject created
        = QJsonDocument::fromJson(post(QStringLiteral("/dify/interview/create"),
                                       {{QStringLiteral("user_id"), QStringLiteral("dify_user")},
                                        {QStringLiteral("session_name"), QStringLiteral("Dify 面试")}}))
              .object();
    const QString sessionId = created.value(QStringLiteral("session_id")).toString();
    QVERIFY2(!sessionId.isEmpty(), QJsonDocument(created).toJson().constData());
    // The new session shows in the browser without any action.
    QTRY_VERIFY_WITH_TIMEOUT(m_window->sessionBrowser()->model()->rowOf(sessionId) >= 0, 1000);
    m_window->sessionBrowser()->selectSession(sessionId);
    QCOMPARE(m_window->sessionView()->sessionId(), sessionId);

    QElapsedTimer sinceReply;
    const QJsonObject added
        = QJsonDocument::fromJson(post(QStringLiteral("/dify/interview/add-qa"),
                                       {{QStringLiteral("session_id"), sessionId},
                                        {QStringLiteral("question_text"), QStringLiteral("请介绍一下你自己")},
                                        {QStringLiteral("question_type"), QStringLiteral("behavioral")},
                                        {QStringLiteral("candidate_answer"), QStringLiteral("我是……")},
                                        {QStringLiteral("interviewer_feedback"), QStringLiteral("清楚")},
                                        {QStringLiteral("overall_score"), QStringLiteral("8.5")}}))
              .object();
    sinceReply.start();
    QVERIFY2(added.value(QStringLiteral("success")).toBool(), QJsonDocument(added).toJson().constData());
    QuestionListModel *questions = m_window->sessionView()->questionPanel()->model();
    QTRY_COMPARE_WITH_TIMEOUT(questions->rowCount(), 1, 1000);
    qInfo("question visible %lld ms after the HTTP reply", sinceReply.elapsed());
    QCOMPARE(questions->index(0, QuestionListModel::SourceColumn).data().toString(), QStringLiteral("AI · unreviewed"));
    QCOMPARE(questions->index(0, QuestionListModel::Score).data().toString(), QStringLiteral("8.5"));
    // Both requests are in the server panel's log.
    QTRY_VERIFY(m_window->serverPanel()->logModel()->rowCount() >= 2);
    QVERIFY(m_window->serverPanel()->statusText().contains(m_host->listeningUrl()));
}

void TestUiHttpLive::stallWhileWrkHitsAddQa()
{
    const QString wrk = QStandardPaths::findExecutable(QStringLiteral("wrk"));
    if (wrk.isEmpty())
        QSKIP("wrk is not installed");
    // 400 sessions × 50 questions: wrk's requests add real rows for the whole run.
    QStringList ids;
    {
        Transaction transaction(m_db->database());
        for (int i = 0; i < 400; ++i) {
            SessionDraft draft;
            draft.userId = QStringLiteral("wrk_%1").arg(i % 100);
            const Result<Session> s = m_db->service().createSession(draft, Source::Api);
            QVERIFY(s.ok());
            ids << s->sessionId;
        }
        QVERIFY(transaction.commit().ok());
    }
    m_window->sessionBrowser()->model()->reload();
    QTRY_VERIFY(m_window->sessionBrowser()->model()->rowOf(ids.last()) >= 0);
    m_window->sessionBrowser()->selectSession(ids.last());
    QCOMPARE(m_window->sessionView()->sessionId(), ids.last());

    QTemporaryDir dir;
    QFile script(dir.filePath(QStringLiteral("addqa.lua")));
    QVERIFY(script.open(QIODevice::WriteOnly));
    QByteArray lua = "ids = {";
    for (const QString &id : ids)
        lua += '"' + id.toUtf8() + "\",";
    lua += "}\nn = 0\n"
           "wrk.method = \"POST\"\n"
           "wrk.headers[\"Content-Type\"] = \"application/json\"\n"
           "wrk.headers[\"Authorization\"] = \"Bearer "
        + API_KEY.toUtf8()
        + "\"\n"
          "request = function()\n"
          "  n = n + 1\n"
          "  local id = ids[(n % #ids) + 1]\n"
          "  local body = string.format('{\"session_id\":\"%s\",\"question_text\":\"wrk q %d %d\","
          "\"question_type\":\"technical\",\"candidate_answer\":\"a\",\"interviewer_feedback\":\"f\","
          "\"overall_score\":7}', id, n, math.random(1000000))\n"
          "  return wrk.format(nil, \"/dify/interview/add-qa\", nil, body)\n"
          "end\n";
    script.write(lua);
    script.close();

    QElapsedTimer clock;
    qint64 last = 0;
    QList<qint64> gaps;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(5);
    connect(&probe, &QTimer::timeout, this, [&] {
        const qint64 now = clock.elapsed();
        gaps << now - last;
        last = now;
    });
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    clock.start();
    probe.start();
    process.start(wrk,
                  {QStringLiteral("-t2"), QStringLiteral("-c16"), QStringLiteral("-d5s"), QStringLiteral("-s"),
                   script.fileName(), m_host->listeningUrl()});
    QVERIFY(process.waitForStarted());
    // Keep the event loop running (not waitForFinished, which would block it).
    QTRY_VERIFY_WITH_TIMEOUT(process.state() == QProcess::NotRunning, 30000);
    probe.stop();
    const QString output = QString::fromLocal8Bit(process.readAll());
    std::sort(gaps.begin(), gaps.end());
    const qint64 worst = gaps.isEmpty() ? 0 : gaps.last();
    const qint64 p99 = gaps.isEmpty() ? 0 : gaps.at(qsizetype(gaps.size() * 0.99));
    qInfo("wrk add-qa:\n%s", qPrintable(output));
    qInfo("event-loop gap (5 ms timer) while wrk ran: worst %lld ms, p99 %lld ms, ticks %lld", worst, p99,
          qint64(gaps.size()));
    QTRY_VERIFY(m_window->sessionView()->questionPanel()->model()->rowCount() > 0);
    QVERIFY2(worst < 1000, qPrintable(QStringLiteral("worst stall %1 ms").arg(worst)));
}

QTEST_MAIN(TestUiHttpLive)
#include "tst_uihttplive.moc"
