// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storagehealth.h"

#include <QString>

namespace ir {

// Makes what was written to a database's WAL durable, with one fdatasync, from any thread. The
// writer commits with synchronous=NORMAL (its COMMIT writes the WAL but does not wait for the
// disk) and acknowledges a batch only after sync() returned: so the next batch runs while the
// disk flushes the last one. fsync works on the file, not the descriptor, so a descriptor of
// our own covers SQLite's writes; it is opened again if the WAL file was replaced.
class WalSync final
{
public:
    explicit WalSync(const QString &databasePath);
    ~WalSync();
    Q_DISABLE_COPY_MOVE(WalSync)

    // True when everything written to the WAL before the call is on the disk; otherwise false
    // and fault() says why. A missing WAL holds nothing to flush.
    bool sync();
    StorageFault fault() const { return m_fault; }

private:
    bool reopen();

    QString m_walPath;
    QString m_folder;
    int m_fd = -1;
    quint64 m_device = 0;
    quint64 m_inode = 0;
    StorageFault m_fault = StorageFault::None;
};

} // namespace ir
