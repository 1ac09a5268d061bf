// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>

class QThread;

namespace ir {

class Clock;
class Database;

// One automatic backup in the backups folder.
struct BackupFile
{
    QString path;
    qint64 takenAtMs = 0; // from its name, UTC
};

// The automatic daily backups: <data>/backups/interview-recorder-YYYYMMDD-HHMMSS.db (UTC), a
// verified copy (DatabaseBackup) taken when the newest one is a day old, at start() and then as
// the day passes, keeping the newest keep() of them. The copy runs on a thread of its own, not on
// a reader (VACUUM INTO of a large file takes minutes, which a reader owes to the HTTP requests)
// and never on the caller's thread. "Now" is the injected clock's: the timer only decides when to
// look again, so a suspended laptop or a test's MockClock is taken at its word.
class BackupRotation final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackupRotation)

public:
    static constexpr int DEFAULT_KEEP = 7;
    static constexpr qint64 INTERVAL_MS = 24LL * 60 * 60 * 1000;
    static constexpr int DEFAULT_CHECK_INTERVAL_MS = 60 * 60 * 1000;

    // The folder defaults to folderFor(database.filePath()).
    BackupRotation(Database &database, const Clock &clock, QObject *parent = nullptr);
    // Waits for a backup that is being written (its thread uses the database).
    ~BackupRotation() override;

    QString folder() const { return m_folder; }
    void setFolder(const QString &folder) { m_folder = folder; }
    int keep() const { return m_keep; }
    // How many backups to keep; 0 switches automatic backups off (and prunes nothing).
    void setKeep(int keep);
    // How often at most the timer looks whether a backup is due (an hour; tests shorten it).
    void setCheckInterval(int milliseconds) { m_checkIntervalMs = milliseconds; }

    // Takes a backup now if one is due, then keeps looking while the event loop runs.
    void start();
    void stop();
    // Starts writing a backup if one is due: keep() > 0, the database is neither damaged nor
    // gone, and there is no backup of the last day. Returns whether it started one.
    bool backUpIfDue();
    bool isWriting() const { return m_thread != nullptr; }

    // <folder of databasePath>/backups
    static QString folderFor(const QString &databasePath);
    static QString fileNameFor(qint64 takenAtMs);
    // The automatic backups in folder (other files are never looked at), newest first.
    static QList<BackupFile> list(const QString &folder);

Q_SIGNALS:
    // After a backup was written and the older ones beyond keep() were removed.
    void backupWritten(const QString &path, const QStringList &removed);
    // The backup could not be written; the older ones are as they were.
    void backupFailed(const QString &message);

private:
    struct Outcome;
    void scheduleNextCheck();
    void finish(const Outcome &outcome);
    // Runs on the backup thread.
    static Outcome writeAndPrune(Database &database, const QString &folder, const QString &path, int keep);

    Database &m_database;
    const Clock &m_clock;
    QString m_folder;
    int m_keep = DEFAULT_KEEP;
    int m_checkIntervalMs = DEFAULT_CHECK_INTERVAL_MS;
    bool m_started = false;
    bool m_lastAttemptFailed = false;
    QTimer m_timer;
    std::unique_ptr<QThread> m_thread;
};

} // namespace ir
