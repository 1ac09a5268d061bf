// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "apiserverhost.h"
#include "requestlogmodel.h"
#include "serverpanel.h"
#include "tempdatabase.h"
#include "uitesthelpers.h"

#include <QApplication>
#include <QClipboard>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace ir;
using namespace ir::ui;
using test::child;

namespace {
const QString API_KEY = QStringLiteral("live-test-key-0123456789");
}

// The server panel over the real HTTP server: what it tells people to run works, and what the
// server refused shows in the log with the API's error code.
class TestUiServerLive final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::isolateSettings(); }
    void init();
    void cleanup();
    void copiedCurlExampleRuns();
    void failedRequestsShowTheirErrorCode_data();
    void failedRequestsShowTheirErrorCode();

private:
    std::unique_ptr<test::TempDatabase> m_db;
    std::unique_ptr<http::ApiServerHost> m_host;
    std::unique_ptr<ServerPanel> m_panel;
    QNetworkAccessManager m_network;
};

void TestUiServerLive::init()
{
    m_db = std::make_unique<test::TempDatabase>();
    QVERIFY(m_db->isValid());
    m_host = std::make_unique<http::ApiServerHost>(m_db->service(), m_db->clock(), m_db->writer(), m_db->readers());
    ServerSettings settings;
    settings.port = 0; // any free port
    settings.apiKey = API_KEY;
    m_host->start(settings);
    QTRY_COMPARE(m_host->state(), ServerState::Listening);
    // As the application does: the server is started first, the panel shows it.
    m_panel = std::make_unique<ServerPanel>(*m_host);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
}

void TestUiServerLive::cleanup()
{
    m_panel.reset();
    m_host.reset();
    m_db.reset();
}

void TestUiServerLive::copiedCurlExampleRuns()
{
    for (const char *tool : {"bash", "curl", "sed"}) {
        if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty())
            QSKIP(tool);
    }
    QTest::mouseClick(child<QPushButton>(m_panel.get(), QStringLiteral("copyCurlButton")), Qt::LeftButton);
    const QString script = QGuiApplication::clipboard()->text();
    QVERIFY(script.contains(m_host->listeningUrl() + QStringLiteral("/dify/interview/create")));
    QProcess shell;
    shell.setProcessChannelMode(QProcess::SeparateChannels);
    shell.start(QStringLiteral("bash"), {QStringLiteral("-c"), script});
    QVERIFY(shell.waitForStarted());
    QSignalSpy finished(&shell, &QProcess::finished);
    QVERIFY(finished.wait(30000));
    const QString out = QString::fromUtf8(shell.readAllStandardOutput());
    QVERIFY2(shell.exitCode() == 0, qPrintable(QString::fromUtf8(shell.readAllStandardError())));
    // The first line is the session_id the first request created, then the add-qa reply.
    const QString sessionId = out.section(u'\n', 0, 0);
    QVERIFY2(sessionId.startsWith(QStringLiteral("session_")), qPrintable(out));
    const QJsonObject added = QJsonDocument::fromJson(out.section(u'\n', 1).toUtf8()).object();
    QVERIFY2(added.value(QStringLiteral("success")).toBool(), qPrintable(out));
    QCOMPARE(added.value(QStringLiteral("question_id")).toString(), sessionId + QStringLiteral("_q001"));
    const Result<Session> session = m_db->service().session(sessionId);
    QVERIFY(session.ok());
    QCOMPARE(session->userId, QStringLiteral("user_001"));
    QCOMPARE(session->sessionName, QStringLiteral("Python开发工程师面试"));
    const Result<QList<QuestionRecord>> questions = m_db->service().questions(sessionId);
    QCOMPARE(questions->size(), 1);
    QCOMPARE(questions->first().overallScore, std::optional<double>(8.5));
    QCOMPARE(questions->first().questionCategory, QStringLiteral("编程基础"));

    // Both requests show in the log, without an error code.
    RequestLogModel *log = m_panel->logModel();
    QTRY_COMPARE(log->rowCount(), 2);
    for (int row = 0; row < 2; ++row) {
        QCOMPARE(log->index(row, RequestLogModel::Status).data().toInt(), 200);
        QCOMPARE(log->index(row, RequestLogModel::ErrorCode).data().toString(), QString());
    }
    QCOMPARE(log->index(1, RequestLogModel::Path).data().toString(), QStringLiteral("/dify/interview/add-qa"));
}

void TestUiServerLive::failedRequestsShowTheirErrorCode_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("body"); // empty = GET
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("errorCode");

    const QByteArray key = API_KEY.toUtf8();
    const QByteArray addQa = R"({"session_id": "session_20250905_133219_0a1f0199", "question_text": "Q",
        "question_type": "technical", "candidate_answer": "A", "interviewer_feedback": "F", "overall_score": 8.5})";
    QTest::addRow("unknown session") << QStringLiteral("/dify/interview/add-qa") << key << addQa << 404
                                     << QStringLiteral("SESSION_NOT_FOUND");
    QTest::addRow("wrong key") << QStringLiteral("/dify/interview/add-qa") << QByteArray("wrong") << addQa << 401
                               << QStringLiteral("UNAUTHORIZED");
    QTest::addRow("missing user_id") << QStringLiteral("/dify/interview/create") << key << QByteArray("{}") << 400
                                     << QStringLiteral("VALIDATION_ERROR");
    QTest::addRow("unknown path") << QStringLiteral("/nowhere") << key << QByteArray() << 404
                                  << QStringLiteral("NOT_FOUND");
}

void TestUiServerLive::failedRequestsShowTheirErrorCode()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, errorCode);
    QNetworkRequest request(QUrl(m_host->listeningUrl() + path));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setRawHeader("Authorization", "Bearer " + key);
    std::unique_ptr<QNetworkReply> reply(body.isEmpty() ? m_network.get(request) : m_network.post(request, body));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    QVERIFY(finished.wait(10000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), status);

    auto *view = child<QTableView>(m_panel.get(), QStringLiteral("requestLogTableView"));
    QAbstractItemModel *log = view->model();
    QTRY_COMPARE(log->rowCount(), 1);
    QCOMPARE(log->index(0, RequestLogModel::Status).data().toInt(), status);
    // Next to the status, the error_code of the reply's envelope.
    QCOMPARE(log->index(0, RequestLogModel::ErrorCode).data().toString(), errorCode);
    QCOMPARE(log->headerData(RequestLogModel::ErrorCode, Qt::Horizontal).toString(), QStringLiteral("Error"));
    QVERIFY(!view->isColumnHidden(RequestLogModel::ErrorCode));
}

QTEST_MAIN(TestUiServerLive)
#include "tst_uiserverlive.moc"
