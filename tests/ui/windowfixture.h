// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fakeservercontrol.h"
#include "mainwindow.h"
#include "serviceclient.h"
#include "tempdatabase.h"

#include <memory>

namespace ir::test {

// The real main window at a laptop's size over a throw-away database, for the tests that drive
// it: a test class derives from it (after QObject) and opens it in init(), closes it in cleanup().
class WindowFixture
{
protected:
    // False when the database or the window could not be made (the reason is in the log).
    bool openWindow();
    // In the reverse order of openWindow().
    void closeWindow();

    std::unique_ptr<TempDatabase> m_db;
    std::unique_ptr<FakeServerControl> m_server;
    std::unique_ptr<ServiceClient> m_client;
    std::unique_ptr<ui::MainWindow> m_window;
};

} // namespace ir::test
