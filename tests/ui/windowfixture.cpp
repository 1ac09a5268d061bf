// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "windowfixture.h"

#include <QTest>

namespace ir::test {

bool WindowFixture::openWindow()
{
    m_db = std::make_unique<TempDatabase>();
    if (!m_db->isValid())
        return false;
    m_server = std::make_unique<FakeServerControl>();
    m_client = std::make_unique<ServiceClient>(m_db->service(), m_db->writer());
    m_window = std::make_unique<ui::MainWindow>(*m_client, *m_server, m_db->clock(), nullptr);
    m_window->resize(1366, 768);
    m_window->show();
    return QTest::qWaitForWindowExposed(m_window.get());
}

void WindowFixture::closeWindow()
{
    m_window.reset();
    m_client.reset();
    m_server.reset();
    m_db.reset();
}

} // namespace ir::test
