// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectionguard.h"

#include "replyqueue.h"

#include <QTcpSocket>
#include <QTimer>

#include <algorithm>

namespace ir::http {
namespace {

constexpr qsizetype MAX_LINE_BYTES = 4 * 1024;
// A Content-Length of more digits cannot be a real body (and would overflow).
constexpr qsizetype MAX_LENGTH_DIGITS = 18;
// After a refusal the client may still be sending; read and drop that for a while so that it
// sees the reply instead of a reset, but not forever.
constexpr int DRAIN_TIMEOUT_MS = 10000;
constexpr qint64 MAX_DRAIN_BYTES = 512LL * 1024 * 1024;

// Every value of a header field (repeated fields and comma-separated lists alike), trimmed.
QList<QByteArray> headerValues(const QList<QByteArray> &lines, const QByteArray &name)
{
    QList<QByteArray> values;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().toLower() == name) {
            for (const QByteArray &part : line.mid(colon + 1).split(','))
                values << part.trimmed();
        }
    }
    return values;
}

QByteArray headerValue(const QList<QByteArray> &lines, const QByteArray &name)
{
    return headerValues(lines, name).join(", ");
}

// RFC 9112 §6.3: one decimal length, however often it is repeated; anything else is an error.
std::optional<qint64> contentLength(const QList<QByteArray> &values, bool *valid)
{
    *valid = true;
    std::optional<qint64> length;
    for (const QByteArray &value : values) {
        const bool digits = !value.isEmpty() && value.size() <= MAX_LENGTH_DIGITS
            && std::all_of(value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; });
        const qint64 parsed = digits ? value.toLongLong() : -1;
        if (!digits || (length && *length != parsed)) {
            *valid = false;
            return std::nullopt;
        }
        length = parsed;
    }
    return length;
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
        if (!m_detached) // a refused request has its own drain deadline
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

void ConnectionGuard::followServer()
{
    if (!m_after && !m_detached)
        m_after = connect(m_socket, &QTcpSocket::readyRead, this, &ConnectionGuard::afterServerRead);
}

void ConnectionGuard::onReadyRead()
{
    const qint64 available = m_socket->bytesAvailable();
    const qint64 fresh = available - m_seenBuffered;
    if (fresh > 0 && !m_refusal) {
        if (m_state == State::Head && m_line.isEmpty())
            armTimeout(m_timeouts.requestMs); // a new request starts: it has this long to arrive whole
        if (m_state == State::Body && m_remaining > fresh) {
            m_remaining -= fresh; // the middle of a body: only its length matters
            m_streamSeen += fresh;
            m_seenBuffered = available;
        } else {
            const QByteArray bytes = m_socket->peek(available);
            const qsizetype offset = qsizetype(std::min<qint64>(m_seenBuffered, bytes.size()));
            m_seenBuffered += consume(bytes.constData() + offset, bytes.size() - offset);
        }
    }
    m_availableAfterGuard = available;
    answerRefusalWhenDue();
}

void ConnectionGuard::afterServerRead()
{
    // QtHttpServer consumed from the front of the buffer (bytes inside its open transaction no
    // longer count as available either); what it left was seen here already.
    const qint64 consumed = std::max<qint64>(0, m_availableAfterGuard - m_socket->bytesAvailable());
    m_seenBuffered = std::max<qint64>(0, m_seenBuffered - consumed);
    m_availableAfterGuard = m_socket->bytesAvailable();
    answerRefusalWhenDue();
}

qsizetype ConnectionGuard::consume(const char *data, qsizetype size)
{
    qsizetype i = 0;
    while (i < size && !(m_refusal && !m_detached) && m_state != State::Closed) {
        switch (m_state) {
        case State::Head: {
            if (m_line.isEmpty()) {
                while (i < size && (data[i] == '\r' || data[i] == '\n'))
                    ++i; // stray line breaks between requests
                if (i == size)
                    break;
                m_requestStart = m_streamSeen + i;
            }
            // Append in bulk, then look for the blank line that ends the head.
            const qsizetype before = m_line.size();
            const qsizetype take = std::min<qsizetype>(size - i, MAX_HEADER_BYTES + 1 - before);
            m_line.append(data + i, take);
            const qsizetype end = m_line.indexOf("\r\n\r\n", std::max<qsizetype>(0, before - 3));
            if (end >= 0) {
                i += end + 4 - before;
                m_line.truncate(end + 4);
                headComplete();
            } else {
                i += take;
                if (m_line.size() > MAX_HEADER_BYTES)
                    refuse(ApiError::headersTooLarge(MAX_HEADER_FIELDS, MAX_HEADER_BYTES), false);
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
            if (m_line.size() > MAX_LINE_BYTES)
                refuse(ApiError::validation(QStringLiteral("chunk: line too long")), false);
            else if (c == '\n')
                chunkLine();
            break;
        }
        case State::Closed:
            i = size;
            break;
        }
    }
    m_streamSeen += i;
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
        refuse(ApiError::validation(QStringLiteral("chunk: malformed chunk size")), false);
        return;
    }
    if (chunk == 0) {
        m_state = State::Trailer;
        return;
    }
    m_bodySize += chunk;
    m_remaining = chunk;
    m_state = State::ChunkData;
    if (m_bodySize > m_maxBodyBytes && !m_refusal)
        refuse(ApiError::payloadTooLarge(m_maxBodyBytes), true);
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
    m_remaining = 0;
    m_state = State::Head;

    if (lines.size() - 1 > MAX_HEADER_FIELDS) {
        refuse(ApiError::headersTooLarge(MAX_HEADER_FIELDS, MAX_HEADER_BYTES), false);
        return;
    }
    const QList<QByteArray> lengths = headerValues(lines, "content-length");
    const QByteArray transferEncoding = headerValue(lines, "transfer-encoding").toLower();
    if (!transferEncoding.isEmpty()) {
        // Both framings at once is how requests are smuggled past proxies (RFC 9112 §6.1).
        if (!lengths.isEmpty()) {
            refuse(ApiError::validation(QStringLiteral("Content-Length: not allowed together with Transfer-Encoding")),
                   false);
        } else if (transferEncoding != "chunked") {
            refuse(ApiError::validation(QStringLiteral("Transfer-Encoding: only chunked is supported")), false);
        } else {
            m_state = State::ChunkSize;
        }
        return;
    }
    bool valid = true;
    const std::optional<qint64> length = contentLength(lengths, &valid);
    if (!valid) {
        refuse(ApiError::validation(QStringLiteral("Content-Length: must be one non-negative decimal number")), false);
        return;
    }
    m_remaining = m_bodySize = length.value_or(0);
    if (m_bodySize > m_maxBodyBytes) {
        // A client waiting for 100 Continue sends no body: close right after the reply.
        refuse(ApiError::payloadTooLarge(m_maxBodyBytes), headerValue(lines, "expect").toLower() != "100-continue");
        m_state = State::Body;
        return;
    }
    if (m_remaining > 0)
        m_state = State::Body;
    else
        requestComplete();
    // QtHttpServer 6.4 does not answer Expect: 100-continue; without it curl waits a second.
    if (m_state == State::Body && headerValue(lines, "expect").toLower() == "100-continue")
        m_socket->write(QByteArrayLiteral("HTTP/1.1 100 Continue\r\n\r\n"));
}

void ConnectionGuard::requestComplete()
{
    m_line.clear();
    m_state = State::Head;
    armTimeout(m_timeouts.idleMs); // complete: the next request may take its time
    if (m_refusal && m_detached) {
        // The refused request's body has been dropped to its end: the connection may go.
        m_state = State::Closed;
        ReplyQueue::of(m_socket)->closeWhenDone();
    }
}

void ConnectionGuard::refuse(const ApiError &error, bool followBody)
{
    if (m_refusal)
        return;
    m_refusal = Refusal {HttpReply::error(error), m_requestStart, followBody};
    if (!followBody)
        m_state = State::Closed;
}

void ConnectionGuard::answerRefusalWhenDue()
{
    if (!m_refusal || m_detached)
        return;
    // The socket's buffer starts at this stream offset: QtHttpServer has taken every byte before.
    const qint64 bufferStart = m_streamSeen - m_seenBuffered;
    if (bufferStart < m_refusal->requestStart)
        return; // requests before the refused one are still to be parsed and answered
    m_detached = true;
    // Detach QtHttpServer: it must not parse, buffer or answer anything from here on.
    disconnect(m_socket, &QTcpSocket::readyRead, nullptr, nullptr);
    m_after = {};
    m_reading = connect(m_socket, &QTcpSocket::readyRead, this, &ConnectionGuard::drain);
    if (m_socket->isTransactionStarted())
        m_socket->commitTransaction();
    if (m_logger)
        m_logger(m_method, m_path, m_refusal->reply.status);
    // After every earlier reply; the connection closes then, or once the body has been dropped.
    ReplyQueue::of(m_socket)->finishWith(m_refusal->reply.serialize(true), !m_refusal->followBody);
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, m_socket, &QTcpSocket::abort);
    timer->start(DRAIN_TIMEOUT_MS);
    drain();
}

void ConnectionGuard::drain()
{
    const QByteArray data = m_socket->read(m_socket->bytesAvailable());
    const qsizetype offset = qsizetype(std::min<qint64>(m_seenBuffered, data.size()));
    m_seenBuffered = 0;
    m_drained += data.size();
    if (m_drained > MAX_DRAIN_BYTES) {
        m_socket->abort();
        return;
    }
    if (m_state != State::Closed)
        consume(data.constData() + offset, data.size() - offset);
}

} // namespace ir::http
