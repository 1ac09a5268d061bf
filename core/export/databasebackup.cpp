// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "databasebackup.h"

#include "database.h"
#include "exportio.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace ir {

Status DatabaseBackup::write(Database &database, const QString &targetPath)
{
    const QFileInfo target(targetPath);
    if (targetPath.isEmpty() || target.isDir())
        return ExportIo::fileError(targetPath, tr("not a file name"));
    if (QFileInfo(target.absoluteFilePath()) == QFileInfo(database.filePath()))
        return ExportIo::fileError(targetPath, tr("that is the database itself"));
    // A unique, not yet existing name in the target's folder (VACUUM INTO refuses existing files).
    QString partPath;
    {
        QTemporaryFile probe(target.absoluteFilePath() + QStringLiteral(".partial-XXXXXX"));
        if (!probe.open())
            return ExportIo::fileError(targetPath, probe.errorString());
        partPath = probe.fileName();
    }
    if (const Status copied = database.backupTo(partPath); !copied) {
        QFile::remove(partPath);
        return Error {copied.error().code, tr("Cannot back up the database"),
                      QDir::toNativeSeparators(targetPath) + QStringLiteral(": ") + copied.error().details};
    }
    // rename(2) replaces an existing target atomically; QFile::rename would refuse it.
    if (std::rename(QFile::encodeName(partPath).constData(), QFile::encodeName(targetPath).constData()) != 0) {
        const QString reason = QString::fromLocal8Bit(std::strerror(errno));
        QFile::remove(partPath);
        return ExportIo::fileError(targetPath, reason);
    }
    return Done {};
}

} // namespace ir
