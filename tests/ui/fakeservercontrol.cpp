// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakeservercontrol.h"

namespace ir::test {

FakeServerControl::FakeServerControl(QObject *parent)
    : ServerControl(parent)
{ }

FakeServerControl::~FakeServerControl() = default;

QString FakeServerControl::listeningUrl() const
{
    if (m_state != ServerState::Listening)
        return {};
    return QStringLiteral("http://%1:%2").arg(m_settings.bindAddress).arg(m_settings.port);
}

void FakeServerControl::start(const ServerSettings &settings)
{
    ++m_startCount;
    m_settings = settings;
    if (!m_failWith.isEmpty()) {
        m_lastError = std::exchange(m_failWith, {});
        m_state = ServerState::Failed;
    } else {
        m_lastError.clear();
        m_state = ServerState::Listening;
    }
    Q_EMIT stateChanged(m_state);
}

void FakeServerControl::stop()
{
    m_state = ServerState::Stopped;
    Q_EMIT stateChanged(m_state);
}

} // namespace ir::test
