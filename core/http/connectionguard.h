// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httpreply.h"

#include <QByteArray>
#include <QObject>
#include <QQueue>
#include <QTimer>

#include <functional>
#include <optional>

class QTcpSocket;

namespace ir::http {

// Guards one connection before QtHttpServer sees its bytes. QtHttpServer 6.4 buffers a whole
// request body in memory with no limit and frames requests leniently, so this object, whose
// readyRead slot is connected first, follows the byte stream itself (request heads,
// Content-Length and chunked bodies). A request it must refuse — a body over the limit (413),
// framing that RFC 9112 §6 forbids (400: a Content-Length that is not one decimal number, or
// one sent with Transfer-Encoding), too many or too long header fields (431) — is answered in
// its place among the connection's replies once QtHttpServer has taken every request before
// it; QtHttpServer is then detached, so no byte after it is ever parsed as a request, the rest
// is read and dropped (bounded), and the connection is closed. A request must arrive whole
// within Timeouts::requestMs of its first byte; an idle keep-alive connection is closed after
// Timeouts::idleMs.
class ConnectionGuard final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionGuard)

public:
    static constexpr int MAX_HEADER_FIELDS = 100;
    static constexpr int MAX_HEADER_BYTES = 16 * 1024;

    using RejectionLogger = std::function<void(const QByteArray &method, const QByteArray &path, int status)>;
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
    // Call once QtHttpServer has connected its own readyRead slot (GuardedTcpServer does): from
    // then on this guard also runs after it and learns what it consumed.
    void followServer();

private:
    enum class State { Head, Body, ChunkSize, ChunkData, ChunkDataEnd, Trailer, Closed };

    void onReadyRead();
    // Runs after QtHttpServer's readyRead slot: what it left in the buffer has been seen here.
    void afterServerRead();
    // Feeds bytes through the state machine and returns how many it used: all of them, or up to
    // the end of the first refused request's head (m_refusal).
    qsizetype consume(const char *data, qsizetype size);
    void headComplete();
    void chunkLine();
    void requestComplete();
    void refuse(const ApiError &error, bool followBody);
    // Answers the refused request once every request before it went to QtHttpServer.
    void answerRefusalWhenDue();
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
    // Stream offsets: bytes this guard has followed, and where the current request began.
    qint64 m_streamSeen = 0;
    qint64 m_requestStart = 0;
    // Bytes at the front of the socket's buffer that this guard followed already (QtHttpServer
    // re-emits readyRead for pipelined requests without new bytes).
    qint64 m_seenBuffered = 0;
    qint64 m_availableAfterGuard = 0;
    QMetaObject::Connection m_after;
    struct Refusal
    {
        HttpReply reply;
        qint64 requestStart = 0; // stream offset of the refused request
        bool followBody = false; // its body can be followed (and dropped) to the end
    };
    std::optional<Refusal> m_refusal;
    bool m_detached = false;
    qint64 m_drained = 0;
    QQueue<bool> m_keepAlive;
    QMetaObject::Connection m_reading;
    Timeouts m_timeouts;
    QTimer m_timeout;
};

} // namespace ir::http
