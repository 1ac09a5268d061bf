// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "servercontrol.h"

namespace ir::test {

// A ServerControl that listens nowhere: start() and stop() change the state at once and
// remember the settings, so the server panel can be tested without the HTTP server.
class FakeServerControl final : public ServerControl
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeServerControl)

public:
    explicit FakeServerControl(QObject *parent = nullptr);
    ~FakeServerControl() override;

    ServerState state() const override { return m_state; }
    ServerSettings settings() const override { return m_settings; }
    QString listeningUrl() const override;
    QString lastError() const override { return m_lastError; }
    void start(const ServerSettings &settings) override;
    void stop() override;

    // Tests: the next start fails with this message.
    void failNextStart(const QString &message) { m_failWith = message; }
    int startCount() const { return m_startCount; }
    void logRequest(const RequestLogEntry &entry) { Q_EMIT requestLogged(entry); }

private:
    ServerState m_state = ServerState::Stopped;
    ServerSettings m_settings;
    QString m_lastError;
    QString m_failWith;
    int m_startCount = 0;
};

} // namespace ir::test
