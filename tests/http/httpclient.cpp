// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpclient.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

namespace ir::test {

HttpClient::HttpClient(quint16 port)
    : m_port(port)
{ }

HttpResult HttpClient::get(const QString &path, const Headers &headers)
{
    return send(QByteArrayLiteral("GET"), path, {}, headers);
}

HttpResult HttpClient::post(const QString &path, const QByteArray &body, const Headers &headers)
{
    return send(QByteArrayLiteral("POST"), path, body, headers);
}

HttpResult HttpClient::put(const QString &path, const QByteArray &body, const Headers &headers)
{
    return send(QByteArrayLiteral("PUT"), path, body, headers);
}

HttpResult HttpClient::send(const QByteArray &method, const QString &path, const QByteArray &body,
                            const Headers &headers)
{
    QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path)));
    bool hasContentType = false;
    for (const auto &[name, value] : headers) {
        request.setRawHeader(name, value);
        hasContentType = hasContentType || name.toLower() == "content-type";
    }
    if (!body.isEmpty() && !hasContentType)
        request.setRawHeader(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json"));
    if (!m_apiKey.isEmpty())
        request.setRawHeader(QByteArrayLiteral("X-API-Key"), m_apiKey);
    QNetworkReply *reply = m_manager.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    HttpResult result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    for (const auto &[name, value] : reply->rawHeaderPairs())
        result.headers.insert(name.toLower(), value);
    result.json = parseJson(result.body);
    reply->deleteLater();
    return result;
}

QByteArray HttpClient::rawRequest(const QByteArray &method, const QByteArray &path, const QByteArray &body,
                                  const Headers &headers) const
{
    QByteArray request = method + ' ' + path + " HTTP/1.1\r\n";
    bool hasHost = false;
    for (const auto &[name, value] : headers) {
        hasHost = hasHost || name.toLower() == "host";
        if (!value.isNull())
            request += name + ": " + value + "\r\n";
    }
    if (!hasHost)
        request += "Host: 127.0.0.1:" + QByteArray::number(m_port) + "\r\n";
    if (!m_apiKey.isEmpty())
        request += "X-API-Key: " + m_apiKey + "\r\n";
    if (!body.isEmpty())
        request += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    request += "Connection: close\r\n\r\n" + body;
    return request;
}

HttpResult HttpClient::raw(const QByteArray &request, int timeoutMs) const
{
    HttpResult result;
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), m_port);
    if (!socket.waitForConnected(timeoutMs))
        return result;
    socket.write(request);
    readResponse(socket, result, timeoutMs);
    return result;
}

bool HttpClient::readResponse(QTcpSocket &socket, HttpResult &result, int timeoutMs)
{
    QByteArray received;
    for (;;) {
        received += socket.readAll();
        if (parseResponse(received, result))
            return true;
        if (!socket.waitForReadyRead(timeoutMs)) {
            received += socket.readAll();
            result.closed = socket.state() != QAbstractSocket::ConnectedState;
            return parseResponse(received, result, result.closed);
        }
    }
}

bool HttpClient::parseResponse(const QByteArray &bytes, HttpResult &result, bool atEnd)
{
    qsizetype start = 0;
    // Skip interim responses such as 100 Continue.
    while (bytes.mid(start).startsWith("HTTP/1.1 1")) {
        const qsizetype end = bytes.indexOf("\r\n\r\n", start);
        if (end < 0)
            return false;
        start = end + 4;
    }
    const qsizetype headEnd = bytes.indexOf("\r\n\r\n", start);
    if (headEnd < 0)
        return false;
    const QList<QByteArray> lines = bytes.mid(start, headEnd - start).split('\n');
    HttpResult parsed;
    parsed.status = lines.first().split(' ').value(1).toInt();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon > 0)
            parsed.headers.insert(lines.at(i).left(colon).trimmed().toLower(), lines.at(i).mid(colon + 1).trimmed());
    }
    const qsizetype length = parsed.headers.value("content-length").toLongLong();
    if (bytes.size() < headEnd + 4 + length && !atEnd) // at the end: a HEAD reply, or cut short
        return false;
    parsed.body = bytes.mid(headEnd + 4, length);
    parsed.json = parseJson(parsed.body);
    result = parsed;
    return true;
}

QList<HttpResult> HttpClient::parseResponses(const QByteArray &bytes)
{
    QList<HttpResult> results;
    qsizetype start = 0;
    for (;;) {
        const qsizetype headEnd = bytes.indexOf("\r\n\r\n", start);
        if (headEnd < 0)
            return results;
        HttpResult result;
        if (!parseResponse(bytes.mid(start), result))
            return results;
        results << result;
        start = headEnd + 4 + result.header("content-length").toLongLong();
    }
}

QList<HttpResult> HttpClient::readResponses(QTcpSocket &socket, int count, int timeoutMs)
{
    QByteArray received;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        received += socket.readAll();
        const QList<HttpResult> results = parseResponses(received);
        if (results.size() >= count || socket.state() != QAbstractSocket::ConnectedState)
            return results;
        socket.waitForReadyRead(int(std::max<qint64>(1, timeoutMs - timer.elapsed())));
    }
    return parseResponses(received);
}

QJsonObject HttpClient::parseJson(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object();
}

QJsonValue jsonAt(const QJsonObject &object, const QString &path)
{
    QJsonValue current = object;
    for (const QString &part : path.split(u'.')) {
        bool isIndex = false;
        const int index = part.toInt(&isIndex);
        if (isIndex && current.isArray())
            current = current.toArray().at(index);
        else
            current = current.toObject().value(part);
    }
    return current;
}

} // namespace ir::test
