// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakeservercontrol.h"
#include "languages.h"
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
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSettings>
#include <QSpinBox>
#include <QTableView>
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
    void curlExampleHasCreateAndAddQa();
    void curlExampleWraps();
    void curlCommentsFollowTheLanguage_data();
    void curlCommentsFollowTheLanguage();
    void keyNotRequiredWithoutAuth();
    void staysNarrowWithLongTexts_data();
    void staysNarrowWithLongTexts();
    void mcpClientConfiguration_data();
    void mcpClientConfiguration();
    void logsMcpCalls();
};

namespace {

// The example's lines that are not comments: the commands and the JSON.
QStringList commandLines(const QString &example)
{
    QStringList lines = example.split(u'\n');
    lines.removeIf([](const QString &line) { return line.startsWith(u'#'); });
    return lines;
}

} // namespace

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
    QVERIFY(copied.contains(QStringLiteral("curl -sS -X POST 'http://127.0.0.1:8006/dify/interview/create'")));
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
    server.logRequest({1757050341000, QStringLiteral("GET"), QStringLiteral("/dify/interview/nope/summary"), 404, 0.7,
                       QStringLiteral("SESSION_NOT_FOUND")});
    QCOMPARE(panel.logModel()->rowCount(), 3);
    QCOMPARE(panel.logModel()->index(0, RequestLogModel::ErrorCode).data().toString(), QString());
    QCOMPARE(panel.logModel()->index(2, RequestLogModel::Status).data().toInt(), 404);
    // Next to the status, the error code.
    QCOMPARE(RequestLogModel::ErrorCode, RequestLogModel::Status + 1);
    QCOMPARE(panel.logModel()->index(2, RequestLogModel::ErrorCode).data().toString(),
             QStringLiteral("SESSION_NOT_FOUND"));
    // The path is the column that gives way in a narrow panel: the whole request is every cell's tooltip.
    auto *view = child<QTableView>(&panel, QStringLiteral("requestLogTableView"));
    QCOMPARE(view->horizontalHeader()->visualIndex(RequestLogModel::Path), RequestLogModel::ColumnCount - 1);
    QCOMPARE(panel.logModel()->index(2, RequestLogModel::Status).data(Qt::ToolTipRole).toString(),
             QStringLiteral("GET /dify/interview/nope/summary"));
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

void TestUiServerPanel::curlExampleHasCreateAndAddQa()
{
    test::FakeServerControl server;
    ServerPanel panel(server);
    QTest::mouseClick(child<QPushButton>(&panel, QStringLiteral("copyCurlButton")), Qt::LeftButton);
    const QString example = QGuiApplication::clipboard()->text();
    QCOMPARE(example.count(QStringLiteral("curl ")), 2);
    QVERIFY(example.contains(QStringLiteral("-X POST 'http://127.0.0.1:8006/dify/interview/create'")));
    QVERIFY(example.contains(QStringLiteral("-X POST 'http://127.0.0.1:8006/dify/interview/add-qa'")));
    QCOMPARE(example.count(QStringLiteral("-H 'Authorization: Bearer ") + panel.formSettings().apiKey + u'\''), 2);

    // The bodies are the contract's examples, valid JSON with every required field.
    const QRegularExpression createBody(QStringLiteral("-d '(\\{.*\\})'"));
    const QRegularExpressionMatch create = createBody.match(example);
    QVERIFY(create.hasMatch());
    QJsonParseError error;
    const QJsonObject created = QJsonDocument::fromJson(create.captured(1).toUtf8(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(created.value(QStringLiteral("user_id")).toString(), QStringLiteral("user_001"));
    QCOMPARE(created.value(QStringLiteral("session_name")).toString(), QStringLiteral("Python开发工程师面试"));
    QCOMPARE(created.value(QStringLiteral("difficulty_level")).toString(), QStringLiteral("medium"));

    const qsizetype from = example.indexOf(QStringLiteral("<<EOF\n"));
    const qsizetype to = example.indexOf(QStringLiteral("\nEOF"));
    QVERIFY(from > 0 && to > from);
    const QString addQaBody = example.mid(from + 6, to - from - 6);
    // The shell puts the created session's id in.
    QVERIFY(addQaBody.contains(QStringLiteral("\"session_id\": \"$SESSION_ID\"")));
    const QJsonObject added = QJsonDocument::fromJson(addQaBody.toUtf8(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    for (const char *field : {"session_id", "question_text", "question_type", "question_category", "candidate_answer",
                              "interviewer_feedback"})
        QVERIFY2(!added.value(QString::fromLatin1(field)).toString().isEmpty(), field);
    QCOMPARE(added.value(QStringLiteral("question_type")).toString(), QStringLiteral("technical"));
    QCOMPARE(added.value(QStringLiteral("overall_score")).toDouble(), 8.5);
}

void TestUiServerPanel::curlExampleWraps()
{
    test::FakeServerControl server;
    ServerPanel panel(server);
    panel.resize(panel.minimumSizeHint());
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    auto *curl = child<QPlainTextEdit>(&panel, QStringLiteral("curlTextEdit"));
    QTest::mouseClick(child<QPushButton>(&panel, QStringLiteral("showKeyButton")), Qt::LeftButton);
    QCOMPARE(curl->lineWrapMode(), QPlainTextEdit::WidgetWidth);
    QTRY_COMPARE(curl->horizontalScrollBar()->maximum(), 0);
    // The key, one long word, wraps too.
    QCOMPARE(curl->wordWrapMode(), QTextOption::WrapAtWordBoundaryOrAnywhere);
}

void TestUiServerPanel::curlCommentsFollowTheLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("createComment");
    QTest::addRow("en") << QStringLiteral("en") << QStringLiteral("# Create a session");
    QTest::addRow("zh_CN") << QStringLiteral("zh_CN") << QStringLiteral("# 创建");
}

void TestUiServerPanel::curlCommentsFollowTheLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, createComment);
    test::FakeServerControl server;
    ServerPanel panel(server);
    auto *curl = child<QPlainTextEdit>(&panel, QStringLiteral("curlTextEdit"));
    const QString english = curl->toPlainText();
    Languages languages;
    QVERIFY(languages.install(language));
    QCoreApplication::sendPostedEvents(); // the LanguageChange events
    const QString shown = curl->toPlainText();
    QVERIFY2(shown.startsWith(createComment), qPrintable(shown));
    QCOMPARE(shown.count(u'#'), 2);
    // Commands and JSON stay exactly as they are.
    QCOMPARE(commandLines(shown), commandLines(english));
    languages.install(QStringLiteral("en"));
}

void TestUiServerPanel::keyNotRequiredWithoutAuth()
{
    test::FakeServerControl server;
    ServerPanel panel(server);
    const QString key = panel.formSettings().apiKey;
    auto *keyEdit = child<QLineEdit>(&panel, QStringLiteral("apiKeyLineEdit"));
    auto *auth = child<QCheckBox>(&panel, QStringLiteral("authCheckBox"));
    auto *copy = child<QPushButton>(&panel, QStringLiteral("copyKeyButton"));
    auto *show = child<QPushButton>(&panel, QStringLiteral("showKeyButton"));
    QCOMPARE(keyEdit->text(), key);
    QTest::mouseClick(auth, Qt::LeftButton);
    QVERIFY(!auth->isChecked());
    QCOMPARE(keyEdit->text(), QString());
    QCOMPARE(keyEdit->placeholderText(), QStringLiteral("not required"));
    QVERIFY(!copy->isEnabled());
    QVERIFY(!show->isEnabled());
    QVERIFY(!child<QPlainTextEdit>(&panel, QStringLiteral("curlTextEdit"))->toPlainText().contains(u"Authorization"));
    // The key is kept for when it is required again.
    QCOMPARE(panel.formSettings().apiKey, key);
    QTest::mouseClick(auth, Qt::LeftButton);
    QCOMPARE(keyEdit->text(), key);
    QVERIFY(copy->isEnabled());
    QVERIFY(show->isEnabled());
}

void TestUiServerPanel::staysNarrowWithLongTexts_data()
{
    QTest::addColumn<QString>("language");
    QTest::addRow("en") << QStringLiteral("en");
    QTest::addRow("zh_CN") << QStringLiteral("zh_CN");
}

void TestUiServerPanel::staysNarrowWithLongTexts()
{
    QFETCH(QString, language);
    Languages languages;
    QVERIFY(languages.install(language));
    test::FakeServerControl server;
    ServerSettings launched;
    launched.bindAddress = QStringLiteral("fd12:3456:789a:bcde:f012:3456:789a:bcde");
    launched.port = 65000;
    launched.apiKey = QString(200, u'k');
    launched.publicUrl = QStringLiteral("https://interviews.a-very-long-host-name.example.internal.company.test:65000");
    server.start(launched);
    ServerPanel panel(server);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QTest::mouseClick(child<QPushButton>(&panel, QStringLiteral("showKeyButton")), Qt::LeftButton);
    auto *tabs = child<QTabWidget>(&panel, QStringLiteral("serverTabWidget"));
    QCOMPARE(tabs->count(), 4);
    for (int tab = 0; tab < tabs->count(); ++tab) {
        tabs->setCurrentIndex(tab);
        // About 400 pixels at the usual font size, less than half of a 1024-pixel screen: the
        // window keeps room for the sessions next to the panel.
        const int narrow = panel.fontMetrics().averageCharWidth() * 66;
        QVERIFY2(
            panel.minimumSizeHint().width() <= narrow,
            qPrintable(QStringLiteral("tab %1: %2 > %3").arg(tab).arg(panel.minimumSizeHint().width()).arg(narrow)));
    }
    languages.install(QStringLiteral("en"));
}

void TestUiServerPanel::mcpClientConfiguration_data()
{
    QTest::addColumn<int>("downPresses"); // on the client chooser: 0 Cursor, 1 Claude Desktop
    QTest::addColumn<bool>("auth");
    QTest::addRow("Cursor with the key") << 0 << true;
    QTest::addRow("Claude Desktop with the key") << 1 << true;
    QTest::addRow("Cursor without auth") << 0 << false;
    QTest::addRow("Claude Desktop without auth") << 1 << false;
}

void TestUiServerPanel::mcpClientConfiguration()
{
    QFETCH(int, downPresses);
    QFETCH(bool, auth);
    test::FakeServerControl server;
    ServerPanel panel(server);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    const QString key = panel.formSettings().apiKey;
    auto *authBox = child<QCheckBox>(&panel, QStringLiteral("authCheckBox"));
    if (!auth)
        QTest::mouseClick(authBox, Qt::LeftButton);
    QCOMPARE(authBox->isChecked(), auth);
    child<QTabWidget>(&panel, QStringLiteral("serverTabWidget"))
        ->setCurrentWidget(child<QWidget>(&panel, QStringLiteral("mcpTab")));
    auto *url = child<QLineEdit>(&panel, QStringLiteral("mcpUrlLineEdit"));
    QTRY_VERIFY(url->isVisible());
    QCOMPARE(url->text(), QStringLiteral("http://127.0.0.1:8006/mcp"));
    QTest::mouseClick(child<QPushButton>(&panel, QStringLiteral("copyMcpUrlButton")), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("http://127.0.0.1:8006/mcp"));

    // Dify's "MCP server" form: the URL and the header; the key masked until shown.
    auto *header = child<QLineEdit>(&panel, QStringLiteral("mcpHeaderLineEdit"));
    auto *config = child<QPlainTextEdit>(&panel, QStringLiteral("mcpConfigTextEdit"));
    QCOMPARE(header->isEnabled(), auth);
    QVERIFY(!header->text().contains(key));
    QVERIFY(!config->toPlainText().contains(key));
    QCOMPARE(header->text().startsWith(QStringLiteral("Authorization: Bearer ")), auth);

    auto *clients = child<QComboBox>(&panel, QStringLiteral("mcpClientComboBox"));
    clients->setFocus();
    for (int i = 0; i < downPresses; ++i)
        QTest::keyClick(clients, Qt::Key_Down);
    QCOMPARE(clients->currentIndex(), downPresses);
    QTest::mouseClick(child<QPushButton>(&panel, QStringLiteral("copyMcpConfigButton")), Qt::LeftButton);
    // What is copied is the real key, and JSON a client reads as it is.
    QJsonParseError error;
    const QJsonObject copied = QJsonDocument::fromJson(QGuiApplication::clipboard()->text().toUtf8(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonObject entry = copied.value(u"mcpServers").toObject().value(u"interview-recorder").toObject();
    const QString bearer = QStringLiteral("Bearer ") + key;
    if (downPresses == 0) {
        QCOMPARE(entry.value(u"url").toString(), QStringLiteral("http://127.0.0.1:8006/mcp"));
        QCOMPARE(entry.value(u"headers").toObject().value(u"Authorization").toString(), auth ? bearer : QString());
    } else {
        QCOMPARE(entry.value(u"command").toString(), QStringLiteral("npx"));
        QStringList args;
        for (const QJsonValue &arg : entry.value(u"args").toArray())
            args << arg.toString();
        QStringList expected {QStringLiteral("-y"), QStringLiteral("mcp-remote"),
                              QStringLiteral("http://127.0.0.1:8006/mcp")};
        if (auth)
            expected << QStringLiteral("--header") << QStringLiteral("Authorization: ") + bearer;
        QCOMPARE(args, expected);
        QVERIFY(child<QLabel>(&panel, QStringLiteral("mcpConfigHintLabel"))->text().contains(u"mcp-remote"));
    }
    if (auth) {
        QTest::mouseClick(child<QPushButton>(&panel, QStringLiteral("copyMcpHeaderButton")), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("Authorization: ") + bearer);
        QTest::mouseClick(child<QPushButton>(&panel, QStringLiteral("showKeyButton")), Qt::LeftButton);
        QVERIFY(header->text().endsWith(key));
        QVERIFY(config->toPlainText().contains(key));
    }
    // The URL follows the running server's address.
    ServerSettings moved = panel.formSettings();
    moved.port = 8123;
    server.start(moved);
    QTRY_COMPARE(url->text(), QStringLiteral("http://127.0.0.1:8123/mcp"));
    QVERIFY(config->toPlainText().contains(QStringLiteral("http://127.0.0.1:8123/mcp")));
}

void TestUiServerPanel::logsMcpCalls()
{
    test::FakeServerControl server;
    ServerPanel panel(server);
    QAbstractItemModelTester tester(panel.logModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    server.logRequest({1757050339000, QStringLiteral("MCP"), QStringLiteral("add_question"), 200, 4.1});
    server.logRequest({1757050340000, QStringLiteral("MCP"), QStringLiteral("get_summary"), 404, 0.9,
                       QStringLiteral("SESSION_NOT_FOUND")});
    RequestLogModel *model = panel.logModel();
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->index(0, RequestLogModel::Method).data().toString(), QStringLiteral("MCP"));
    QCOMPARE(model->index(0, RequestLogModel::Path).data().toString(), QStringLiteral("add_question"));
    QCOMPARE(model->index(1, RequestLogModel::ErrorCode).data().toString(), QStringLiteral("SESSION_NOT_FOUND"));
    QCOMPARE(model->index(0, RequestLogModel::Status).data(Qt::ToolTipRole).toString(),
             QStringLiteral("MCP (AI agent): add_question"));
    auto *view = child<QTableView>(&panel, QStringLiteral("requestLogTableView"));
    QCOMPARE(view->model(), model);
}

QTEST_MAIN(TestUiServerPanel)
#include "tst_uiserverpanel.moc"
