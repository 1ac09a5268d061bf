// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apiserverhost.h"
#include "httpclient.h"
#include "tempdatabase.h"

#include <memory>

namespace ir::test {

// A fresh database and the real API server on its own thread, on 127.0.0.1 and a free port,
// with the writer (group commit) and the readers as in the app.
class ServerFixture final
{
public:
    static constexpr const char *API_KEY = "test-key-0123456789abcdef";

    explicit ServerFixture(ServiceLimits limits = {});
    ~ServerFixture();
    Q_DISABLE_COPY_MOVE(ServerFixture)

    // (Re)starts the server; false if it did not come up.
    bool start(bool authEnabled = false, http::ApiServerConfig config = {});
    void stop();
    // Stops the server, reopens the database (as after a restart of the app) and starts again.
    bool restartWithReopenedDatabase();

    TempDatabase &db() { return *m_db; }
    http::ApiServerHost &host() { return *m_host; }
    quint16 port() const { return m_host->port(); }
    HttpClient &client() { return *m_client; }

    // A session (with `questions` questions) created through the service.
    QString createSession(int questions = 0, const QString &userId = QStringLiteral("user_001"));

private:
    std::unique_ptr<TempDatabase> m_db;
    std::unique_ptr<http::ApiServerHost> m_host;
    std::unique_ptr<HttpClient> m_client;
};

} // namespace ir::test
