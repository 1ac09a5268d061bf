// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "serverfixture.h"

#include "apiserver.h"

#include <QSignalSpy>

namespace ir::test {

ServerFixture::ServerFixture(ServiceLimits limits)
    : m_db(std::make_unique<TempDatabase>(limits))
    , m_host(std::make_unique<http::ApiServerHost>(m_db->service(), m_db->clock(), m_db->writer(), m_db->readers()))
{ }

ServerFixture::~ServerFixture()
{
    m_client.reset();
    m_host.reset(); // stops the server thread before the database goes
    m_db.reset();
}

bool ServerFixture::start(bool authEnabled, http::ApiServerConfig config)
{
    stop();
    ServerSettings settings = config.settings;
    settings.bindAddress = QStringLiteral("127.0.0.1");
    settings.port = 0;
    settings.authEnabled = authEnabled;
    settings.apiKey = QString::fromLatin1(API_KEY);
    m_host->setLimits(config);
    QSignalSpy spy(m_host.get(), &ServerControl::stateChanged);
    m_host->start(settings);
    if (!spy.wait(10000) || m_host->state() != ServerState::Listening)
        return false;
    m_client = std::make_unique<HttpClient>(m_host->port());
    if (authEnabled)
        m_client->setApiKey(API_KEY);
    return true;
}

bool ServerFixture::restartWithReopenedDatabase()
{
    const bool authEnabled = m_host->settings().authEnabled;
    stop();
    m_host.reset(); // it refers to the service, writer and readers that reopen() replaces
    if (!m_db->reopen())
        return false;
    m_host = std::make_unique<http::ApiServerHost>(m_db->service(), m_db->clock(), m_db->writer(), m_db->readers());
    return start(authEnabled);
}

void ServerFixture::stop()
{
    m_client.reset();
    m_host->stop();
}

QString ServerFixture::createSession(int questions, const QString &userId)
{
    const Session session = m_db->createSession(userId);
    for (int i = 1; i <= questions; ++i)
        m_db->addQuestion(session.sessionId, QStringLiteral("问题 %1：请介绍一下你自己。").arg(i), 7.0 + i / 2.0);
    return session.sessionId;
}

} // namespace ir::test
