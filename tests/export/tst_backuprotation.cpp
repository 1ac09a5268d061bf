// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "backuprestore.h"
#include "backuprotation.h"
#include "database.h"
#include "databasebackup.h"
#include "interviewservice.h"
#include "mockclock.h"
#include "tempdatabase.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <cstdio>
#include <memory>

using namespace ir;

namespace {

constexpr qint64 MINUTE_MS = 60 * 1000;
constexpr qint64 HOUR_MS = 60 * MINUTE_MS;

// Files a person may keep in the backups folder: the rotation never touches them.
const QStringList FOREIGN_FILES {QStringLiteral("notes.txt"),
                                 QStringLiteral("interview-recorder-backup-20250101-1200.db"),
                                 QStringLiteral("interview-recorder-20250101-120000.db.txt")};

bool writeFile(const QString &path, const QByteArray &bytes = "x")
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

Session createSession(InterviewService &service, const QString &userId)
{
    SessionDraft draft;
    draft.userId = userId;
    draft.sessionName = QStringLiteral("备份测试");
    const Result<Session> created = service.createSession(draft, Source::Ui);
    if (!created)
        qFatal("createSession failed: %s", qPrintable(created.error().details));
    return *created;
}

// The file names of path's folder that start with path's name, other than path itself.
QStringList besides(const QString &path)
{
    const QFileInfo file(path);
    QStringList names = file.dir().entryList({file.fileName() + QStringLiteral("?*")}, QDir::Files);
    names.sort();
    return names;
}

} // namespace

// The automatic daily backups (keep the newest N, never on the caller's thread, never a partial
// file) and the restore that the next start performs.
class TestBackupRotation final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void rotation_data();
    void rotation();
    void writesOffTheCallersThreadAVerifiedCopy();
    void startBacksUpThenEveryDay();
    void noBackupOfADamagedDatabase_data();
    void noBackupOfADamagedDatabase();
    void stalePartialFilesAreRemoved();

    void restoreReplacesTheDamagedFileAtTheNextStart();
    void restoreMovesTheWalAside();
    void restoreIntoAFileThatIsGone();
    void restoreThatCannotBeDoneChangesNothing_data();
    void restoreThatCannotBeDoneChangesNothing();
    void noRequestNoRestore();

private:
    QString folder() const { return BackupRotation::folderFor(m_db->filePath()); }
    // How long before the clock's now each automatic backup in the folder was taken, newest first.
    QList<qint64> agesInMinutes() const;

    std::unique_ptr<test::TempDatabase> m_db;
};

void TestBackupRotation::init()
{
    m_db = std::make_unique<test::TempDatabase>();
    QVERIFY(m_db->isValid());
}

void TestBackupRotation::cleanup()
{
    m_db.reset();
}

QList<qint64> TestBackupRotation::agesInMinutes() const
{
    QList<qint64> ages;
    for (const BackupFile &backup : BackupRotation::list(folder()))
        ages << (m_db->clock().nowMs() - backup.takenAtMs) / MINUTE_MS;
    return ages;
}

void TestBackupRotation::rotation_data()
{
    QTest::addColumn<QList<qint64>>("existingMinutes"); // ages of the backups already there
    QTest::addColumn<int>("keep");
    QTest::addColumn<bool>("failing"); // the new backup cannot be written
    QTest::addColumn<bool>("started");
    QTest::addColumn<QList<qint64>>("expectedMinutes");

    const qint64 day = 24 * 60;
    QTest::addRow("first backup in an empty folder") << QList<qint64> {} << 7 << false << true << QList<qint64> {0};
    QTest::addRow("newest a day old: one more")
        << QList<qint64> {day, 2 * day} << 7 << false << true << QList<qint64> {0, day, 2 * day};
    QTest::addRow("newest fresh: none") << QList<qint64> {day - 1, 2 * day} << 7 << false << false
                                        << QList<qint64> {day - 1, 2 * day};
    QTest::addRow("keeps the 7 newest, prunes the older")
        << QList<qint64> {day, 2 * day, 3 * day, 4 * day, 5 * day, 6 * day, 7 * day, 8 * day} << 7 << false << true
        << QList<qint64> {0, day, 2 * day, 3 * day, 4 * day, 5 * day, 6 * day};
    QTest::addRow("keep 3") << QList<qint64> {day + 60, 2 * day, 30 * day, 3 * day} << 3 << false << true
                            << QList<qint64> {0, day + 60, 2 * day};
    QTest::addRow("keep 1") << QList<qint64> {day, 2 * day} << 1 << false << true << QList<qint64> {0};
    QTest::addRow("0 switches it off and prunes nothing")
        << QList<qint64> {day, 2 * day, 3 * day} << 0 << false << false << QList<qint64> {day, 2 * day, 3 * day};
    QTest::addRow("a failed backup leaves the older ones intact")
        << QList<qint64> {day, 2 * day, 3 * day} << 2 << true << true << QList<qint64> {day, 2 * day, 3 * day};
}

void TestBackupRotation::rotation()
{
    QFETCH(QList<qint64>, existingMinutes);
    QFETCH(int, keep);
    QFETCH(bool, failing);
    QFETCH(bool, started);
    QFETCH(QList<qint64>, expectedMinutes);

    QVERIFY(QDir().mkpath(folder()));
    const qint64 now = m_db->clock().nowMs();
    for (const qint64 minutes : existingMinutes)
        QVERIFY(writeFile(QDir(folder()).filePath(BackupRotation::fileNameFor(now - minutes * MINUTE_MS))));
    for (const QString &name : FOREIGN_FILES)
        QVERIFY(writeFile(QDir(folder()).filePath(name)));
    const QString newPath = QDir(folder()).filePath(BackupRotation::fileNameFor(now));
    if (failing) // a folder where the file should go: DatabaseBackup refuses it
        QVERIFY(QDir().mkpath(newPath));

    BackupRotation rotation(m_db->database(), m_db->clock());
    rotation.setKeep(keep);
    QSignalSpy written(&rotation, &BackupRotation::backupWritten);
    QSignalSpy failed(&rotation, &BackupRotation::backupFailed);
    QCOMPARE(rotation.backUpIfDue(), started);
    if (started) {
        QVERIFY(failing ? failed.wait() : written.wait());
        QCOMPARE(written.count(), failing ? 0 : 1);
        QCOMPARE(failed.count(), failing ? 1 : 0);
        QVERIFY(!rotation.isWriting());
    }
    QCOMPARE(agesInMinutes(), expectedMinutes);
    for (const QString &name : FOREIGN_FILES)
        QVERIFY2(QFileInfo::exists(QDir(folder()).filePath(name)), qPrintable(name));
    // Never a half-written file.
    QCOMPARE(QDir(folder()).entryList({QStringLiteral("*.partial-*")}, QDir::Files), QStringList());
    if (started && !failing) {
        QCOMPARE(written.first().at(0).toString(), newPath);
        QCOMPARE(written.first().at(1).toStringList().size(),
                 std::max<qsizetype>(0, existingMinutes.size() + 1 - keep));
    }
}

void TestBackupRotation::writesOffTheCallersThreadAVerifiedCopy()
{
    const Session session = createSession(m_db->service(), QStringLiteral("cand_backup"));
    BackupRotation rotation(m_db->database(), m_db->clock());
    QSignalSpy written(&rotation, &BackupRotation::backupWritten);
    QVERIFY(rotation.backUpIfDue());
    // Returned before the copy was done: the copy is a thread's, whose end comes back through
    // this thread's event loop.
    QVERIFY(rotation.isWriting());
    QVERIFY(!rotation.backUpIfDue()); // one at a time
    QVERIFY(written.wait());

    const QString path = written.first().at(0).toString();
    Database copy(path, Database::Options {5000, true});
    QVERIFY(copy.open());
    test::MockClock clock;
    InterviewService service(copy, clock);
    const Result<Session> found = service.session(session.sessionId);
    QVERIFY(found.ok());
    QCOMPARE(found->userId, QStringLiteral("cand_backup"));
}

void TestBackupRotation::startBacksUpThenEveryDay()
{
    BackupRotation rotation(m_db->database(), m_db->clock());
    rotation.setCheckInterval(10);
    QSignalSpy written(&rotation, &BackupRotation::backupWritten);
    rotation.start(); // nothing there yet: a backup at once
    QVERIFY(rotation.isWriting());
    QVERIFY(written.wait());
    QCOMPARE(agesInMinutes(), (QList<qint64> {0}));

    // The timer keeps looking; the day passes on the injected clock, not on the wall's.
    m_db->clock().advance(24 * HOUR_MS);
    QVERIFY(written.wait());
    QCOMPARE(agesInMinutes(), (QList<qint64> {0, 24 * 60}));
    m_db->clock().advance(24 * HOUR_MS + 5 * MINUTE_MS);
    QVERIFY(written.wait());
    QCOMPARE(agesInMinutes(), (QList<qint64> {0, 24 * 60 + 5, 48 * 60 + 5}));

    rotation.stop();
    m_db->clock().advance(24 * HOUR_MS);
    QVERIFY(!rotation.isWriting());
}

void TestBackupRotation::noBackupOfADamagedDatabase_data()
{
    QTest::addColumn<StorageFault>("fault");
    QTest::addColumn<bool>("started");
    QTest::addRow("corrupt") << StorageFault::Corrupt << false;
    QTest::addRow("missing") << StorageFault::Missing << false;
    // Reading needs no write lock and no free space on the database's disk.
    QTest::addRow("locked") << StorageFault::Locked << true;
    QTest::addRow("read-only") << StorageFault::ReadOnly << true;
}

void TestBackupRotation::noBackupOfADamagedDatabase()
{
    QFETCH(StorageFault, fault);
    QFETCH(bool, started);
    m_db->database().health().report(fault);
    BackupRotation rotation(m_db->database(), m_db->clock());
    QSignalSpy written(&rotation, &BackupRotation::backupWritten);
    QCOMPARE(rotation.backUpIfDue(), started);
    if (started)
        QVERIFY(written.wait());
    QCOMPARE(BackupRotation::list(folder()).size(), started ? 1 : 0);
}

void TestBackupRotation::stalePartialFilesAreRemoved()
{
    QVERIFY(QDir().mkpath(folder()));
    const QString stale
        = QDir(folder()).filePath(QStringLiteral("interview-recorder-20250101-000000.db.partial-abc123"));
    const QString fresh
        = QDir(folder()).filePath(QStringLiteral("interview-recorder-20250102-000000.db.partial-def456"));
    QVERIFY(writeFile(stale));
    QVERIFY(writeFile(fresh)); // perhaps another process's backup being written
    {
        QFile file(stale);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(
            file.setFileTime(QDateTime::currentDateTimeUtc().addSecs(-2 * 3600), QFileDevice::FileModificationTime));
    }
    BackupRotation rotation(m_db->database(), m_db->clock());
    QSignalSpy written(&rotation, &BackupRotation::backupWritten);
    QVERIFY(rotation.backUpIfDue());
    QVERIFY(written.wait());
    QVERIFY(!QFileInfo::exists(stale));
    QVERIFY(QFileInfo::exists(fresh));
}

void TestBackupRotation::restoreReplacesTheDamagedFileAtTheNextStart()
{
    // Its own folder: the database must be closed (as at quit) while the folder stays.
    QTemporaryDir dir;
    const QString databasePath = QDir(dir.path()).filePath(QStringLiteral("interview-recorder.db"));
    const QString backupPath
        = QDir(BackupRotation::folderFor(databasePath)).filePath(BackupRotation::fileNameFor(m_db->clock().nowMs()));
    QString kept;
    QString lost;
    {
        Database database(databasePath);
        QVERIFY(database.open());
        InterviewService service(database, m_db->clock());
        kept = createSession(service, QStringLiteral("before_backup")).sessionId;
        QVERIFY(QDir().mkpath(BackupRotation::folderFor(databasePath)));
        QVERIFY(DatabaseBackup::write(database, backupPath));
        lost = createSession(service, QStringLiteral("after_backup")).sessionId;

        // The window asks while the database is open; nothing changes until the next start.
        database.health().report(StorageFault::Corrupt);
        QVERIFY(!BackupRestore::isScheduled(databasePath));
        QVERIFY(BackupRestore::schedule(databasePath, backupPath));
        QVERIFY(BackupRestore::isScheduled(databasePath));
        QVERIFY(service.session(lost).ok());
    }

    // The next start, before the database opens.
    const test::MockClock clock(QDateTime(QDate(2026, 3, 4), QTime(5, 6, 7), QTimeZone::utc()).toMSecsSinceEpoch());
    const Result<RestoreReport> report = BackupRestore::applyPending(databasePath, clock);
    QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().details));
    QVERIFY(report->restored);
    QCOMPARE(report->backupPath, backupPath);
    QCOMPARE(report->damagedPath, databasePath + QStringLiteral(".damaged-20260304-050607"));
    QVERIFY(!BackupRestore::isScheduled(databasePath));
    QVERIFY(QFileInfo::exists(backupPath)); // the backup stays a backup
    {
        Database restored(databasePath);
        QVERIFY(restored.open());
        InterviewService service(restored, clock);
        QVERIFY(service.session(kept).ok());
        QCOMPARE(service.session(lost).error().code, ErrorCode::SessionNotFound);
    }
    {
        Database damaged(report->damagedPath, Database::Options {5000, true});
        QVERIFY(damaged.open());
        InterviewService service(damaged, clock);
        QVERIFY(service.session(lost).ok()); // kept for whoever wants to dig into it
    }
    // Done once: the next start finds nothing to do.
    const Result<RestoreReport> again = BackupRestore::applyPending(databasePath, clock);
    QVERIFY(again.ok());
    QVERIFY(!again->restored);
}

void TestBackupRotation::restoreMovesTheWalAside()
{
    QTemporaryDir dir;
    const QString databasePath = QDir(dir.path()).filePath(QStringLiteral("interview-recorder.db"));
    const QString backupPath = QDir(dir.path()).filePath(QStringLiteral("backup.db"));
    {
        Database database(databasePath);
        QVERIFY(database.open());
        QVERIFY(DatabaseBackup::write(database, backupPath));
    }
    QVERIFY(BackupRestore::schedule(databasePath, backupPath));
    // What a crash leaves: a WAL (with commits of the damaged file) and its index. Replayed into
    // the restored file, they would damage it in turn.
    QVERIFY(writeFile(databasePath + QStringLiteral("-wal"), "wal of the damaged file"));
    QVERIFY(writeFile(databasePath + QStringLiteral("-shm"), "its index"));
    const test::MockClock clock;
    const Result<RestoreReport> report = BackupRestore::applyPending(databasePath, clock);
    QVERIFY(report.ok());
    QVERIFY(report->restored);
    const QString damagedName = QFileInfo(report->damagedPath).fileName();
    QCOMPARE(besides(databasePath),
             (QStringList {damagedName, damagedName + QStringLiteral("-shm"), damagedName + QStringLiteral("-wal")}));
    QFile wal(report->damagedPath + QStringLiteral("-wal"));
    QVERIFY(wal.open(QIODevice::ReadOnly));
    QCOMPARE(wal.readAll(), QByteArray("wal of the damaged file"));
    Database restored(databasePath);
    QVERIFY(restored.open());
}

void TestBackupRotation::restoreIntoAFileThatIsGone()
{
    // A start that moved the damaged file aside and stopped before the backup took its place.
    QTemporaryDir dir;
    const QString databasePath = QDir(dir.path()).filePath(QStringLiteral("interview-recorder.db"));
    const QString backupPath = QDir(dir.path()).filePath(QStringLiteral("backup.db"));
    {
        Database database(databasePath);
        QVERIFY(database.open());
        QVERIFY(DatabaseBackup::write(database, backupPath));
    }
    QVERIFY(BackupRestore::schedule(databasePath, backupPath));
    QVERIFY(QFile::rename(databasePath, databasePath + QStringLiteral(".damaged-earlier")));
    const test::MockClock clock;
    const Result<RestoreReport> report = BackupRestore::applyPending(databasePath, clock);
    QVERIFY(report.ok());
    QVERIFY(report->restored);
    QVERIFY(report->damagedPath.isEmpty());
    Database restored(databasePath);
    QVERIFY(restored.open());
}

void TestBackupRotation::restoreThatCannotBeDoneChangesNothing_data()
{
    QTest::addColumn<QString>("problem");
    QTest::addRow("the backup is gone") << QStringLiteral("gone");
    QTest::addRow("the backup is damaged too") << QStringLiteral("damaged");
    QTest::addRow("the database was replaced since") << QStringLiteral("replaced");
    QTest::addRow("the request is unreadable") << QStringLiteral("unreadable");
}

void TestBackupRotation::restoreThatCannotBeDoneChangesNothing()
{
    QFETCH(QString, problem);
    QTemporaryDir dir;
    const QString databasePath = QDir(dir.path()).filePath(QStringLiteral("interview-recorder.db"));
    const QString backupPath = QDir(dir.path()).filePath(QStringLiteral("backup.db"));
    {
        Database database(databasePath);
        QVERIFY(database.open());
        QVERIFY(DatabaseBackup::write(database, backupPath));
    }
    QVERIFY(BackupRestore::schedule(databasePath, backupPath));
    if (problem == u"gone") {
        QVERIFY(QFile::remove(backupPath));
    } else if (problem == u"damaged") {
        QVERIFY(QFile::remove(backupPath));
        QVERIFY(writeFile(backupPath, QByteArray("SQLite format 3").append(4096, '\x7f')));
    } else if (problem == u"replaced") {
        // Renamed over it: the new file surely has another inode than the one asked about.
        const QString other = QDir(dir.path()).filePath(QStringLiteral("other.db"));
        QVERIFY(QFile::copy(backupPath, other));
        QVERIFY(std::rename(QFile::encodeName(other).constData(), QFile::encodeName(databasePath).constData()) == 0);
    } else {
        QVERIFY(QFile::remove(BackupRestore::markerPath(databasePath)));
        QVERIFY(writeFile(BackupRestore::markerPath(databasePath), "{not json"));
    }
    QFile before(databasePath);
    QVERIFY(before.open(QIODevice::ReadOnly));
    const QByteArray bytes = before.readAll();
    before.close();
    const QStringList beside = besides(databasePath);

    const test::MockClock clock;
    const Result<RestoreReport> report = BackupRestore::applyPending(databasePath, clock);
    QVERIFY(!report.ok());
    QCOMPARE(report.error().message, QStringLiteral("Cannot restore the backup"));
    QVERIFY(!report.error().details.isEmpty());
    // The request is dropped (a retry is a new one), the database is as it was.
    QVERIFY(!BackupRestore::isScheduled(databasePath));
    QFile after(databasePath);
    QVERIFY(after.open(QIODevice::ReadOnly));
    QCOMPARE(after.readAll(), bytes);
    QStringList expectedBeside = beside;
    expectedBeside.removeAll(QFileInfo(BackupRestore::markerPath(databasePath)).fileName());
    QCOMPARE(besides(databasePath), expectedBeside);
}

void TestBackupRotation::noRequestNoRestore()
{
    const test::MockClock clock;
    const Result<RestoreReport> report = BackupRestore::applyPending(m_db->filePath(), clock);
    QVERIFY(report.ok());
    QVERIFY(!report->restored);
    QVERIFY(m_db->service().probeStorage());
}

QTEST_GUILESS_MAIN(TestBackupRotation)
#include "tst_backuprotation.moc"
