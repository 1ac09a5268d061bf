// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "backuprotation.h"

#include "clock.h"
#include "database.h"
#include "databasebackup.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QThread>
#include <QTimeZone>

#include <algorithm>
#include <optional>

namespace ir {
namespace {

const QString FILE_PREFIX = QStringLiteral("interview-recorder-");
const QString FILE_SUFFIX = QStringLiteral(".db");
const QString STAMP_FORMAT = QStringLiteral("yyyyMMdd-HHmmss");
// DatabaseBackup writes next to its target under this name and renames; a crash leaves it.
const QString PARTIAL_MARK = QStringLiteral(".partial-");
// A partial file this old belongs to no backup that is still being written.
constexpr qint64 STALE_PARTIAL_MS = 60LL * 60 * 1000;
// SQLite's companions of a database file.
const QStringList COMPANION_SUFFIXES {QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")};

std::optional<qint64> takenAt(const QString &fileName)
{
    static const QRegularExpression pattern(QStringLiteral("^interview-recorder-(\\d{8}-\\d{6})\\.db$"));
    const QRegularExpressionMatch match = pattern.match(fileName);
    if (!match.hasMatch())
        return std::nullopt;
    QDateTime time = QDateTime::fromString(match.captured(1), STAMP_FORMAT);
    if (!time.isValid())
        return std::nullopt;
    time.setTimeZone(QTimeZone::utc());
    return time.toMSecsSinceEpoch();
}

void removeStalePartials(const QString &folder)
{
    const QDateTime staleBefore = QDateTime::currentDateTimeUtc().addMSecs(-STALE_PARTIAL_MS);
    const QFileInfoList partials = QDir(folder).entryInfoList(
        {FILE_PREFIX + QStringLiteral("*") + FILE_SUFFIX + PARTIAL_MARK + QStringLiteral("*")}, QDir::Files);
    for (const QFileInfo &partial : partials) {
        if (partial.lastModified() < staleBefore)
            QFile::remove(partial.absoluteFilePath());
    }
}

QStringList prune(const QString &folder, int keep)
{
    QStringList removed;
    const QList<BackupFile> backups = BackupRotation::list(folder);
    for (qsizetype i = keep; i < backups.size(); ++i) {
        const QString &path = backups.at(i).path;
        if (!QFile::remove(path))
            continue;
        for (const QString &suffix : COMPANION_SUFFIXES)
            QFile::remove(path + suffix);
        removed << path;
    }
    return removed;
}

} // namespace

struct BackupRotation::Outcome
{
    QString path;
    Status status = Done {};
    QStringList removed;
};

BackupRotation::BackupRotation(Database &database, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_clock(clock)
    , m_folder(folderFor(database.filePath()))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (!backUpIfDue())
            scheduleNextCheck();
    });
}

BackupRotation::~BackupRotation()
{
    if (m_thread)
        m_thread->wait();
}

void BackupRotation::setKeep(int keep)
{
    m_keep = std::max(0, keep);
}

void BackupRotation::start()
{
    m_started = true;
    if (!backUpIfDue())
        scheduleNextCheck();
}

void BackupRotation::stop()
{
    m_started = false;
    m_timer.stop();
}

bool BackupRotation::backUpIfDue()
{
    if (m_thread || m_keep <= 0)
        return false;
    // A copy of a damaged or vanished file would push a good backup out of the rotation.
    const StorageFault fault = m_database.health().fault();
    if (fault == StorageFault::Corrupt || fault == StorageFault::Missing)
        return false;
    const qint64 now = m_clock.nowMs();
    const QList<BackupFile> backups = list(m_folder);
    if (!backups.isEmpty() && now - backups.first().takenAtMs < INTERVAL_MS)
        return false;

    m_timer.stop();
    auto outcome = std::make_shared<Outcome>();
    outcome->path = QDir(m_folder).filePath(fileNameFor(now));
    m_thread.reset(QThread::create([&database = m_database, folder = m_folder, keep = m_keep, outcome] {
        *outcome = writeAndPrune(database, folder, outcome->path, keep);
    }));
    m_thread->setObjectName(QStringLiteral("ir-backup"));
    // Emitted on the backup thread as it ends; runs here.
    connect(m_thread.get(), &QThread::finished, this, [this, outcome] {
        m_thread->wait();
        m_thread.reset();
        finish(*outcome);
    });
    m_thread->start(QThread::LowPriority);
    return true;
}

BackupRotation::Outcome BackupRotation::writeAndPrune(Database &database, const QString &folder, const QString &path,
                                                      int keep)
{
    Outcome outcome;
    outcome.path = path;
    if (!QDir().mkpath(folder)) {
        outcome.status
            = Error::database(tr("Cannot create the backups folder %1").arg(QDir::toNativeSeparators(folder)));
        return outcome;
    }
    removeStalePartials(folder);
    outcome.status = DatabaseBackup::write(database, path);
    // Only a good new backup may push an old one out.
    if (outcome.status)
        outcome.removed = prune(folder, keep);
    return outcome;
}

void BackupRotation::finish(const Outcome &outcome)
{
    m_lastAttemptFailed = !outcome.status.ok();
    if (outcome.status) {
        Q_EMIT backupWritten(outcome.path, outcome.removed);
    } else {
        const Error &error = outcome.status.error();
        Q_EMIT backupFailed(error.details.isEmpty() ? error.message
                                                    : error.message + QStringLiteral(": ") + error.details);
    }
    scheduleNextCheck();
}

void BackupRotation::scheduleNextCheck()
{
    if (!m_started || m_thread)
        return;
    qint64 delay = m_checkIntervalMs;
    // After a failure, try again after a whole check interval, not at once.
    if (!m_lastAttemptFailed && m_keep > 0) {
        const QList<BackupFile> backups = list(m_folder);
        if (!backups.isEmpty())
            delay = std::clamp(backups.first().takenAtMs + INTERVAL_MS - m_clock.nowMs(), qint64(0), delay);
    }
    m_timer.start(std::chrono::milliseconds(delay));
}

QString BackupRotation::folderFor(const QString &databasePath)
{
    return QFileInfo(databasePath).absoluteDir().filePath(QStringLiteral("backups"));
}

QString BackupRotation::fileNameFor(qint64 takenAtMs)
{
    return FILE_PREFIX + QDateTime::fromMSecsSinceEpoch(takenAtMs, QTimeZone::utc()).toString(STAMP_FORMAT)
        + FILE_SUFFIX;
}

QList<BackupFile> BackupRotation::list(const QString &folder)
{
    QList<BackupFile> backups;
    const QFileInfoList files
        = QDir(folder).entryInfoList({FILE_PREFIX + QStringLiteral("*") + FILE_SUFFIX}, QDir::Files);
    for (const QFileInfo &file : files) {
        if (const std::optional<qint64> time = takenAt(file.fileName()))
            backups.append(BackupFile {file.absoluteFilePath(), *time});
    }
    std::sort(backups.begin(), backups.end(),
              [](const BackupFile &a, const BackupFile &b) { return a.takenAtMs > b.takenAtMs; });
    return backups;
}

} // namespace ir
