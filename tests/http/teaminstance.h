// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apiserverhost.h"
#include "database.h"
#include "httpclient.h"
#include "interviewservice.h"
#include "readerpool.h"
#include "writebatcher.h"

#include <QSqlDatabase>

#include <memory>

namespace ir::test {

// One instance of the app as team mode runs it: its own Database (connections), service, writer,
// readers and API server on 127.0.0.1 and a free port, over a database another instance may share.
class TeamInstance final
{
public:
    TeamInstance(const QString &url, const Clock &clock, ServiceLimits limits = {});
    ~TeamInstance();
    Q_DISABLE_COPY_MOVE(TeamInstance)

    // Opens the database (migrating it if it is new) and starts the server; false if either failed.
    bool start();
    QString error() const { return m_error; }

    Database &database() { return *m_database; }
    InterviewService &service() { return *m_service; }
    HttpClient &client() { return *m_client; }
    quint16 port() const { return m_host ? m_host->port() : 0; }

private:
    QString m_url;
    const Clock &m_clock;
    ServiceLimits m_limits;
    QString m_error;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<InterviewService> m_service;
    std::unique_ptr<WriteBatcher> m_writer;
    std::unique_ptr<ReaderPool> m_readers;
    std::unique_ptr<http::ApiServerHost> m_host;
    std::unique_ptr<HttpClient> m_client;
};

// One request of a concurrent burst, and what came back.
struct BurstRequest
{
    quint16 port = 0;
    QByteArray method = QByteArrayLiteral("POST");
    QString path;
    QByteArray body;
    Headers headers;
};

// Sends every request at once (each port gets several connections) and waits for all replies,
// at most timeoutMs; a request without a reply has status 0.
QList<HttpResult> sendAtOnce(const QList<BurstRequest> &requests, int timeoutMs = 60'000);

// An add-qa body for sessionId with its own question text.
QByteArray addQaBody(const QString &sessionId, const QString &text, const QByteArray &extra = {});

} // namespace ir::test
