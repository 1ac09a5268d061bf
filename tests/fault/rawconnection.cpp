// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rawconnection.h"

#include <algorithm>
#include <tuple>

#include <QHostAddress>
#include <QJsonDocument>
#include <QTest>

namespace fault {

QByteArray HttpResponse::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QJsonObject HttpResponse::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QString HttpResponse::errorCode() const
{
    return json().value(QStringLiteral("error_code")).toString();
}

QByteArray HttpResponse::describe() const
{
    if (status == 0)
        return QByteArrayLiteral("(no response)");
    return QByteArray::number(status) + ' ' + body.left(400);
}

RawConnection::RawConnection(QObject *parent)
    : QObject(parent)
{
    m_clock.start();
    connect(&m_socket, &QTcpSocket::connected, this, [this] { m_connected = true; });
    connect(&m_socket, &QTcpSocket::readyRead, this, &RawConnection::onReadyRead);
    connect(&m_socket, &QTcpSocket::disconnected, this, &RawConnection::onClosed);
    connect(&m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) {
        // A refused connect, a reset or a remote close: the connection is over either way.
        onReadyRead();
        onClosed();
    });
}

void RawConnection::open(quint16 port)
{
    m_socket.connectToHost(QHostAddress::LocalHost, port);
}

bool RawConnection::waitConnected(int timeoutMs)
{
    return QTest::qWaitFor([this] { return m_connected || m_closed; }, timeoutMs) && m_connected;
}

void RawConnection::send(const QByteArray &bytes)
{
    m_socket.write(bytes);
}

void RawConnection::close()
{
    m_socket.abort();
    m_closed = true;
}

bool RawConnection::waitForResponses(int count, int timeoutMs)
{
    std::ignore = QTest::qWaitFor([this, count] { return m_responses.size() >= count || m_closed; }, timeoutMs);
    return m_responses.size() >= count;
}

bool RawConnection::waitForClosed(int timeoutMs)
{
    return QTest::qWaitFor([this] { return m_closed; }, timeoutMs);
}

void RawConnection::onReadyRead()
{
    m_buffer += m_socket.readAll();
    bool parsed = false;
    while (!m_garbled && parseOne())
        parsed = true;
    if (parsed)
        Q_EMIT responseReceived();
}

void RawConnection::onClosed()
{
    if (m_closed)
        return;
    m_closed = true;
    Q_EMIT closed();
}

bool RawConnection::parseOne()
{
    const qsizetype headEnd = m_buffer.indexOf("\r\n\r\n");
    if (headEnd < 0) {
        const QByteArray prefix = QByteArrayLiteral("HTTP/1.1 ");
        const qsizetype seen = std::min(m_buffer.size(), prefix.size());
        if (m_buffer.left(seen) != prefix.left(seen))
            m_garbled = true;
        return false;
    }
    const QList<QByteArray> lines = m_buffer.left(headEnd).split('\n');
    const QByteArray statusLine = lines.first().trimmed();
    if (!statusLine.startsWith("HTTP/1.1 ")) {
        m_garbled = true;
        return false;
    }
    HttpResponse response;
    bool ok = false;
    response.status = statusLine.mid(9, 3).toInt(&ok);
    if (!ok) {
        m_garbled = true;
        return false;
    }
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            m_garbled = true;
            return false;
        }
        response.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    // Every reply of this server carries a Content-Length (and never a chunked body).
    const qint64 length = response.header(QByteArrayLiteral("Content-Length")).toLongLong(&ok);
    if (!ok || length < 0) {
        m_garbled = true;
        return false;
    }
    if (m_buffer.size() < headEnd + 4 + length)
        return false;
    response.body = m_buffer.mid(headEnd + 4, length);
    response.atMs = m_clock.elapsed();
    m_buffer.remove(0, headEnd + 4 + length);
    m_responses.append(std::move(response));
    return true;
}

} // namespace fault
