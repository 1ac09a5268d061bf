// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectionguard.h"

#include "httpreply.h"

#include <QTcpSocket>
#include <QTimer>

namespace ir::http {
namespace {

constexpr qsizetype MAX_HEAD_BYTES = 64 * 1024;
constexpr qsizetype MAX_LINE_BYTES = 4 * 1024;
// After a 413 the client may still be sending; read and drop that for a while so that it
// sees the reply instead of a reset, but not forever.
constexpr int DRAIN_TIMEOUT_MS = 10000;
constexpr qint64 MAX_DRAIN_BYTES = 512LL * 1024 * 1024;

QByteArray headerValue(const QList<QByteArray> &lines, const QByteArray &name)
{
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().toLower() == name)
            return line.mid(colon + 1).trimmed();
    }
    return {};
}

} // namespace

ConnectionGuard::ConnectionGuard(QTcpSocket *socket, qint64 maxBodyBytes, Timeouts timeouts, RejectionLogger logger)
    : QObject(socket)
    , m_socket(socket)
    , m_maxBodyBytes(maxBodyBytes)
    , m_logger(std::move(logger))
    , m_timeouts(timeouts)
{
    m_reading = connect(socket, &QTcpSocket::readyRead, this, &ConnectionGuard::onReadyRead);
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        if (!m_rejected) // a rejected body has its own drain deadline
            m_socket->abort();
    });
    armTimeout(m_timeouts.idleMs);
}

void ConnectionGuard::armTimeout(int milliseconds)
{
    m_timeout.start(milliseconds);
}

bool ConnectionGuard::takeKeepAlive()
{
    return m_keepAlive.isEmpty() ? true : m_keepAlive.dequeue();
}

bool ConnectionGuard::isAttached() const
{
    return bool(m_reading);
}

void ConnectionGuard::onReadyRead()
{
    // The server reads everything on each readyRead, so what is available now is exactly the
    // bytes neither of us has seen yet.
    const qint64 available = m_socket->bytesAvailable();
    if (m_state == State::Head && m_line.isEmpty() && available > 0)
        armTimeout(m_timeouts.requestMs); // a new request starts: it has this long to arrive whole
    if (m_state == State::Body && m_remaining > available) {
        m_remaining -= available; // the middle of a body: only its length matters
        return;
    }
    char small[4096];
    QByteArray large;
    const char *data = small;
    qint64 size = 0;
    if (available <= qint64(sizeof small)) {
        size = m_socket->peek(small, available);
    } else {
        large = m_socket->peek(available);
        data = large.constData();
        size = large.size();
    }
    const qsizetype used = consume(data, qsizetype(std::max<qint64>(0, size)));
    if (m_limitHit)
        reject(used);
}

qsizetype ConnectionGuard::consume(const char *data, qsizetype size)
{
    qsizetype i = 0;
    while (i < size && !m_limitHit) {
        switch (m_state) {
        case State::Head: {
            if (m_line.isEmpty()) {
                while (i < size && (data[i] == '\r' || data[i] == '\n'))
                    ++i; // stray line breaks between requests
                if (i == size)
                    break;
            }
            // Append in bulk, then look for the blank line that ends the head.
            const qsizetype before = m_line.size();
            const qsizetype take = std::min<qsizetype>(size - i, MAX_HEAD_BYTES + 1 - before);
            m_line.append(data + i, take);
            const qsizetype end = m_line.indexOf("\r\n\r\n", std::max<qsizetype>(0, before - 3));
            if (end >= 0) {
                i += end + 4 - before;
                m_line.truncate(end + 4);
                headComplete();
            } else {
                i += take;
                if (m_line.size() > MAX_HEAD_BYTES) {
                    m_limitHit = true;
                    m_followable = false;
                }
            }
            break;
        }
        case State::Body:
        case State::ChunkData: {
            const qint64 take = std::min<qint64>(m_remaining, size - i);
            i += take;
            m_remaining -= take;
            if (m_remaining == 0 && m_state == State::Body)
                requestComplete();
            else if (m_remaining == 0)
                m_state = State::ChunkDataEnd;
            break;
        }
        case State::ChunkDataEnd:
            if (data[i++] == '\n')
                m_state = State::ChunkSize;
            break;
        case State::ChunkSize:
        case State::Trailer: {
            const char c = data[i++];
            m_line.append(c);
            if (m_line.size() > MAX_LINE_BYTES) {
                m_limitHit = true;
                m_followable = false;
            } else if (c == '\n') {
                chunkLine();
            }
            break;
        }
        case State::Closed:
            i = size;
            break;
        }
    }
    return i;
}

void ConnectionGuard::chunkLine()
{
    const QByteArray line = m_line.trimmed();
    m_line.clear();
    if (m_state == State::Trailer) {
        if (line.isEmpty())
            requestComplete();
        return;
    }
    bool ok = false;
    const qint64 chunk = line.split(';').first().trimmed().toLongLong(&ok, 16);
    if (!ok || chunk < 0) {
        // Malformed: the server's parser refuses it; after a 413 there is nothing left to follow.
        if (m_rejected)
            m_state = State::Closed;
        return;
    }
    if (chunk == 0) {
        m_state = State::Trailer;
        return;
    }
    m_bodySize += chunk;
    m_remaining = chunk;
    m_state = State::ChunkData;
    if (m_bodySize > m_maxBodyBytes && !m_rejected)
        m_limitHit = true;
}

void ConnectionGuard::headComplete()
{
    const QList<QByteArray> lines = m_line.trimmed().split('\n');
    m_line.clear();
    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    m_method = requestLine.value(0);
    m_path = requestLine.value(1).split('?').first();
    const bool http10 = requestLine.value(2).trimmed() == "HTTP/1.0";
    const QByteArray connection = headerValue(lines, "connection").toLower();
    m_keepAlive.enqueue(http10 ? connection.contains("keep-alive") : !connection.contains("close"));
    m_bodySize = 0;

    if (headerValue(lines, "transfer-encoding").toLower().contains("chunked")) {
        m_state = State::ChunkSize;
    } else {
        bool ok = true;
        const QByteArray length = headerValue(lines, "content-length");
        m_remaining = length.isEmpty() ? 0 : length.toLongLong(&ok);
        if (!ok || m_remaining < 0)
            m_remaining = 0; // malformed: the server's parser refuses the request
        m_bodySize = m_remaining;
        m_state = m_remaining > 0 ? State::Body : State::Head;
        if (m_state == State::Head)
            armTimeout(m_timeouts.idleMs); // a request without a body is complete with its head
        if (m_bodySize > m_maxBodyBytes) {
            m_limitHit = true;
            // A client waiting for 100 Continue sends no body: close right after the reply.
            m_followable = headerValue(lines, "expect").toLower() != "100-continue";
            return; // no 100 Continue: the client need not send the body at all
        }
    }
    // QtHttpServer 6.4 does not answer Expect: 100-continue; without it curl waits a second.
    if (headerValue(lines, "expect").toLower() == "100-continue")
        m_socket->write(QByteArrayLiteral("HTTP/1.1 100 Continue\r\n\r\n"));
}

void ConnectionGuard::requestComplete()
{
    m_line.clear();
    m_state = State::Head;
    armTimeout(m_timeouts.idleMs);
    if (m_rejected) {
        m_state = State::Closed;
        m_socket->disconnectFromHost();
    }
}

void ConnectionGuard::reject(qsizetype seen)
{
    m_rejected = true;
    m_limitHit = false;
    // Detach QtHttpServer from this connection: it must not buffer the body or answer it.
    disconnect(m_socket, &QTcpSocket::readyRead, nullptr, nullptr);
    m_reading = connect(m_socket, &QTcpSocket::readyRead, this, &ConnectionGuard::drain);
    if (m_socket->isTransactionStarted())
        m_socket->commitTransaction();
    m_socket->skip(seen);
    if (m_logger)
        m_logger(m_method, m_path);
    m_socket->write(HttpReply::error(ApiError::payloadTooLarge(m_maxBodyBytes)).serialize(true));
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, m_socket, &QTcpSocket::abort);
    timer->start(DRAIN_TIMEOUT_MS);
    if (!m_followable) {
        m_state = State::Closed;
        m_socket->disconnectFromHost();
    }
    drain();
}

void ConnectionGuard::drain()
{
    const QByteArray data = m_socket->read(m_socket->bytesAvailable());
    m_drained += data.size();
    if (m_drained > MAX_DRAIN_BYTES) {
        m_socket->abort();
        return;
    }
    if (m_state != State::Closed)
        consume(data.constData(), data.size());
}

} // namespace ir::http
