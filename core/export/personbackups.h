// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backuprotation.h"
#include "result.h"

#include <QList>
#include <QString>

// Backups taken before a person was erased still hold them: the erasure's confirmation names how
// many, and can remove those files too (issue 13).
namespace ir::personbackups {

// The automatic backups in `folder` that hold a session of `userId`, newest first. Each is opened
// read-only on a connection of its own; a file that cannot be read counts as holding them (it
// may, and the person must be told).
Result<QList<BackupFile>> holding(const QString &folder, const QString &userId);
// Deletes those files; returns how many are gone.
Result<int> remove(const QList<BackupFile> &backups);

} // namespace ir::personbackups
