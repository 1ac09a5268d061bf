// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "guardedtcpserver.h"

#include <QTcpSocket>

namespace ir::http {

GuardedTcpServer::GuardedTcpServer(qint64 maxBodyBytes, ConnectionGuard::Timeouts timeouts, int maxConnections,
                                   ConnectionGuard::RejectionLogger logger, QObject *parent)
    : QTcpServer(parent)
    , m_maxBodyBytes(maxBodyBytes)
    , m_timeouts(timeouts)
    , m_maxConnections(maxConnections)
    , m_logger(std::move(logger))
{ }

void GuardedTcpServer::incomingConnection(qintptr handle)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(handle)) {
        delete socket;
        return;
    }
    if (m_open >= m_maxConnections) {
        // Over the cap: no reply (that would cost what the cap saves), just the close.
        socket->abort();
        socket->deleteLater();
        return;
    }
    ++m_open;
    connect(socket, &QObject::destroyed, this, [this] { --m_open; });
    // Replies go out in one write; don't let Nagle hold them back.
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_fresh << new ConnectionGuard(socket, m_maxBodyBytes, m_timeouts, m_logger);
    addPendingConnection(socket);
}

void GuardedTcpServer::followServer()
{
    for (const QPointer<ConnectionGuard> &guard : std::exchange(m_fresh, {})) {
        if (guard)
            guard->followServer();
    }
}

} // namespace ir::http
