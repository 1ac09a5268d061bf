// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "guimain.h"

#include <QApplication>
#include <QMainWindow>

namespace ir::app {

int runGui(QApplication &application, InterviewService &service, ServerControl &server)
{
    Q_UNUSED(service)
    Q_UNUSED(server)
    QMainWindow window;
    window.setWindowTitle(QStringLiteral("Interview Recorder"));
    window.show();
    return application.exec();
}

} // namespace ir::app
