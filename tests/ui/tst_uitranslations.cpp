// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "enumtext.h"
#include "fakeservercontrol.h"
#include "languages.h"
#include "mainwindow.h"
#include "serviceclient.h"
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
