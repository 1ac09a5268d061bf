// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportio.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace ir {

Status ExportIo::write(QIODevice &device, const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return Done {};
    if (device.write(bytes) != bytes.size()) {
        return Error {ErrorCode::DatabaseError, tr("Cannot write the export"),
                      device.errorString().isEmpty() ? tr("the device refused the data") : device.errorString()};
    }
    return Done {};
}

Status ExportIo::writeFile(const QString &path, const std::function<Status(QIODevice &)> &writeContent)
{
    if (path.isEmpty())
        return fileError(path, tr("no file name given"));
    if (QFileInfo(path).isDir())
        return fileError(path, tr("it is a folder"));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fileError(path, file.errorString());
    if (const Status written = writeContent(file); !written) {
        // A write error of the file itself is the better reason than the generic one (read it
        // before cancelWriting, which sets an error of its own).
        const bool fileFailed = file.error() != QFileDevice::NoError;
        const QString reason = file.errorString();
        file.cancelWriting();
        return fileFailed ? fileError(path, reason) : written;
    }
    if (!file.commit())
        return fileError(path, file.errorString());
    return Done {};
}

Error ExportIo::fileError(const QString &path, const QString &reason)
{
    return Error {ErrorCode::DatabaseError, tr("Cannot write the file"),
                  QDir::toNativeSeparators(path) + QStringLiteral(": ") + reason};
}

} // namespace ir
