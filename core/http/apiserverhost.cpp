// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "apiserverhost.h"

#include "apiserver.h"

#include <QHostAddress>
#include <QMetaObject>
#include <QThread>

namespace ir::http {

ApiServerHost::ApiServerHost(InterviewService &service, const Clock &clock, WriteBatcher &writer, ReaderPool &readers,
                             QObject *parent)
    : ServerControl(parent)
    , m_service(service)
    , m_clock(clock)
    , m_writer(writer)
    , m_readers(readers)
{
    qRegisterMetaType<ir::RequestLogEntry>();
    qRegisterMetaType<QList<ir::RequestLogEntry>>();
    qRegisterMetaType<ir::ServerState>();
}

ApiServerHost::~ApiServerHost()
{
    stop();
}

QString ApiServerHost::listeningUrl() const
{
    if (m_state != ServerState::Listening)
        return {};
    const QHostAddress address(m_settings.bindAddress);
    const bool ipv6 = !address.isNull() && address.protocol() == QAbstractSocket::IPv6Protocol;
    const QString host = ipv6 ? u'[' + m_settings.bindAddress + u']' : m_settings.bindAddress;
    return QStringLiteral("http://%1:%2").arg(host).arg(m_port);
}

void ApiServerHost::start(const ServerSettings &settings)
{
    stop();
    m_settings = settings;
    m_lastError.clear();
    const quint64 generation = ++m_generation;
    ApiServerConfig config = m_limits;
    config.settings = settings;

    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("api-server"));
    m_anchor = new QObject;
    m_anchor->moveToThread(m_thread);
    m_thread->start();
    QMetaObject::invokeMethod(m_anchor, [this, anchor = m_anchor, config, generation] {
        // Runs on the server thread: the server, its sockets and its database connection live here.
        auto *server = new ApiServer(m_service, m_clock, config, m_writer, m_readers, anchor);
        connect(server, &ApiServer::requestsLogged, this, [this](const QList<RequestLogEntry> &entries) {
            for (const RequestLogEntry &entry : entries)
                Q_EMIT requestLogged(entry);
        });
        QString error;
        const bool ok = server->start(&error);
        const quint16 port = server->port();
        const QString url = server->publicUrl();
        if (!ok)
            delete server;
        QMetaObject::invokeMethod(this, [this, ok, port, url, error, generation] {
            if (generation == m_generation)
                onStarted(ok, port, url, error);
        });
    });
}

void ApiServerHost::onStarted(bool ok, quint16 port, const QString &publicUrl, const QString &error)
{
    m_port = ok ? port : 0;
    m_publicUrl = ok ? publicUrl : QString();
    m_lastError = error;
    m_state = ok ? ServerState::Listening : ServerState::Failed;
    Q_EMIT stateChanged(m_state);
}

void ApiServerHost::stop()
{
    if (!m_thread)
        return;
    // Delete the server on its own thread, then let the thread end (closing its DB connection).
    QMetaObject::invokeMethod(
        m_anchor, [anchor = m_anchor] { delete anchor; }, Qt::BlockingQueuedConnection);
    m_anchor = nullptr;
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    ++m_generation;
    m_port = 0;
    m_publicUrl.clear();
    const bool changed = m_state != ServerState::Stopped;
    m_state = ServerState::Stopped;
    if (changed)
        Q_EMIT stateChanged(m_state);
}

} // namespace ir::http
