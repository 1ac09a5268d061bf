// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "backuprestore.h"
#include "backuprotation.h"
#include "databasebackup.h"
#include "fakeservercontrol.h"
#include "languages.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "serviceclient.h"
#include "sessionbrowser.h"
#include "storagebanner.h"
#include "tempdatabase.h"
#include "uitesthelpers.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <memory>

using namespace ir;
using namespace ir::ui;
using test::child;

// The storage banner in the real main window, offscreen: each fault the storage health hears
// of shows its words and buttons, and goes when the fault does.
class TestUiStorageBanner final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::isolateSettings(); }
    void init();
    void cleanup();

    void hiddenWhileTheDatabaseIsWell();
    void eachFaultSaysWhatHappenedAndWhatToDo_data();
    void eachFaultSaysWhatHappenedAndWhatToDo();
    void faultReportedOnAnotherThreadShows();
    void writeFaultGoesOnceAWriteSucceeds();
    void openDataFolderButtonOpensIt();
    void restoreAsksFirst();
    void restoreIsScheduledAndQuitCloses();
    void followsTheLanguage();

private:
    StorageBanner *banner() const { return m_window->storageBanner(); }
    QPushButton *button(const char *name) const
    {
        return child<QPushButton>(m_window.get(), QString::fromLatin1(name));
    }
    void report(StorageFault fault) { m_db->database().health().report(fault); }
    QString writeBackup();

    std::unique_ptr<test::TempDatabase> m_db;
    std::unique_ptr<test::FakeServerControl> m_server;
    std::unique_ptr<ServiceClient> m_client;
    std::unique_ptr<MainWindow> m_window;
    QStringList m_openedFolders;
};

void TestUiStorageBanner::init()
{
    m_db = std::make_unique<test::TempDatabase>();
    QVERIFY(m_db->isValid());
    m_server = std::make_unique<test::FakeServerControl>();
    m_client = std::make_unique<ServiceClient>(m_db->service(), m_db->writer());
    m_window = std::make_unique<MainWindow>(*m_client, *m_server, m_db->clock(), nullptr);
    // As app/guimain does.
    banner()->setDatabasePath(m_db->filePath());
    m_openedFolders.clear();
    banner()->setFolderOpener([this](const QString &folder) {
        m_openedFolders << folder;
        return true;
    });
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestUiStorageBanner::cleanup()
{
    m_window.reset();
    m_client.reset();
    m_server.reset();
    m_db.reset();
}

QString TestUiStorageBanner::writeBackup()
{
    const QString folder = BackupRotation::folderFor(m_db->filePath());
    const QString path = QDir(folder).filePath(BackupRotation::fileNameFor(m_db->clock().nowMs()));
    if (!QDir().mkpath(folder) || !DatabaseBackup::write(m_db->database(), path))
        qFatal("cannot write the backup");
    return path;
}

void TestUiStorageBanner::hiddenWhileTheDatabaseIsWell()
{
    auto *widget = child<QFrame>(m_window.get(), QStringLiteral("storageBannerWidget"));
    QCOMPARE(widget, banner());
    QVERIFY(!banner()->isVisible());
    QCOMPARE(banner()->shownFault(), StorageFault::None);
}

void TestUiStorageBanner::eachFaultSaysWhatHappenedAndWhatToDo_data()
{
    QTest::addColumn<StorageFault>("fault");
    QTest::addColumn<bool>("withBackup");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("buttons");

    QTest::addRow("locked") << StorageFault::Locked << false
                            << QStringLiteral("Another program holds the database; your changes are not being saved. "
                                              "Close it or wait.")
                            << QStringList {};
    QTest::addRow("disk full") << StorageFault::DiskFull << false
                               << QStringLiteral("The disk is full: free some space; nothing new is saved until then.")
                               << QStringList {};
    QTest::addRow("missing") << StorageFault::Missing << false
                             << QStringLiteral("The database file was deleted or replaced while the app was running. "
                                               "Nothing you do now can be saved: restart Interview Recorder; restore "
                                               "from a backup if the file is gone.")
                             << QStringList {QStringLiteral("openDataFolderButton"), QStringLiteral("quitButton")};
    QTest::addRow("corrupt, a backup there")
        << StorageFault::Corrupt << true << QStringLiteral("Restore the latest automatic backup")
        << QStringList {QStringLiteral("openDataFolderButton"), QStringLiteral("restoreBackupButton")};
    QTest::addRow("corrupt, no backup yet")
        << StorageFault::Corrupt << false << QStringLiteral("there is no automatic backup yet")
        << QStringList {QStringLiteral("openDataFolderButton")};
    QTest::addRow("read-only") << StorageFault::ReadOnly << false << QStringLiteral("cannot be written to")
                               << QStringList {QStringLiteral("openDataFolderButton")};
    QTest::addRow("server unreachable (team mode)")
        << StorageFault::Unreachable << false
        << QStringLiteral("The database server cannot be reached: your changes are not being saved. Interview "
                          "Recorder reconnects by itself as soon as the server answers again.")
        << QStringList {};
}

void TestUiStorageBanner::eachFaultSaysWhatHappenedAndWhatToDo()
{
    QFETCH(StorageFault, fault);
    QFETCH(bool, withBackup);
    QFETCH(QString, text);
    QFETCH(QStringList, buttons);
    if (withBackup)
        writeBackup();

    report(fault);
    QTRY_VERIFY(banner()->isVisible());
    QCOMPARE(banner()->shownFault(), fault);
    QVERIFY2(banner()->text().contains(text), qPrintable(banner()->text()));
    QCOMPARE(child<QLabel>(banner(), QStringLiteral("messageLabel"))->text(), banner()->text());
    for (const char *name : {"openDataFolderButton", "restoreBackupButton", "quitButton"})
        QCOMPARE(button(name)->isVisible(), buttons.contains(QString::fromLatin1(name)));
    // At the top, above the sessions; the window stays usable (not modal).
    const int bannerTop = banner()->mapTo(m_window.get(), QPoint()).y();
    QVERIFY(bannerTop < m_window->sessionBrowser()->mapTo(m_window.get(), QPoint()).y());
    QVERIFY(!QApplication::activeModalWidget());
    QVERIFY(m_window->sessionBrowser()->isEnabled());
}

void TestUiStorageBanner::faultReportedOnAnotherThreadShows()
{
    // As the writer and the readers report: from their own threads.
    std::unique_ptr<QThread> reporter(QThread::create([this] { report(StorageFault::DiskFull); }));
    reporter->start();
    QVERIFY(reporter->wait(10000));
    QTRY_VERIFY(banner()->isVisible());
    QCOMPARE(banner()->shownFault(), StorageFault::DiskFull);
}

void TestUiStorageBanner::writeFaultGoesOnceAWriteSucceeds()
{
    report(StorageFault::Locked);
    QTRY_VERIFY(banner()->isVisible());
    // The window's next write goes through the writer, whose success ends the fault.
    SessionDraft draft;
    draft.userId = QStringLiteral("cand_after_lock");
    bool created = false;
    m_client->createSession(m_window.get(), draft, Source::Ui,
                            [&created](const Result<Session> &session) { created = session.ok(); });
    QTRY_VERIFY(created);
    QTRY_VERIFY(!banner()->isVisible());
    QCOMPARE(banner()->shownFault(), StorageFault::None);
}

void TestUiStorageBanner::openDataFolderButtonOpensIt()
{
    report(StorageFault::Missing);
    QTRY_VERIFY(button("openDataFolderButton")->isVisible());
    QTest::mouseClick(button("openDataFolderButton"), Qt::LeftButton);
    QCOMPARE(m_openedFolders, QStringList {QFileInfo(m_db->filePath()).absolutePath()});
    // A file manager that cannot be started is said so, not ignored.
    banner()->setFolderOpener([](const QString &) { return false; });
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QTest::mouseClick(button("openDataFolderButton"), Qt::LeftButton);
    QVERIFY(MessageBox::lastText().contains(QDir::toNativeSeparators(QFileInfo(m_db->filePath()).absolutePath())));
}

void TestUiStorageBanner::restoreAsksFirst()
{
    writeBackup();
    report(StorageFault::Corrupt);
    QTRY_VERIFY(button("restoreBackupButton")->isVisible());
    MessageBox::setNextAnswer(QMessageBox::No);
    QTest::mouseClick(button("restoreBackupButton"), Qt::LeftButton);
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("interview-recorder.db.damaged-")));
    QVERIFY(!BackupRestore::isScheduled(m_db->filePath()));
    QVERIFY(button("restoreBackupButton")->isVisible());
    QVERIFY(!button("quitButton")->isVisible());
}

void TestUiStorageBanner::restoreIsScheduledAndQuitCloses()
{
    writeBackup();
    m_db->clock().advance(3600 * 1000);
    const QString newest = writeBackup();
    report(StorageFault::Corrupt);
    QTRY_VERIFY(button("restoreBackupButton")->isVisible());
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(button("restoreBackupButton"), Qt::LeftButton);

    // Asked for the next start (the open database cannot be swapped), the newest backup named.
    QVERIFY(BackupRestore::isScheduled(m_db->filePath()));
    QFile marker(BackupRestore::markerPath(m_db->filePath()));
    QVERIFY(marker.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(marker.readAll()).object().value(QStringLiteral("backup")).toString(), newest);
    QVERIFY2(banner()->text().contains(QStringLiteral("will be restored the next time Interview Recorder starts")),
             qPrintable(banner()->text()));
    QVERIFY(!button("restoreBackupButton")->isVisible());
    QVERIFY(button("quitButton")->isVisible());

    QSignalSpy quit(banner(), &StorageBanner::quitRequested);
    QTest::mouseClick(button("quitButton"), Qt::LeftButton);
    QCOMPARE(quit.count(), 1);
    QTRY_VERIFY(!m_window->isVisible());
}

void TestUiStorageBanner::followsTheLanguage()
{
    Languages languages;
    QVERIFY(languages.install(QStringLiteral("zh_CN")));
    report(StorageFault::Locked);
    QTRY_VERIFY(banner()->isVisible());
    QVERIFY2(banner()->text().contains(QStringLiteral("另一个程序")), qPrintable(banner()->text()));
    report(StorageFault::Missing);
    QTRY_COMPARE(banner()->shownFault(), StorageFault::Missing);
    QVERIFY2(button("openDataFolderButton")->text().contains(QStringLiteral("数据文件夹")),
             qPrintable(button("openDataFolderButton")->text()));
    QVERIFY(languages.install(QStringLiteral("en")));
    QTRY_VERIFY(banner()->text().startsWith(QStringLiteral("The database file was deleted")));
}

QTEST_MAIN(TestUiStorageBanner)
#include "tst_uistoragebanner.moc"
