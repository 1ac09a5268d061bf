// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QIODevice>

#include <functional>

namespace ir {

// Writing export bytes, and whole files atomically (QSaveFile): a failed or cancelled write
// leaves no partial file behind, and an existing file stays as it was.
class ExportIo final
{
    Q_DECLARE_TR_FUNCTIONS(ir::ExportIo)

public:
    // All of bytes, or an error naming the device's reason.
    static Status write(QIODevice &device, const QByteArray &bytes);

    // Opens a QSaveFile at path, lets writeContent fill it and commits it only when that
    // succeeds. Errors carry the path and the system's reason in details.
    static Status writeFile(const QString &path, const std::function<Status(QIODevice &)> &writeContent);

    static Error fileError(const QString &path, const QString &reason);
};

} // namespace ir
