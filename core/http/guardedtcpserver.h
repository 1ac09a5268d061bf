// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectionguard.h"

#include <QPointer>
#include <QTcpServer>

namespace ir::http {

// A QTcpServer that puts a ConnectionGuard on every socket before QtHttpServer gets it, so the
// guard's readyRead slot runs first (slots run in connection order), and that refuses
// connections past a cap (closed at once) so that a flood of idle sockets cannot exhaust the
// process.
class GuardedTcpServer final : public QTcpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GuardedTcpServer)

public:
    GuardedTcpServer(qint64 maxBodyBytes, ConnectionGuard::Timeouts timeouts, int maxConnections,
                     ConnectionGuard::RejectionLogger logger, QObject *parent = nullptr);

    // Connect to newConnection after QtHttpServer has: lets the new guards follow its reads.
    void followServer();
    int openConnections() const { return m_open; }

protected:
    void incomingConnection(qintptr handle) override;

private:
    qint64 m_maxBodyBytes;
    ConnectionGuard::Timeouts m_timeouts;
    int m_maxConnections;
    ConnectionGuard::RejectionLogger m_logger;
    int m_open = 0;
    QList<QPointer<ConnectionGuard>> m_fresh; // guards whose socket QtHttpServer is taking now
};

} // namespace ir::http
