// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectionguard.h"

#include <QTcpServer>

namespace ir::http {

// A QTcpServer that puts a ConnectionGuard on every socket before QtHttpServer gets it, so the
// guard's readyRead slot runs first (slots run in connection order).
class GuardedTcpServer final : public QTcpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GuardedTcpServer)

public:
    GuardedTcpServer(qint64 maxBodyBytes, ConnectionGuard::Timeouts timeouts, ConnectionGuard::RejectionLogger logger,
                     QObject *parent = nullptr);

protected:
    void incomingConnection(qintptr handle) override;

private:
    void sweep();

    qint64 m_maxBodyBytes;
    ConnectionGuard::Timeouts m_timeouts;
    ConnectionGuard::RejectionLogger m_logger;
};

} // namespace ir::http
