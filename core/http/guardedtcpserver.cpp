// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "guardedtcpserver.h"

#include <QTcpSocket>
#include <QTimer>

namespace {

constexpr int SWEEP_INTERVAL_MS = 2000;

} // namespace

namespace ir::http {

GuardedTcpServer::GuardedTcpServer(qint64 maxBodyBytes, ConnectionGuard::Timeouts timeouts,
                                   ConnectionGuard::RejectionLogger logger, QObject *parent)
    : QTcpServer(parent)
    , m_maxBodyBytes(maxBodyBytes)
    , m_timeouts(timeouts)
    , m_logger(std::move(logger))
{ }

void GuardedTcpServer::incomingConnection(qintptr handle)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(handle)) {
        delete socket;
        return;
    }
    // Replies go out in one write; don't let Nagle hold them back.
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    new ConnectionGuard(socket, m_maxBodyBytes, m_timeouts, m_logger);
    addPendingConnection(socket);
}

} // namespace ir::http
