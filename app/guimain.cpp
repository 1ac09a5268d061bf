// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "guimain.h"

#include "clock.h"
#include "database.h"
#include "databasebackup.h"
#include "fileactions.h"
#include "jsonimporter.h"
#include "languages.h"
#include "mainwindow.h"
#include "serverpanel.h"
#include "serviceclient.h"
#include "storagebanner.h"

#include <QApplication>
#include <QIcon>

namespace ir::app {

int runGui(QApplication &application, InterviewService &service, WriteBatcher &writer, ServerControl &server,
           Database &database, Exporter &exporter)
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
    ServiceClient client(service, writer);
    ui::MainWindow window(client, server, clock, &languages);
    window.setFileServices(ui::FileServices {
        &exporter,
        // On the writer, like every write: the import shares its lock and commits with the API's.
        [&writer, &database](QObject *context, const QString &path, ui::FileServices::ImportDone done) {
            writer.call<ImportReport>(
                context, [&database, path] { return JsonImporter::importFile(database, path); }, std::move(done));
        },
        [&database](const QString &path) { return DatabaseBackup::write(database, path); },
    });
    // The banner's data folder and the backups it offers to restore.
    window.storageBanner()->setDatabasePath(database.filePath());
    window.show();
    window.serverPanel()->startIfWanted();
    return application.exec();
}

} // namespace ir::app
