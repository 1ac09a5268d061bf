// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "guimain.h"

#include "clock.h"
#include "databasebackup.h"
#include "fileactions.h"
#include "jsonimporter.h"
#include "languages.h"
#include "mainwindow.h"
#include "serverpanel.h"

#include <QApplication>
#include <QIcon>

namespace ir::app {

int runGui(QApplication &application, InterviewService &service, ServerControl &server, Database &database,
           Exporter &exporter)
{
    // The window's settings live under these names whatever the caller set.
    if (QCoreApplication::organizationName().isEmpty())
        QCoreApplication::setOrganizationName(QStringLiteral("InterviewRecorder"));
    if (QCoreApplication::applicationName().isEmpty())
        QCoreApplication::setApplicationName(QStringLiteral("interview-recorder"));
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.interviewrecorder.InterviewRecorder"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/io.github.interviewrecorder.InterviewRecorder.svg")));

    ui::Languages languages;
    languages.install(ui::Languages::storedCode());
    const SystemClock clock;
    ui::MainWindow window(service, server, clock, &languages);
    window.setFileServices(ui::FileServices {
        &exporter,
        [&database](const QString &path) { return JsonImporter::importFile(database, path); },
        [&database](const QString &path) { return DatabaseBackup::write(database, path); },
    });
    window.show();
    window.serverPanel()->startIfWanted();
    return application.exec();
}

} // namespace ir::app
