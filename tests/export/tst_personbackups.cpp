// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Which backups still hold an erased person, and removing them (issue 13).
#include "backuprotation.h"
#include "databasebackup.h"
#include "interviewservice.h"
#include "personbackups.h"
#include "tempdatabase.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace ir;
using namespace ir::test;
using namespace Qt::StringLiterals;

class TestPersonBackups final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findsTheBackupsThatHoldAPerson();
};

void TestPersonBackups::findsTheBackupsThatHoldAPerson()
{
    IR_SQLITE_ONLY("backups are copies of the SQLite file");
    TempDatabase db;
    QVERIFY(db.isValid());
    const QString folder = QDir(db.dir()).filePath(u"backups"_s);
    QVERIFY(QDir().mkpath(folder));
    auto backUp = [&] {
        db.clock().advance(24LL * 60 * 60 * 1000);
        const QString path = QDir(folder).filePath(BackupRotation::fileNameFor(db.clock().nowMs()));
        QVERIFY(DatabaseBackup::write(db.database(), path));
    };
    db.createSession(u"bob"_s);
    backUp(); // bob only
    db.createSession(u"alice"_s);
    backUp(); // bob and alice
    backUp();
    QVERIFY(db.service().eraseCandidate(u"alice"_s, Actor::Ui));
    backUp(); // after the erasure: bob only
    // Something in the folder that is not a database is no proof of anything.
    QFile junk(QDir(folder).filePath(BackupRotation::fileNameFor(db.clock().nowMs() + 1000)));
    QVERIFY(junk.open(QIODevice::WriteOnly));
    junk.write("not a database");
    junk.close();

    const Result<QList<BackupFile>> alice = personbackups::holding(folder, u"alice"_s);
    QVERIFY(alice);
    QCOMPARE(alice->size(), 3); // the two before the erasure, and the unreadable file
    const Result<QList<BackupFile>> carol = personbackups::holding(folder, u"carol"_s);
    QCOMPARE(carol->size(), 1); // only the unreadable one
    QCOMPARE(personbackups::holding(folder, u"bob"_s)->size(), 5);

    QCOMPARE(personbackups::remove(*alice).value(), 3);
    QCOMPARE(BackupRotation::list(folder).size(), 2);
    QCOMPARE(personbackups::holding(folder, u"alice"_s)->size(), 0);
}

QTEST_GUILESS_MAIN(TestPersonBackups)
#include "tst_personbackups.moc"
