// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The settings dialog's Database group, driven offscreen against the PostgreSQL test server:
// Test connection reports success or the precise failure without blocking the dialog, OK saves
// the choice (an invalid URL is refused), and the choice comes back when the dialog reopens.
#include "guimain.h"
#include "messagebox.h"
#include "settingsdialog.h"
#include "settingskeys.h"
#include "tempdatabase.h"
#include "uitesthelpers.h"

#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

using namespace ir;
using namespace ir::ui;
using test::child;

class TestSettingsDatabase final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init() { test::isolateSettings(); }

    void testConnection_data();
    void testConnection();
    void savesTheChoice_data();
    void savesTheChoice();
    void localDatabaseNeedsNoUrl();
    void unreachableSavedDatabaseOffersTheLocalOne_data();
    void unreachableSavedDatabaseOffersTheLocalOne();

private:
    // Chooses the team database and types url into the dialog's field.
    void typeUrl(SettingsDialog &dialog, const QString &url);
};

void TestSettingsDatabase::initTestCase()
{
    if (!test::onPostgres())
        QSKIP("needs the PostgreSQL test server: run through ctest (fixture postgres)");
}

void TestSettingsDatabase::typeUrl(SettingsDialog &dialog, const QString &url)
{
    QTest::mouseClick(child<QRadioButton>(&dialog, QStringLiteral("postgresRadioButton")), Qt::LeftButton,
                      Qt::NoModifier, QPoint(4, 4));
    auto *field = child<QLineEdit>(&dialog, QStringLiteral("databaseUrlLineEdit"));
    QVERIFY(field->isEnabled());
    field->setFocus();
    field->selectAll();
    QTest::keyClick(field, Qt::Key_Delete);
    QTest::keyClicks(field, url);
}

void TestSettingsDatabase::testConnection_data()
{
    QTest::addColumn<QString>("which"); // "good", "empty", "wrong port", "no such database", "invalid"
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("message"); // a regular expression

    QTest::addRow("a ready database") << QStringLiteral("good") << true
                                      << QStringLiteral("^Connected to postgresql://postgres@127\\.0\\.0\\.1:\\d+/"
                                                        "ir_test_\\w+\\.$");
    QTest::addRow("an empty database") << QStringLiteral("empty") << true
                                       << QStringLiteral("^Connected to .*The database is empty or older; Interview "
                                                         "Recorder sets it up when it next starts with it\\.$");
    QTest::addRow("wrong port") << QStringLiteral("wrong port") << false
                                << QStringLiteral("^Cannot connect: cannot reach the PostgreSQL server of "
                                                  "postgresql://postgres@127\\.0\\.0\\.1:1/");
    QTest::addRow("no such database") << QStringLiteral("no such database") << false
                                      << QStringLiteral("^Cannot connect: the database of .*/no_such_db does not "
                                                        "exist on the server \\(create it with createdb\\)$");
    QTest::addRow("invalid URL") << QStringLiteral("invalid") << false
                                 << QStringLiteral("^This is not a valid team database URL: database URL: sslmode "
                                                   "must be one of ");
}

void TestSettingsDatabase::testConnection()
{
    QFETCH(QString, which);
    QFETCH(bool, ok);
    QFETCH(QString, message);

    const QString empty = test::createPostgresDatabase();
    // A database the app has set up (its schema made), as after a first start.
    const QString ready = test::createPostgresDatabase();
    {
        Database database(ready);
        QVERIFY(database.open());
    }
    QString url = which == QStringLiteral("good") ? ready : empty;
    if (which == QStringLiteral("wrong port"))
        url.replace(QRegularExpression(QStringLiteral(":\\d+/")), QStringLiteral(":1/"));
    else if (which == QStringLiteral("no such database"))
        url = url.left(url.lastIndexOf(u'/') + 1) + QStringLiteral("no_such_db");
    else if (which == QStringLiteral("invalid"))
        url += QStringLiteral("?sslmode=sometimes");

    SettingsDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    typeUrl(dialog, url);
    auto *button = child<QPushButton>(&dialog, QStringLiteral("testConnectionButton"));
    auto *result = child<QLabel>(&dialog, QStringLiteral("connectionResultLabel"));
    QVERIFY(button->isEnabled());
    QSignalSpy tested(&dialog, &SettingsDialog::connectionTested);
    QElapsedTimer clicked;
    clicked.start();
    QTest::mouseClick(button, Qt::LeftButton);
    // The click returns at once (the check runs on its own thread); the dialog says it is trying.
    QVERIFY2(clicked.elapsed() < 1000, "the dialog waited for the database");
    if (which != QStringLiteral("invalid")) {
        QVERIFY(result->text().startsWith(QStringLiteral("Connecting to ")));
        QVERIFY(!button->isEnabled());
    }
    QVERIFY(tested.count() == 1 || tested.wait(15'000));
    QCOMPARE(tested.constFirst().at(0).toBool(), ok);
    QVERIFY2(QRegularExpression(message).match(result->text()).hasMatch(), qPrintable(result->text()));
    QCOMPARE(tested.constFirst().at(1).toString(), result->text());
    // The whole message shows: the dialog grew for its lines rather than drawing the hint over them.
    QTRY_VERIFY2(
        result->height() >= result->heightForWidth(result->width()),
        qPrintable(QStringLiteral("%1 < %2").arg(result->height()).arg(result->heightForWidth(result->width()))));
    QTRY_VERIFY(button->isEnabled());
    // Testing saves nothing.
    QVERIFY(!QSettings().contains(keys::databaseUrl()));
    dialog.reject();
    test::dropPostgresDatabase(ready);
    test::dropPostgresDatabase(empty);
}

void TestSettingsDatabase::savesTheChoice_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("saved");

    QTest::addRow("a URL") << QStringLiteral("postgresql://interviews@db.example.com:5433/team?sslmode=require")
                           << true;
    QTest::addRow("an invalid URL stays in the dialog")
        << QStringLiteral("postgresql://db.example.com:0/team") << false;
    QTest::addRow("no URL stays in the dialog") << QString() << false;
}

void TestSettingsDatabase::savesTheChoice()
{
    QFETCH(QString, typed);
    QFETCH(bool, saved);

    SettingsDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    typeUrl(dialog, typed);
    QTest::mouseClick(child<QDialogButtonBox>(&dialog, QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);
    QCOMPARE(dialog.isVisible(), !saved);
    QCOMPARE(QSettings().value(keys::databaseUrl()).toString(), saved ? typed : QString());
    if (!saved) {
        QVERIFY(!child<QLabel>(&dialog, QStringLiteral("connectionResultLabel"))->text().isEmpty());
        dialog.reject();
        return;
    }
    SettingsDialog again;
    QVERIFY(child<QRadioButton>(&again, QStringLiteral("postgresRadioButton"))->isChecked());
    QCOMPARE(child<QLineEdit>(&again, QStringLiteral("databaseUrlLineEdit"))->text(), typed);
    QCOMPARE(again.databaseUrl(), typed);
}

void TestSettingsDatabase::localDatabaseNeedsNoUrl()
{
    QSettings().setValue(keys::databaseUrl(), QStringLiteral("postgresql://interviews@db.example.com/team"));
    SettingsDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *local = child<QRadioButton>(&dialog, QStringLiteral("sqliteRadioButton"));
    QVERIFY(!local->isChecked());
    QTest::mouseClick(local, Qt::LeftButton, Qt::NoModifier, QPoint(4, 4));
    QVERIFY(local->isChecked());
    QVERIFY(!child<QLineEdit>(&dialog, QStringLiteral("databaseUrlLineEdit"))->isEnabled());
    QVERIFY(!child<QPushButton>(&dialog, QStringLiteral("testConnectionButton"))->isEnabled());
    QTest::mouseClick(child<QDialogButtonBox>(&dialog, QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);
    QVERIFY(!dialog.isVisible());
    QVERIFY(!QSettings().contains(keys::databaseUrl()));
}

void TestSettingsDatabase::unreachableSavedDatabaseOffersTheLocalOne_data()
{
    QTest::addColumn<int>("answer");
    QTest::addColumn<bool>("local");
    QTest::addRow("use the local database") << int(QMessageBox::Yes) << true;
    QTest::addRow("quit") << int(QMessageBox::Cancel) << false;
}

// What main() asks when the URL saved here does not open at the next start.
void TestSettingsDatabase::unreachableSavedDatabaseOffersTheLocalOne()
{
    QFETCH(int, answer);
    QFETCH(bool, local);
    MessageBox::setNextAnswer(MessageBox::Button(answer));
    const QString where = QStringLiteral("postgresql://team@db.example.com/interviews");
    const QString reason = QStringLiteral("cannot reach the PostgreSQL server of ") + where;
    QCOMPARE(app::offerLocalDatabase(where, reason), local);
    QVERIFY2(MessageBox::lastText().contains(where), qPrintable(MessageBox::lastText()));
    QVERIFY(MessageBox::lastText().contains(reason));
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("Settings → Database")));
}

QTEST_MAIN(TestSettingsDatabase)
#include "tst_settingsdatabase.moc"
