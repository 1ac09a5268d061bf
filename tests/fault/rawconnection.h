// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPair>
#include <QTcpSocket>

namespace fault {

// One HTTP/1.1 response as it came off the wire.
struct HttpResponse
{
    int status = 0; // 0: none arrived
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    qint64 atMs = 0; // when it was complete, on the connection's clock (started when it was created)

    // The first value of a header (case-insensitive name), empty if absent.
    QByteArray header(const QByteArray &name) const;
    QJsonObject json() const;
    QString errorCode() const;
    // A short human-readable line for failure messages.
    QByteArray describe() const;
};

// A raw TCP connection to the server that sends bytes exactly as given (so a test can pipeline,
// split or malform requests) and parses the byte stream that comes back into responses. Driven
// by the event loop: tests wait for its conditions with a deadline, never a fixed sleep.
class RawConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RawConnection)

public:
    explicit RawConnection(QObject *parent = nullptr);

    // Starts connecting; waitConnected() waits for the outcome.
    void open(quint16 port);
    bool waitConnected(int timeoutMs);
    void send(const QByteArray &bytes);
    void close();

    // Waits until at least count responses arrived, or the connection closed, or the deadline.
    bool waitForResponses(int count, int timeoutMs);
    // Waits until the server closed (or reset) the connection.
    bool waitForClosed(int timeoutMs);

    const QList<HttpResponse> &responses() const { return m_responses; }
    // Received bytes that do not (yet) form a complete response.
    QByteArray unparsed() const { return m_buffer; }
    bool isConnected() const { return m_connected; }
    // The peer closed or reset the connection (or it never connected).
    bool isClosed() const { return m_closed; }
    // The bytes that came back are not HTTP/1.1 responses.
    bool isGarbled() const { return m_garbled; }
    qint64 elapsedMs() const { return m_clock.elapsed(); }

Q_SIGNALS:
    void responseReceived();
    void closed();

private:
    void onReadyRead();
    void onClosed();
    // Takes one complete response off the buffer; false if the buffer holds none.
    bool parseOne();

    QTcpSocket m_socket;
    QElapsedTimer m_clock;
    QByteArray m_buffer;
    QList<HttpResponse> m_responses;
    bool m_connected = false;
    bool m_closed = false;
    bool m_garbled = false;
};

} // namespace fault
