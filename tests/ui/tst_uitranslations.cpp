// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "enumtext.h"
#include "fakeservercontrol.h"
#include "languages.h"
#include "mainwindow.h"
#include "reporttext.h"
#include "serviceclient.h"
#include "session.h"
#include "summary.h"
#include "tempdatabase.h"
#include "uitesthelpers.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
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
    QCOMPARE(newSession->text(), QStringLiteral("New &Session…"));
    window.applyLanguage(QStringLiteral("zh_CN"));
    QCOMPARE(Languages::storedCode(), QStringLiteral("zh_CN"));
    QVERIFY(newSession->text().contains(QStringLiteral("新建")));
    QVERIFY(window.menuBar()->actions().first()->text().contains(QStringLiteral("文件")));
    auto *questions = child<QTableView>(&window, QStringLiteral("questionTableView"));
    QCOMPARE(questions->model()->headerData(1, Qt::Horizontal).toString(), QStringLiteral("类型"));
    QCOMPARE(window.windowTitle(), QStringLiteral("面试记录器"));
    window.applyLanguage(QStringLiteral("en"));
    QCOMPARE(newSession->text(), QStringLiteral("New &Session…"));
}

QTEST_MAIN(TestUiTranslations)
#include "tst_uitranslations.moc"
