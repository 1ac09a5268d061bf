// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "guimain.h"

#include "backuprotation.h"
#include "clock.h"
#include "database.h"
#include "fileactions.h"
#include "filecommands.h"
#include "jsonimporter.h"
#include "languages.h"
#include "mainwindow.h"
#include "messagebox.h"
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
        [&database, &exporter](const QString &path) { return writeBackup(database, exporter, path); },
        database.isPostgres(),
    });
    // The banner's data folder and the backups it offers to restore; a PostgreSQL database has
    // neither (its server keeps the backups).
    window.storageBanner()->setDatabasePath(database.isPostgres() ? QString() : database.filePath());
    window.setBackupFolder(database.isPostgres() ? QString() : BackupRotation::folderFor(database.filePath()));
    window.show();
    window.serverPanel()->startIfWanted();
    return application.exec();
}

bool offerLocalDatabase(const QString &where, const QString &reason)
{
    ui::Languages languages;
    languages.install(ui::Languages::storedCode());
    const QString text
        = QCoreApplication::translate("ir::app::GuiMain",
                                      "The team database %1 chosen in the settings cannot be opened:\n%2\n\n"
                                      "Start with the local database on this computer this time? (Settings → "
                                      "Database changes the choice.)")
              .arg(where, reason);
    return ui::MessageBox::question(
               nullptr, QCoreApplication::translate("ir::app::GuiMain", "Team database unavailable"), text,
               QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes,
               {{QMessageBox::Yes, QCoreApplication::translate("ir::app::GuiMain", "Use the &Local Database")},
                {QMessageBox::Cancel, QCoreApplication::translate("ir::app::GuiMain", "&Quit")}})
        == QMessageBox::Yes;
}

} // namespace ir::app
