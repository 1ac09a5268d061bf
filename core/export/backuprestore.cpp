// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "backuprestore.h"

#include "clock.h"
#include "database.h"
#include "exportio.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTimeZone>

#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>

namespace ir {
namespace {

const QString MARKER_SUFFIX = QStringLiteral(".restore-pending");
// The database file first, then what SQLite keeps beside it: an old WAL must never meet the
// restored file, or SQLite would replay it into it.
const QStringList FILE_SUFFIXES {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")};
constexpr qint64 COPY_CHUNK = 1 << 20;

struct FileIdentity
{
    quint64 device = 0;
    quint64 inode = 0;
    bool operator==(const FileIdentity &) const = default;
};

// (0, 0) when there is no such file.
FileIdentity identityOf(const QString &path)
{
    struct stat info
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return {};
    return {quint64(info.st_dev), quint64(info.st_ino)};
}

bool renameFile(const QString &from, const QString &to)
{
    return std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0;
}

Error restoreError(const QString &details)
{
    return Error {ErrorCode::DatabaseError, BackupRestore::tr("Cannot restore the backup"), details};
}

// A name beside databasePath that nothing has yet, for the file and its companions alike.
QString damagedName(const QString &databasePath, const Clock &clock)
{
    const QString base = databasePath + QStringLiteral(".damaged-")
        + QDateTime::fromMSecsSinceEpoch(clock.nowMs(), QTimeZone::utc()).toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const auto taken = [](const QString &name) {
        return std::any_of(FILE_SUFFIXES.begin(), FILE_SUFFIXES.end(),
                           [&name](const QString &suffix) { return QFileInfo::exists(name + suffix); });
    };
    QString name = base;
    for (int n = 2; taken(name); ++n)
        name = base + QStringLiteral("-%1").arg(n);
    return name;
}

Status copyInto(QSaveFile &target, const QString &sourcePath)
{
    QFile source(sourcePath);
    if (!source.open(QIODevice::ReadOnly))
        return restoreError(QDir::toNativeSeparators(sourcePath) + QStringLiteral(": ") + source.errorString());
    if (!target.open(QIODevice::WriteOnly))
        return restoreError(QDir::toNativeSeparators(target.fileName()) + QStringLiteral(": ") + target.errorString());
    while (!source.atEnd()) {
        const QByteArray chunk = source.read(COPY_CHUNK);
        if (chunk.isEmpty() && source.error() != QFileDevice::NoError)
            return restoreError(QDir::toNativeSeparators(sourcePath) + QStringLiteral(": ") + source.errorString());
        if (const Status written = ExportIo::write(target, chunk); !written)
            return restoreError(QDir::toNativeSeparators(target.fileName()) + QStringLiteral(": ")
                                + target.errorString());
    }
    return Done {};
}

} // namespace

QString BackupRestore::markerPath(const QString &databasePath)
{
    return databasePath + MARKER_SUFFIX;
}

bool BackupRestore::isScheduled(const QString &databasePath)
{
    return QFileInfo::exists(markerPath(databasePath));
}

Status BackupRestore::schedule(const QString &databasePath, const QString &backupPath)
{
    const QFileInfo backup(backupPath);
    if (!backup.isFile())
        return restoreError(tr("the backup %1 does not exist").arg(QDir::toNativeSeparators(backupPath)));
    if (backup == QFileInfo(databasePath))
        return restoreError(tr("the backup is the database itself"));
    const FileIdentity current = identityOf(databasePath);
    QJsonObject request;
    request.insert(QStringLiteral("backup"), backup.absoluteFilePath());
    // As text: a JSON number would round a large inode.
    request.insert(QStringLiteral("device"), QString::number(current.device));
    request.insert(QStringLiteral("inode"), QString::number(current.inode));
    const QByteArray bytes = QJsonDocument(request).toJson();
    return ExportIo::writeFile(markerPath(databasePath),
                               [&bytes](QIODevice &device) { return ExportIo::write(device, bytes); });
}

Result<RestoreReport> BackupRestore::applyPending(const QString &databasePath, const Clock &clock)
{
    const QString marker = markerPath(databasePath);
    QFile markerFile(marker);
    if (!markerFile.exists())
        return RestoreReport {};
    // Whatever happens below, this request is done with: a retry is asked for anew.
    const auto dropRequest = [&marker] { QFile::remove(marker); };
    QJsonObject request;
    if (markerFile.open(QIODevice::ReadOnly))
        request = QJsonDocument::fromJson(markerFile.readAll()).object();
    markerFile.close();
    const QString backupPath = request.value(QStringLiteral("backup")).toString();
    if (backupPath.isEmpty()) {
        dropRequest();
        return restoreError(tr("the restore request %1 is unreadable").arg(QDir::toNativeSeparators(marker)));
    }
    const FileIdentity asked {request.value(QStringLiteral("device")).toString().toULongLong(),
                              request.value(QStringLiteral("inode")).toString().toULongLong()};
    // Another file than the damaged one the request was made for: an earlier start restored it
    // already (and could not remove the request), or someone put a file there by hand. No file
    // at all is restored into: an earlier start may have moved the damaged one and stopped.
    const FileIdentity current = identityOf(databasePath);
    if (current != FileIdentity {} && current != asked) {
        dropRequest();
        return restoreError(tr("the database file was replaced after the restore was asked for; nothing was restored"));
    }
    if (!QFileInfo(backupPath).isFile()) {
        dropRequest();
        return restoreError(
            tr("the backup %1 is gone; nothing was restored").arg(QDir::toNativeSeparators(backupPath)));
    }
    {
        Database backup(backupPath, Database::Options {0, true});
        if (!backup.connection().isOpen() || !backup.checkIntegrityOnce()) {
            dropRequest();
            return restoreError(
                tr("the backup %1 is damaged too; nothing was restored").arg(QDir::toNativeSeparators(backupPath)));
        }
    }

    // The copy is complete before anything is moved; the rename is the last step.
    QSaveFile restored(databasePath);
    if (const Status copied = copyInto(restored, backupPath); !copied) {
        restored.cancelWriting();
        dropRequest();
        return copied.error();
    }
    const QString damagedPath = damagedName(databasePath, clock);
    QList<std::pair<QString, QString>> moved;
    const auto moveBack = [&moved] {
        for (auto it = moved.crbegin(); it != moved.crend(); ++it)
            renameFile(it->second, it->first);
    };
    for (const QString &suffix : FILE_SUFFIXES) {
        const QString from = databasePath + suffix;
        if (!QFileInfo::exists(from))
            continue;
        if (!renameFile(from, damagedPath + suffix)) {
            const QString reason = QString::fromLocal8Bit(std::strerror(errno));
            moveBack();
            restored.cancelWriting();
            dropRequest();
            return restoreError(QDir::toNativeSeparators(from) + QStringLiteral(": ") + reason);
        }
        moved.append({from, damagedPath + suffix});
    }
    if (!restored.commit()) {
        const QString reason = restored.errorString();
        moveBack();
        dropRequest();
        return restoreError(QDir::toNativeSeparators(databasePath) + QStringLiteral(": ") + reason);
    }
    // Should this fail, the request names the damaged file's identity, which is no longer there.
    dropRequest();
    return RestoreReport {true, QFileInfo(backupPath).absoluteFilePath(), moved.isEmpty() ? QString() : damagedPath};
}

} // namespace ir
