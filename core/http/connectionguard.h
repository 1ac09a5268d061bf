// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QObject>
#include <QQueue>
#include <QTimer>

#include <functional>

class QTcpSocket;

namespace ir::http {

// Guards one connection before QtHttpServer sees its bytes. QtHttpServer 6.4 buffers a whole
// request body in memory with no limit, so this object, whose readyRead slot is connected
// first, follows the byte stream itself (request heads, Content-Length and chunked bodies).
// A body over the limit is answered with 413 right here; the server's slot is disconnected, the
// rest of that body is read and dropped (bounded memory), then the connection is closed. A
// request must arrive whole within Timeouts::requestMs of its first byte, and an idle
// keep-alive connection is closed after Timeouts::idleMs.
class ConnectionGuard final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionGuard)

public:
    using RejectionLogger = std::function<void(const QByteArray &method, const QByteArray &path)>;
    struct Timeouts
    {
        int requestMs = 30'000; // from a request's first byte to its last
        int idleMs = 120'000; // between requests on a keep-alive connection
    };

    ConnectionGuard(QTcpSocket *socket, qint64 maxBodyBytes, Timeouts timeouts, RejectionLogger logger);

    // For each request head seen, in order: whether the connection stays open after the reply.
    bool takeKeepAlive();
    // False once this guard's readyRead connection is gone. Some QtHttpServer 6.x releases answer
    // an unparsable request with QObject::disconnect() on the socket, which drops their own
    // clean-up as well; GuardedTcpServer then closes the socket instead of leaving it open.
    bool isAttached() const;

private:
    enum class State { Head, Body, ChunkSize, ChunkData, ChunkDataEnd, Trailer, Closed };

    void onReadyRead();
    // Feeds bytes through the state machine and returns how many it used: all of them, or up to
    // the byte where the body limit was hit (m_limitHit).
    qsizetype consume(const char *data, qsizetype size);
    void headComplete();
    void chunkLine();
    void requestComplete();
    // Answers 413 and drops the rest of the body; `seen` bytes of the socket were consumed.
    void reject(qsizetype seen);
    void drain();
    // Closes connections that idle between requests or dribble a request (slowloris).
    void armTimeout(int milliseconds);

    QTcpSocket *m_socket;
    qint64 m_maxBodyBytes;
    RejectionLogger m_logger;
    State m_state = State::Head;
    QByteArray m_line; // the head, or a chunk-size / trailer line, being collected
    qint64 m_remaining = 0;
    qint64 m_bodySize = 0;
    QByteArray m_method;
    QByteArray m_path;
    bool m_limitHit = false;
    bool m_followable = true; // false when the head or a chunk line itself was too long
    bool m_rejected = false;
    qint64 m_drained = 0;
    QQueue<bool> m_keepAlive;
    QMetaObject::Connection m_reading;
    Timeouts m_timeouts;
    QTimer m_timeout;
};

} // namespace ir::http
