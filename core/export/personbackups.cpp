// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "personbackups.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>

namespace ir::personbackups {
namespace {

// true when the file holds a session of userId, or cannot be read.
bool mayHold(const QString &path, const QString &userId)
{
    const QString name = QStringLiteral("ir-backup-check-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    bool holds = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery query(db);
            if (query.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM sessions WHERE user_id = ?)"))) {
                query.addBindValue(userId);
                if (query.exec() && query.next())
                    holds = query.value(0).toBool();
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return holds;
}

} // namespace

Result<QList<BackupFile>> holding(const QString &folder, const QString &userId)
{
    QList<BackupFile> found;
    for (const BackupFile &backup : BackupRotation::list(folder)) {
        if (mayHold(backup.path, userId))
            found << backup;
    }
    return found;
}

Result<int> remove(const QList<BackupFile> &backups)
{
    int removed = 0;
    for (const BackupFile &backup : backups) {
        if (!QFile::remove(backup.path) && QFile::exists(backup.path))
            return Error::database(QStringLiteral("cannot remove a backup"));
        ++removed;
    }
    return removed;
}

} // namespace ir::personbackups
