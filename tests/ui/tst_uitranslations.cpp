// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "enumtext.h"
#include "fakeservercontrol.h"
#include "languages.h"
#include "mainwindow.h"
#include "reporttext.h"
#include "serviceclient.h"
#include "session.h"
#include "sessionbrowser.h"
#include "summary.h"
#include "tempdatabase.h"
#include "uitesthelpers.h"

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QXmlStreamReader>

using namespace ir;
using namespace ir::ui;
using test::child;

// The translations are complete, embedded, and switch the running window.
class TestUiTranslations final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::isolateSettings(); }
    void tsFilesAreComplete_data();
    void tsFilesAreComplete();
    void chineseIsEmbedded();
    void windowAndReportsNameTypesAlike_data();
    void windowAndReportsNameTypesAlike();
    void windowSwitchesLanguage();
    void countsUsePluralForms_data();
    void countsUsePluralForms();
    void dateFilterFollowsTheLanguage();
    void chineseWindowShowsNoEnglish();
};

void TestUiTranslations::tsFilesAreComplete_data()
{
    QTest::addColumn<QString>("file");
    QTest::addRow("zh_CN") << QStringLiteral("interview-recorder_zh_CN.ts");
    QTest::addRow("en") << QStringLiteral("interview-recorder_en.ts");
}

void TestUiTranslations::tsFilesAreComplete()
{
    QFETCH(QString, file);
    QFile ts(QDir(QStringLiteral(IR_TRANSLATIONS_DIR)).filePath(file));
    QVERIFY(ts.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&ts);
    int messages = 0;
    QStringList unfinished;
    QString source;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"source") {
            source = xml.readElementText();
        } else if (xml.name() == u"translation") {
            ++messages;
            const QString type = xml.attributes().value(QStringLiteral("type")).toString();
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (type == u"unfinished" || type == u"obsolete" || type == u"vanished" || text.trimmed().isEmpty())
                unfinished << source;
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(messages > 100);
    QVERIFY2(unfinished.isEmpty(), qPrintable(unfinished.join(QStringLiteral(" | "))));
}

void TestUiTranslations::chineseIsEmbedded()
{
    Languages languages;
    QVERIFY(languages.install(QStringLiteral("zh_CN")));
    QCOMPARE(EnumText::name(SessionStatus::InProgress), QStringLiteral("进行中"));
    QCOMPARE(EnumText::source(Source::Api, false), QStringLiteral("AI · 未审核"));
    QVERIFY(languages.install(QStringLiteral("en")));
    QCOMPARE(EnumText::name(SessionStatus::InProgress), QStringLiteral("In progress"));
}

void TestUiTranslations::windowAndReportsNameTypesAlike_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("name");
    // Chinese: the contract's names (api.md's seed).
    QTest::addRow("zh_CN knowledge based")
        << QStringLiteral("zh_CN") << int(SessionType::KnowledgeBased) << QStringLiteral("自选知识点面试");
    QTest::addRow("zh_CN company position")
        << QStringLiteral("zh_CN") << int(SessionType::CompanyPosition) << QStringLiteral("自选公司岗位面试");
    QTest::addRow("zh_CN resume customized")
        << QStringLiteral("zh_CN") << int(SessionType::ResumeCustomized) << QStringLiteral("个人简历定制面试");
    QTest::addRow("zh_CN wrong questions")
        << QStringLiteral("zh_CN") << int(SessionType::WrongQuestions) << QStringLiteral("错题面试");
    QTest::addRow("en knowledge based") << QStringLiteral("en") << int(SessionType::KnowledgeBased)
                                        << QStringLiteral("Knowledge based");
    QTest::addRow("en wrong questions") << QStringLiteral("en") << int(SessionType::WrongQuestions)
                                        << QStringLiteral("Wrong questions");
}

void TestUiTranslations::windowAndReportsNameTypesAlike()
{
    QFETCH(QString, language);
    QFETCH(int, type);
    QFETCH(QString, name);
    Languages languages;
    QVERIFY(languages.install(language));
    QCOMPARE(EnumText::name(SessionType(type)), name);
    Session session;
    session.sessionType = SessionType(type);
    const QList<QPair<QString, QString>> rows = ReportText::headerRows(session, Summary {});
    const auto typeRow
        = std::find_if(rows.cbegin(), rows.cend(), [](const auto &row) { return row.first == ReportText::tr("Type"); });
    QVERIFY(typeRow != rows.cend());
    QCOMPARE(typeRow->second, name);
    QVERIFY(languages.install(QStringLiteral("en")));
}

void TestUiTranslations::windowSwitchesLanguage()
{
    test::TempDatabase db;
    test::FakeServerControl server;
    Languages languages;
    languages.install(QStringLiteral("en"));
    ServiceClient client(db.service(), db.writer());
    MainWindow window(client, server, db.clock(), &languages);
    window.show();
    auto *newSession = child<QPushButton>(&window, QStringLiteral("newSessionButton"));
    QCOMPARE(newSession->text(), QStringLiteral("New Session…"));
    window.applyLanguage(QStringLiteral("zh_CN"));
    QCOMPARE(Languages::storedCode(), QStringLiteral("zh_CN"));
    QVERIFY(newSession->text().contains(QStringLiteral("新建")));
    QVERIFY(window.menuBar()->actions().first()->text().contains(QStringLiteral("文件")));
    auto *questions = child<QTableView>(&window, QStringLiteral("questionTableView"));
    QCOMPARE(questions->model()->headerData(1, Qt::Horizontal).toString(), QStringLiteral("类型"));
    QCOMPARE(window.windowTitle(), QStringLiteral("面试记录器"));
    window.applyLanguage(QStringLiteral("en"));
    QCOMPARE(newSession->text(), QStringLiteral("New Session…"));
}

void TestUiTranslations::countsUsePluralForms_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("sessions");
    QTest::addColumn<QString>("requests");
    QTest::addRow("en one") << QStringLiteral("en") << 1 << QStringLiteral("1 session") << QStringLiteral("1 request");
    QTest::addRow("en ten") << QStringLiteral("en") << 10 << QStringLiteral("10 sessions")
                            << QStringLiteral("10 requests");
    // A language without a translation reads English, plurals too.
    QTest::addRow("de one") << QStringLiteral("de") << 1 << QStringLiteral("1 session") << QStringLiteral("1 request");
    QTest::addRow("zh_CN one") << QStringLiteral("zh_CN") << 1 << QStringLiteral("1 个会话")
                               << QStringLiteral("1 个请求");
    QTest::addRow("zh_CN ten") << QStringLiteral("zh_CN") << 10 << QStringLiteral("10 个会话")
                               << QStringLiteral("10 个请求");
}

// "1 session", "10 requests" → "10 个请求": the labels under the lists count in the UI language.
void TestUiTranslations::countsUsePluralForms()
{
    QFETCH(QString, language);
    QFETCH(int, count);
    QFETCH(QString, sessions);
    QFETCH(QString, requests);
    test::TempDatabase db(ServiceLimits {50, 1000});
    test::FakeServerControl server;
    Languages languages;
    languages.install(language);
    for (int i = 0; i < count; ++i)
        db.createSession(QStringLiteral("user_%1").arg(i));
    ServiceClient client(db.service(), db.writer());
    MainWindow window(client, server, db.clock(), &languages);
    window.show();
    QCOMPARE(child<QLabel>(&window, QStringLiteral("sessionCountLabel"))->text(), sessions);
    for (int i = 0; i < count; ++i)
        server.logRequest(
            {QDateTime::currentMSecsSinceEpoch(), QStringLiteral("GET"), QStringLiteral("/health"), 200, 1.5, {}});
    QTRY_COMPARE(child<QLabel>(&window, QStringLiteral("logCountLabel"))->text(), requests);
    languages.install(QStringLiteral("en"));
}

// The "Created between" dates read as the list's dates do, in the language chosen.
void TestUiTranslations::dateFilterFollowsTheLanguage()
{
    test::TempDatabase db;
    test::FakeServerControl server;
    Languages languages;
    languages.install(QStringLiteral("en"));
    ServiceClient client(db.service(), db.writer());
    MainWindow window(client, server, db.clock(), &languages);
    window.show();
    auto *from = child<QDateEdit>(&window, QStringLiteral("fromDateEdit"));
    const QDate date = from->date();
    QCOMPARE(from->text(), QLocale(QStringLiteral("en")).toString(date, QLocale::ShortFormat));
    window.applyLanguage(QStringLiteral("zh_CN"));
    const QLocale chinese(QStringLiteral("zh_CN"));
    QCOMPARE(from->text(), chinese.toString(date, QLocale::ShortFormat));
    QCOMPARE(child<QDateEdit>(&window, QStringLiteral("toDateEdit"))->locale(), chinese);
    QCOMPARE(from->date(), date);
    window.applyLanguage(QStringLiteral("en"));
    QCOMPARE(from->text(), QLocale(QStringLiteral("en")).toString(date, QLocale::ShortFormat));
}

// Every text the Chinese window shows is Chinese: nothing untranslated, nothing put together from
// English pieces. Names of things stay as they are (API, JSON, curl, Dify, the data typed in).
void TestUiTranslations::chineseWindowShowsNoEnglish()
{
    test::TempDatabase db;
    test::FakeServerControl server;
    Languages languages;
    languages.install(QStringLiteral("zh_CN"));
    SessionDraft draft;
    draft.userId = QStringLiteral("张伟");
    draft.sessionName = QStringLiteral("后端工程师面试");
    const Session session = *db.service().createSession(draft, Source::Api);
    db.addQuestion(session.sessionId, QStringLiteral("请介绍一下你最熟悉的编程语言"), 8, Source::Api);
    ServiceClient client(db.service(), db.writer());
    MainWindow window(client, server, db.clock(), &languages);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.sessionBrowser()->selectSession(session.sessionId);
    auto *questions = child<QTableView>(&window, QStringLiteral("questionTableView"));
    QTRY_COMPARE(questions->model()->rowCount(), 1);
    questions->setCurrentIndex(questions->model()->index(0, 0));

    // Words of three or more Latin letters that are names, not English.
    static const QRegularExpression word(QStringLiteral("[A-Za-z]{3,}"));
    const QStringList names
        = {QStringLiteral("API"),    QStringLiteral("JSON"),    QStringLiteral("AI"),         QStringLiteral("Dify"),
           QStringLiteral("Docker"), QStringLiteral("curl"),    QStringLiteral("OpenAPI"),    QStringLiteral("URL"),
           QStringLiteral("HTTP"),   QStringLiteral("http"),    QStringLiteral("English"),    QStringLiteral("End"),
           QStringLiteral("Home"),   QStringLiteral("Ctrl"),    QStringLiteral("Shift"),      QStringLiteral("Return"),
           QStringLiteral("Enter"),  QStringLiteral("session"), QStringLiteral("env"),        QStringLiteral("PDF"),
           QStringLiteral("CSV"),    QStringLiteral("MCP"),     QStringLiteral("Streamable"), QStringLiteral("Cursor"),
           QStringLiteral("Claude"), QStringLiteral("Desktop"), QStringLiteral("cursor"),     QStringLiteral("mcp"),
           QStringLiteral("json")};
    QStringList english;
    const auto check = [&](const QString &where, const QString &text) {
        QString rest = text;
        rest.remove(session.sessionId);
        rest.remove(QRegularExpression(QStringLiteral("https?://\\S+")));
        for (auto match = word.globalMatch(rest); match.hasNext();) {
            const QString found = match.next().captured();
            if (!names.contains(found)) {
                english << QStringLiteral("%1: “%2”").arg(where, text);
                return;
            }
        }
    };
    const auto scan = [&] {
        const QList<QWidget *> widgets = window.findChildren<QWidget *>();
        for (QWidget *w : widgets) {
            if (!w->isVisible())
                continue;
            const QString where
                = w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className()) : w->objectName();
            check(where + QStringLiteral(" tooltip"), w->toolTip());
            if (auto *label = qobject_cast<QLabel *>(w))
                check(where, label->text());
            else if (auto *button = qobject_cast<QAbstractButton *>(w))
                check(where, button->text());
            else if (auto *edit = qobject_cast<QLineEdit *>(w))
                check(where, edit->placeholderText());
            else if (auto *group = qobject_cast<QGroupBox *>(w))
                check(where, group->title());
            if (auto *box = qobject_cast<QComboBox *>(w)) {
                for (int i = 0; i < box->count(); ++i)
                    check(where, box->itemText(i));
            }
            if (auto *tabs = qobject_cast<QTabBar *>(w)) {
                for (int i = 0; i < tabs->count(); ++i)
                    check(where, tabs->tabText(i));
            }
            if (auto *header = qobject_cast<QHeaderView *>(w)) {
                for (int i = 0; i < header->count(); ++i)
                    check(where, header->model()->headerData(i, header->orientation()).toString());
            }
            if (auto *spin = qobject_cast<QAbstractSpinBox *>(w))
                check(where, spin->text());
        }
        for (QAction *action : window.findChildren<QAction *>()) {
            check(action->objectName(), action->text());
            check(action->objectName() + QStringLiteral(" tooltip"), action->toolTip());
        }
        check(QStringLiteral("title"), window.windowTitle());
    };
    // Each page of the session and of the server panel, docked as it opens first.
    window.findChild<QDockWidget *>(QStringLiteral("serverDock"))->show();
    auto *sessionTabs = child<QTabWidget>(&window, QStringLiteral("tabWidget"));
    auto *serverTabs = child<QTabWidget>(&window, QStringLiteral("serverTabWidget"));
    for (int page = 0; page < std::max(sessionTabs->count(), serverTabs->count()); ++page) {
        sessionTabs->setCurrentIndex(page);
        serverTabs->setCurrentIndex(page);
        scan();
    }
    english.removeDuplicates();
    const QStringList inChinese = english;
    // The same look at the English window finds English everywhere: the look itself works.
    languages.install(QStringLiteral("en"));
    english.clear();
    for (int page = 0; page < std::max(sessionTabs->count(), serverTabs->count()); ++page) {
        sessionTabs->setCurrentIndex(page);
        serverTabs->setCurrentIndex(page);
        scan();
    }
    QVERIFY(english.size() > 30);
    QVERIFY2(inChinese.isEmpty(), qPrintable(inChinese.join(QStringLiteral("\n"))));
}

QTEST_MAIN(TestUiTranslations)
#include "tst_uitranslations.moc"
