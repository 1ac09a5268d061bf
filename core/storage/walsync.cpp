// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "walsync.h"

#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace ir {
namespace {

StorageFault faultOf(int error)
{
    switch (error) {
    case ENOSPC:
    case EDQUOT:
        return StorageFault::DiskFull;
    case EROFS:
        return StorageFault::ReadOnly;
    case ENOENT:
        return StorageFault::Missing;
    default:
        return StorageFault::Corrupt; // EIO: the disk lost what it was given
    }
}

int openRetrying(const QByteArray &path, int flags)
{
    int fd = -1;
    do
        fd = ::open(path.constData(), flags | O_CLOEXEC);
    while (fd < 0 && errno == EINTR);
    return fd;
}

} // namespace

WalSync::WalSync(const QString &databasePath)
    : m_walPath(databasePath + QStringLiteral("-wal"))
    , m_folder(QFileInfo(databasePath).absolutePath())
{ }

WalSync::~WalSync()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

bool WalSync::reopen()
{
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = openRetrying(QFile::encodeName(m_walPath), O_RDONLY);
    if (m_fd < 0)
        return false;
    struct stat info
    {
    };
    if (::fstat(m_fd, &info) == 0) {
        m_device = quint64(info.st_dev);
        m_inode = quint64(info.st_ino);
    }
    // A WAL file new since we last looked: its directory entry must survive a power cut too.
    const int folder = openRetrying(QFile::encodeName(m_folder), O_RDONLY | O_DIRECTORY);
    if (folder >= 0) {
        ::fsync(folder);
        ::close(folder);
    }
    return true;
}

bool WalSync::sync()
{
    struct stat info
    {
    };
    const QByteArray path = QFile::encodeName(m_walPath);
    if (::stat(path.constData(), &info) != 0) {
        // No WAL: nothing was written since the last connection closed, or the file is gone
        // (the writer's own check of the database file reports that).
        m_fault = StorageFault::None;
        return true;
    }
    if (m_fd < 0 || quint64(info.st_dev) != m_device || quint64(info.st_ino) != m_inode) {
        if (!reopen()) {
            m_fault = faultOf(errno);
            return false;
        }
    }
    int result = 0;
    do
        result = ::fdatasync(m_fd);
    while (result != 0 && errno == EINTR);
    m_fault = result == 0 ? StorageFault::None : faultOf(errno);
    return result == 0;
}

} // namespace ir
