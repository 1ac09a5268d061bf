// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rawconnection.h"

#include <QObject>
#include <QStringList>

namespace fault {

class WriteLedger;

// A client that writes as fast as the server answers, one request at a time on a keep-alive
// connection: it creates a session, adds questions to it, and after questionsPerSession starts
// another. Every reply goes into the ledger; it stops when the connection goes away.
class LoadClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoadClient)

public:
    LoadClient(quint16 port, QString name, WriteLedger &ledger, int questionsPerSession, QObject *parent = nullptr);

    void start();
    bool isStopped() const { return m_connection.isClosed(); }
    int acknowledged() const { return m_acknowledged; }
    // Replies that were neither 200 nor expected: "<request>: <status> <body>".
    const QStringList &unexpected() const { return m_unexpected; }

private:
    void sendNext();
    void onResponse();

    RawConnection m_connection;
    quint16 m_port;
    QString m_name;
    WriteLedger &m_ledger;
    int m_questionsPerSession;
    qsizetype m_handled = 0;
    int m_sessionCount = 0;
    int m_questionCount = 0; // acknowledged in the current session
    int m_sent = 0;
    QString m_session;
    QString m_pendingText; // the question in flight, or empty for a create
    QString m_pendingUser;
    int m_acknowledged = 0;
    QStringList m_unexpected;
};

} // namespace fault
