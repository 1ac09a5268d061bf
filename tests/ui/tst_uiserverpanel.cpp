// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakeservercontrol.h"
#include "messagebox.h"
#include "requestlogmodel.h"
#include "serverpanel.h"
#include "settingskeys.h"
#include "uitesthelpers.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTest>
#include <QTextBrowser>

using namespace ir;
using namespace ir::ui;
using test::child;

// The server panel over a fake ServerControl: state, settings, key handling, guides, log.
class TestUiServerPanel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { test::isolateSettings(); }

    void generatesAndPersistsTheKey();
    void startsAndStopsWithTheFormSettings();
    void authCannotBeOffOffLoopback();
    void keyIsMaskedUntilShown();
    void regenerateAsksFirst();
    void guidesNameEverythingDifyNeeds();
    void showsAFailedStart();
    void logsRequests();
    void autoStart();
};

void TestUiServerPanel::generatesAndPersistsTheKey()
{
    test::FakeServerControl server;
    ServerPanel panel(server);
    const QString key = QSettings().value(keys::serverApiKey()).toString();
    QVERIFY(key.size() >= 40);
    QCOMPARE(panel.formSettings().apiKey, key);
    ServerPanel again(server);
    QCOMPARE(again.formSettings().apiKey, key);
}

void TestUiServerPanel::startsAndStopsWithTheFormSettings()
{
    test::FakeServerControl server;
    ServerPanel panel(server);
    auto *start = child<QPushButton>(&panel, QStringLiteral("startServerButton"));
    auto *stop = child<QPushButton>(&panel, QStringLiteral("stopServerButton"));
    child<QSpinBox>(&panel, QStringLiteral("portSpinBox"))->setValue(18006);
    QVERIFY(start->isEnabled());
    QVERIFY(!stop->isEnabled());
    QTest::mouseClick(start, Qt::LeftButton);
    QCOMPARE(server.state(), ServerState::Listening);
    QCOMPARE(server.settings().port, quint16(18006));
    QCOMPARE(server.settings().bindAddress, QStringLiteral("127.0.0.1"));
    QVERIFY(server.settings().authEnabled);
    QVERIFY(server.settings().allowedHosts.contains(QStringLiteral("host.docker.internal:18006")));
    QVERIFY(!start->isEnabled());
    QVERIFY(stop->isEnabled());
    QVERIFY(panel.statusText().contains(QStringLiteral("http://127.0.0.1:18006")));
    QCOMPARE(child<QLineEdit>(&panel, QStringLiteral("openApiLineEdit"))->text(),
             QStringLiteral("http://127.0.0.1:18006/openapi.json"));
    QCOMPARE(QSettings().value(keys::serverPort()).toInt(), 18006);

    // A changed setting while listening offers a restart.
    child<QSpinBox>(&panel, QStringLiteral("portSpinBox"))->setValue(18007);
    QVERIFY(start->isEnabled());
    QTest::mouseClick(start, Qt::LeftButton);
    QCOMPARE(server.settings().port, quint16(18007));
    QTest::mouseClick(stop, Qt::LeftButton);
    QCOMPARE(server.state(), ServerState::Stopped);
    QVERIFY(panel.statusText().contains(QStringLiteral("stopped")));
}

void TestUiServerPanel::authCannotBeOffOffLoopback()
{
    test::FakeServerControl server;
    ServerPanel panel(server);
    auto *auth = child<QCheckBox>(&panel, QStringLiteral("authCheckBox"));
    auth->setChecked(false);
    QVERIFY(!panel.formSettings().authEnabled);
    child<QComboBox>(&panel, QStringLiteral("bindComboBox"))->setCurrentText(QStringLiteral("0.0.0.0"));
    QVERIFY(auth->isChecked());
    QVERIFY(!auth->isEnabled());
    QVERIFY(panel.formSettings().authEnabled);
    // The reason is core's rule, the one the command line and the server apply.
    ServerSettings withoutKey = panel.formSettings();
    withoutKey.authEnabled = false;
    QCOMPARE(auth->toolTip(), serverSettingsRefusal(withoutKey).value_or(QString()));
    QVERIFY(auth->toolTip().contains(QStringLiteral("0.0.0.0")));
    child<QComboBox>(&panel, QStringLiteral("bindComboBox"))->setCurrentText(QStringLiteral("127.0.0.1"));
    QVERIFY(auth->isEnabled());
    QVERIFY(auth->toolTip().isEmpty());
}

void TestUiServerPanel::keyIsMaskedUntilShown()
{
    test::FakeServerControl server;
    ServerPanel panel(server);
    const QString key = panel.formSettings().apiKey;
    auto *keyEdit = child<QLineEdit>(&panel, QStringLiteral("apiKeyLineEdit"));
    auto *curl = child<QPlainTextEdit>(&panel, QStringLiteral("curlTextEdit"));
    QCOMPARE(keyEdit->echoMode(), QLineEdit::Password);
    QVERIFY(!curl->toPlainText().contains(key));
    QTest::mouseClick(child<QPushButton>(&panel, QStringLiteral("showKeyButton")), Qt::LeftButton);
    QCOMPARE(keyEdit->echoMode(), QLineEdit::Normal);
    QVERIFY(curl->toPlainText().contains(QStringLiteral("Authorization: Bearer ") + key));
    QTest::mouseClick(child<QPushButton>(&panel, QStringLiteral("copyKeyButton")), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), key);
    QTest::mouseClick(child<QPushButton>(&panel, QStringLiteral("copyCurlButton")), Qt::LeftButton);
    const QString copied = QGuiApplication::clipboard()->text();
    QVERIFY(copied.startsWith(QStringLiteral("curl -X POST 'http://127.0.0.1:8006/dify/interview/create'")));
    QVERIFY(copied.contains(key));
}

void TestUiServerPanel::regenerateAsksFirst()
{
    test::FakeServerControl server;
    ServerPanel panel(server);
    const QString before = panel.formSettings().apiKey;
    MessageBox::setNextAnswer(QMessageBox::No);
    QTest::mouseClick(child<QPushButton>(&panel, QStringLiteral("regenerateKeyButton")), Qt::LeftButton);
    QCOMPARE(panel.formSettings().apiKey, before);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(child<QPushButton>(&panel, QStringLiteral("regenerateKeyButton")), Qt::LeftButton);
    QVERIFY(panel.formSettings().apiKey != before);
    QCOMPARE(QSettings().value(keys::serverApiKey()).toString(), panel.formSettings().apiKey);
}

void TestUiServerPanel::guidesNameEverythingDifyNeeds()
{
    test::FakeServerControl server;
    ServerPanel panel(server);
    child<QComboBox>(&panel, QStringLiteral("bindComboBox"))->setCurrentText(QStringLiteral("172.17.0.1"));
    const QString guide = child<QTextBrowser>(&panel, QStringLiteral("difyGuideBrowser"))->toPlainText();
    for (const char *needed : {"host.docker.internal", "SSRF_PROXY_ALLOW_PRIVATE_IPS=172.17.0.1/32",
                               "SSRF_PROXY_ALLOW_PRIVATE_DOMAINS=host.docker.internal", "docker/.env", "0.0.0.0",
                               "http://host.docker.internal:8006/openapi.json", "Authorization"})
        QVERIFY2(guide.contains(QString::fromUtf8(needed)), needed);
    QTest::mouseClick(child<QPushButton>(&panel, QStringLiteral("copyEnvButton")), Qt::LeftButton);
    QVERIFY(QGuiApplication::clipboard()->text().contains(QStringLiteral("SSRF_PROXY_ALLOW_PRIVATE_DOMAINS")));
}

void TestUiServerPanel::showsAFailedStart()
{
    test::FakeServerControl server;
    ServerPanel panel(server);
    server.failNextStart(QStringLiteral("The port is in use."));
    QTest::mouseClick(child<QPushButton>(&panel, QStringLiteral("startServerButton")), Qt::LeftButton);
    QCOMPARE(server.state(), ServerState::Failed);
    QVERIFY(child<QLabel>(&panel, QStringLiteral("stateLabel"))->text().contains(QStringLiteral("port is in use")));
    QVERIFY(child<QPushButton>(&panel, QStringLiteral("startServerButton"))->isEnabled());
}

void TestUiServerPanel::logsRequests()
{
    test::FakeServerControl server;
    ServerPanel panel(server);
    QAbstractItemModelTester tester(panel.logModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    server.logRequest({1757050339000, QStringLiteral("POST"), QStringLiteral("/dify/interview/add-qa"), 200, 3.2});
    server.logRequest({1757050340000, QStringLiteral("GET"), QStringLiteral("/health"), 200, 0.4});
    QCOMPARE(panel.logModel()->rowCount(), 2);
    QCOMPARE(panel.logModel()->index(0, RequestLogModel::Path).data().toString(),
             QStringLiteral("/dify/interview/add-qa"));
    QCOMPARE(panel.logModel()->index(0, RequestLogModel::Elapsed).data().toString(), QStringLiteral("3.2"));
    QTest::mouseClick(child<QPushButton>(&panel, QStringLiteral("clearLogButton")), Qt::LeftButton);
    QCOMPARE(panel.logModel()->rowCount(), 0);
}

void TestUiServerPanel::autoStart()
{
    {
        test::FakeServerControl server;
        ServerPanel panel(server);
        panel.startIfWanted();
        QCOMPARE(server.startCount(), 1);
        panel.startIfWanted(); // already asked
        QCOMPARE(server.startCount(), 1);
    }
    // The application started the server (command line applied): the panel shows those
    // settings, keeps what it does not edit, and does not start it again.
    test::FakeServerControl server;
    ServerSettings launched;
    launched.port = 9100;
    launched.apiKey = QStringLiteral("from-the-command-line");
    launched.publicUrl = QStringLiteral("http://example.test:9100");
    launched.allowedOrigins = {QStringLiteral("http://localhost:3000")};
    server.start(launched);
    ServerPanel panel(server);
    panel.startIfWanted();
    QCOMPARE(server.startCount(), 1);
    QCOMPARE(child<QSpinBox>(&panel, QStringLiteral("portSpinBox"))->value(), 9100);
    QCOMPARE(panel.formSettings().apiKey, QStringLiteral("from-the-command-line"));
    QCOMPARE(panel.formSettings().publicUrl, QStringLiteral("http://example.test:9100"));
    QCOMPARE(panel.formSettings().allowedOrigins, launched.allowedOrigins);
    QVERIFY(!child<QPushButton>(&panel, QStringLiteral("startServerButton"))->isEnabled());
}

QTEST_MAIN(TestUiServerPanel)
#include "tst_uiserverpanel.moc"
