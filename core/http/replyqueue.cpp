// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "replyqueue.h"

#include <QTcpSocket>

namespace ir::http {

ReplyQueue::ReplyQueue(QTcpSocket *socket)
    : QObject(socket)
    , m_socket(socket)
{ }

ReplyQueue *ReplyQueue::of(QTcpSocket *socket)
{
    if (auto *queue = socket->findChild<ReplyQueue *>(QString(), Qt::FindDirectChildrenOnly))
        return queue;
    return new ReplyQueue(socket);
}

quint64 ReplyQueue::reserve()
{
    return m_nextTicket++;
}

void ReplyQueue::fulfill(quint64 ticket, QByteArray bytes, bool closeAfter)
{
    if (m_closed || ticket < m_head)
        return;
    m_ready[ticket] = Ready {std::move(bytes), closeAfter, closeAfter};
    flush();
}

void ReplyQueue::finishWith(QByteArray bytes, bool closeAfter)
{
    if (m_closed || m_finishing)
        return;
    m_finishing = true;
    m_ready[reserve()] = Ready {std::move(bytes), closeAfter, true};
    flush();
}

void ReplyQueue::closeWhenDone()
{
    m_closeWhenDone = true;
    if (m_closed)
        m_socket->disconnectFromHost();
}

void ReplyQueue::flush()
{
    for (auto it = m_ready.find(m_head); it != m_ready.end(); it = m_ready.find(m_head)) {
        const Ready ready = std::move(it->second);
        m_ready.erase(it);
        ++m_head;
        if (m_socket->state() != QAbstractSocket::ConnectedState)
            continue;
        m_socket->write(ready.bytes);
        if (ready.last) {
            m_closed = true;
            m_ready.clear();
            if (ready.closeAfter || m_closeWhenDone)
                m_socket->disconnectFromHost();
            return;
        }
    }
}

} // namespace ir::http
