// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QPair>

class QTcpSocket;

namespace ir::test {

struct HttpResult
{
    int status = 0; // 0 when no response arrived
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QJsonObject json;
    bool closed = false; // raw requests: the server closed the connection

    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
};

using Headers = QList<QPair<QByteArray, QByteArray>>;

// A synchronous client for tests: QNetworkAccessManager for ordinary requests (the event loop
// spins while waiting), raw blocking sockets where exact bytes matter (Host, sizes, chunks).
class HttpClient final
{
public:
    explicit HttpClient(quint16 port);

    void setApiKey(const QByteArray &key) { m_apiKey = key; }
    quint16 port() const { return m_port; }

    HttpResult get(const QString &path, const Headers &headers = {});
    HttpResult post(const QString &path, const QByteArray &body, const Headers &headers = {});
    HttpResult put(const QString &path, const QByteArray &body, const Headers &headers = {});
    // Any method; adds Content-Type: application/json to a body unless headers name one.
    HttpResult send(const QByteArray &method, const QString &path, const QByteArray &body = {},
                    const Headers &headers = {});

    // Writes bytes as they are and reads one response (blocking, no event loop).
    HttpResult raw(const QByteArray &request, int timeoutMs = 10000) const;
    // A well-formed request with the right Host unless headers say otherwise.
    QByteArray rawRequest(const QByteArray &method, const QByteArray &path, const QByteArray &body = {},
                          const Headers &headers = {}) const;

    // Reads one response from a connected socket (blocking); false if none arrived in time.
    static bool readResponse(QTcpSocket &socket, HttpResult &result, int timeoutMs = 10000);
    static QJsonObject parseJson(const QByteArray &body);
    // Reads one HTTP response from bytes; false if incomplete (unless atEnd: the peer closed).
    static bool parseResponse(const QByteArray &bytes, HttpResult &result, bool atEnd = false);
    // Every complete response in bytes, in order (pipelined replies on one connection).
    static QList<HttpResult> parseResponses(const QByteArray &bytes);
    // Reads from a connected socket until `count` responses arrived or the peer closed (blocking).
    static QList<HttpResult> readResponses(QTcpSocket &socket, int count, int timeoutMs = 10000);

private:
    quint16 m_port;
    QByteArray m_apiKey;
    QNetworkAccessManager m_manager;
};

// A value inside a JSON object by dotted path ("summary.total_questions", "sessions.0.status").
QJsonValue jsonAt(const QJsonObject &object, const QString &path);

} // namespace ir::test
