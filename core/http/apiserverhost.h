// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apiserverconfig.h"
#include "servercontrol.h"

class QThread;

namespace ir {
class Clock;
class InterviewService;
class ReaderPool;
class WriteBatcher;
} // namespace ir

namespace ir::http {

class ApiServer;

// The window's (and the headless mode's) handle on the API server: lives on the main thread,
// owns the server thread, and runs an ApiServer there. Nothing here waits on a request; the
// outcome of start() arrives as stateChanged, each request as requestLogged (both queued).
class ApiServerHost final : public ServerControl
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiServerHost)

public:
    // The writer takes the API's writes, the readers its reads; both must outlive this host.
    ApiServerHost(InterviewService &service, const Clock &clock, WriteBatcher &writer, ReaderPool &readers,
                  QObject *parent = nullptr);
    ~ApiServerHost() override;

    // Limits other than the settings (body size, auth throttle) for the next start().
    void setLimits(const ApiServerConfig &limits) { m_limits = limits; }

    ServerState state() const override { return m_state; }
    ServerSettings settings() const override { return m_settings; }
    QString listeningUrl() const override;
    QString lastError() const override { return m_lastError; }
    // The actual port while listening (port 0 picks a free one).
    quint16 port() const { return m_port; }
    QString publicUrl() const { return m_publicUrl; }

    void start(const ServerSettings &settings) override;
    void stop() override;

private:
    void onStarted(bool ok, quint16 port, const QString &publicUrl, const QString &error);

    InterviewService &m_service;
    const Clock &m_clock;
    WriteBatcher &m_writer;
    ReaderPool &m_readers;
    ApiServerConfig m_limits;
    ServerSettings m_settings;
    ServerState m_state = ServerState::Stopped;
    QString m_lastError;
    quint16 m_port = 0;
    QString m_publicUrl;
    QThread *m_thread = nullptr;
    QObject *m_anchor = nullptr; // lives on the server thread; the ApiServer is its child
    quint64 m_generation = 0; // ignores the outcome of a start superseded by another
};

} // namespace ir::http
