// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QObject>

#include <map>

class QTcpSocket;

namespace ir::http {

// The replies of one connection, sent in request order (HTTP/1.1 pipelining: a client may send
// several requests before the first reply). Reads and writes finish on other threads in any
// order, so each request takes a place in line when it arrives and its reply waits there until
// every earlier one has gone out. A reply that closes the connection goes out last: the replies
// before it are never lost, those after it are dropped. Lives as a child of its socket.
class ReplyQueue final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReplyQueue)

public:
    // The socket's queue, created on first use.
    static ReplyQueue *of(QTcpSocket *socket);

    // A place in line for the request that just arrived.
    quint64 reserve();
    // The reply for place `ticket`: written now if every earlier one is out, else later.
    void fulfill(quint64 ticket, QByteArray bytes, bool closeAfter);
    // The connection's last reply, after every one reserved so far; nothing after it is sent.
    // The socket closes once it is written if closeAfter, else when closeWhenDone() is called.
    void finishWith(QByteArray bytes, bool closeAfter);
    void closeWhenDone();
    // Replies waiting for an earlier one (tests).
    std::size_t waiting() const { return m_ready.size(); }

private:
    explicit ReplyQueue(QTcpSocket *socket);
    void flush();

    struct Ready
    {
        QByteArray bytes;
        bool closeAfter = false;
        bool last = false;
    };
    QTcpSocket *m_socket;
    quint64 m_nextTicket = 0;
    quint64 m_head = 0; // the next ticket to write
    bool m_closed = false; // the last reply is out: nothing more goes
    bool m_finishing = false; // the last reply is queued
    bool m_closeWhenDone = false;
    std::map<quint64, Ready> m_ready;
};

} // namespace ir::http
