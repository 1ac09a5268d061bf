// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "apiserver.h"
#include "apiserverhost.h"
#include "backuprestore.h"
#include "backuprotation.h"
#include "clock.h"
#include "commandline.h"
#include "database.h"
#include "databaseurl.h"
#include "exporter.h"
#include "filecommands.h"
#include "guimain.h"
#include "headless.h"
#include "interviewservice.h"
#include "languages.h"
#include "pdfexporter.h"
#include "readerpool.h"
#include "retentionkeeper.h"
#include "settingskeys.h"
#include "settingsstore.h"
#include "signalwatcher.h"
#include "writebatcher.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QGuiApplication>
#include <QSettings>

#include <cstdio>
#include <memory>

int main(int argc, char *argv[])
{
    if (argc > 1 && ir::app::isFileCommand(QString::fromLocal8Bit(argv[1])))
        return ir::app::runFileCommand(argc, argv);

    // Decided from the arguments before any application object exists: a refusal, the man page
    // and the window with no display to show it on end here with one line (QApplication would
    // abort with Qt's platform-plugin message, exit code 134).
    const ir::app::Preflight preflight = ir::app::preflight(argc, argv);
    switch (preflight.launch) {
    case ir::app::Launch::Refused:
        std::fprintf(stderr, "interview-recorder: %s\n", qPrintable(preflight.refusal));
        return 2;
    case ir::app::Launch::ManPage:
        std::fputs(ir::app::manPage().toUtf8().constData(), stdout);
        return 0;
    case ir::app::Launch::Window:
        if (const QString refusal = ir::app::displayRefusal(argc, argv); !refusal.isEmpty()) {
            std::fprintf(stderr, "interview-recorder: %s\n", qPrintable(refusal));
            return 1;
        }
        break;
    case ir::app::Launch::Headless:
    case ir::app::Launch::Console:
        break;
    }
    // The headless server (and --help) must work with no display at all. The server is a
    // QGuiApplication on the offscreen platform (unless QT_QPA_PLATFORM says otherwise), which
    // needs no X or Wayland but gives the PDF report its fonts and paint engine.
    std::unique_ptr<QCoreApplication> application;
    if (preflight.launch == ir::app::Launch::Headless) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else if (preflight.launch == ir::app::Launch::Console) {
        application = std::make_unique<QCoreApplication>(argc, argv);
    } else {
        application = std::make_unique<QApplication>(argc, argv);
    }
    QCoreApplication::setOrganizationName(QStringLiteral("InterviewRecorder"));
    QCoreApplication::setApplicationName(QStringLiteral("interview-recorder"));
    QCoreApplication::setApplicationVersion(QStringLiteral(IR_VERSION));

    const std::optional<ir::app::LaunchOptions> options = ir::app::parseCommandLine(*application);
    if (!options)
        return 2;

    QSettings settings;
    ir::ServerSettings server = ir::ui::loadServerSettings(settings);
    if (const std::optional<QString> refused = ir::app::applyOptions(*options, server)) {
        std::fprintf(stderr, "interview-recorder: %s\n", qPrintable(*refused));
        return 2;
    }
    const bool keyGenerated = server.authEnabled && ir::ui::ensureApiKey(settings, server);
    if (keyGenerated) {
        std::printf("Generated an API key (stored in the settings; shown only now):\n%s\n", qPrintable(server.apiKey));
        std::fflush(stdout);
    }

    // --database, else (the window) the URL saved in the settings dialog, else the SQLite file.
    const QString savedUrl = settings.value(ir::ui::keys::databaseUrl()).toString();
    const QString location = ir::app::databaseLocation(*options, savedUrl);
    const bool fromSettings = options->database.isEmpty() && location == savedUrl.trimmed();
    const bool postgres = ir::DatabaseUrl::isUrl(location);
    if (postgres) {
        if (const ir::Result<ir::DatabaseUrl> url = ir::DatabaseUrl::parse(location); !url) {
            std::fprintf(stderr, "interview-recorder: the database URL in the settings: %s\n",
                         qPrintable(url.error().details));
            return 2;
        }
    } else {
        // A restore the window's storage banner asked for runs now, before anything opens the
        // file. If it cannot be done, the file is left as it was and opened as before. (Not in
        // team mode: the PostgreSQL server keeps its own backups.)
        if (const auto restore = ir::BackupRestore::applyPending(location, ir::SystemClock()); !restore) {
            std::fprintf(stderr, "interview-recorder: %s: %s\n", qPrintable(restore.error().message),
                         qPrintable(restore.error().details));
        } else if (restore->restored) {
            std::printf("Restored the database from %s (the damaged file is kept as %s)\n",
                        qPrintable(restore->backupPath), qPrintable(restore->damagedPath));
            std::fflush(stdout);
        }
    }
    auto database = std::make_unique<ir::Database>(location);
    if (const ir::Status opened = database->open(); !opened) {
        // Never the password: the messages name the database by its redacted URL.
        std::fprintf(stderr, "interview-recorder: cannot open the database: %s\n", qPrintable(opened.error().details));
        if (!fromSettings || !postgres || options->headless
            || !ir::app::offerLocalDatabase(database->displayName(), opened.error().details))
            return 1;
        // The window, on a saved URL that does not open: this run uses the local SQLite file, so
        // that the settings dialog is reachable to correct the URL.
        database = std::make_unique<ir::Database>(ir::Database::defaultFilePath());
        if (const ir::Status local = database->open(); !local) {
            std::fprintf(stderr, "interview-recorder: cannot open the database: %s\n",
                         qPrintable(local.error().details));
            return 1;
        }
    }
    if (database->isPostgres()) {
        std::printf("Team mode: PostgreSQL database %s\n", qPrintable(database->displayName()));
        std::fflush(stdout);
    }
    ir::SystemClock clock;
    // The limits are read once: the settings dialog's changes apply from the next start, as the
    // service's limits may not change while the HTTP thread uses them.
    ir::InterviewService service(*database, clock,
                                 ir::app::applyOptions(*options, ir::ui::loadServiceLimits(settings)));
    // The one writer (group commit: synchronous=FULL stays, the fsyncs are shared) and the readers.
    ir::WriteBatcher writer(*database);
    ir::ReaderPool readers(&database->health());
    ir::http::ApiServerHost host(service, clock, writer, readers);
    // PDF needs QtGui: the window's QApplication, or the headless server's offscreen QGuiApplication.
    ir::Exporter exporter(service, ir::PdfExporter::renderer());
    ir::http::ApiServerConfig serverConfig;
    serverConfig.exporter = &exporter;
    host.setLimits(serverConfig);
    // Daily backups in <data>/backups (the newest 7 kept, 0 = off), in both modes, on a thread of
    // their own. Declared after the database and the writer, so destroyed (and waited for) first.
    // Not in team mode: a PostgreSQL server has its own backups (pg_dump, base backups), and
    // every instance of the team would otherwise copy the same data once a day.
    std::unique_ptr<ir::BackupRotation> backups;
    if (!database->isPostgres()) {
        backups = std::make_unique<ir::BackupRotation>(*database, clock);
        backups->setKeep(settings.value(ir::ui::keys::backupKeep(), ir::BackupRotation::DEFAULT_KEEP).toInt());
        QObject::connect(backups.get(), &ir::BackupRotation::backupFailed, backups.get(), [](const QString &message) {
            std::fprintf(stderr, "interview-recorder: automatic backup failed: %s\n", qPrintable(message));
        });
        backups->start();
    }

    // The retention period (issue 13): at start and daily, sessions unchanged for longer are erased.
    ir::RetentionKeeper retention(service, writer, clock, options->headless ? ir::Actor::Api : ir::Actor::Ui);
    // Read at every daily check: a period changed in the settings dialog applies without a restart.
    retention.setDaysSource(
        [] { return QSettings().value(ir::ui::keys::retentionDays(), ir::rules::DEFAULT_RETENTION_DAYS).toInt(); });
    QObject::connect(&retention, &ir::RetentionKeeper::purged, &retention, [](int sessions, int questions) {
        if (sessions > 0)
            std::printf("Retention: erased %d sessions (%d questions) past the retention period\n", sessions,
                        questions);
    });
    QObject::connect(&retention, &ir::RetentionKeeper::purgeFailed, &retention, [](const QString &message) {
        std::fprintf(stderr, "interview-recorder: retention purge failed: %s\n", qPrintable(message));
    });
    retention.start();
    const ir::Actor actor = options->headless ? ir::Actor::Api : ir::Actor::Ui;
    if (keyGenerated) {
        writer.call<ir::Done>(
            &retention,
            [&service, actor] {
                return service.recordAudit(ir::AuditAction::ApiKeyChange, actor, QStringLiteral("api_key"));
            },
            [](const ir::Status &) {});
    }

    if (options->headless) {
        // The reports (PDF, Markdown, HTML) in the language the window would use: the one chosen
        // in its settings, else the system's.
        ir::ui::Languages languages;
        languages.install(ir::ui::Languages::storedCode());
        return ir::app::runHeadless(*application, host, server);
    }
    // Wait the moment listen() takes, so that the window finds the server already started with
    // the command line's settings (its panel starts one from the saved settings only if none is).
    QEventLoop starting;
    QObject::connect(&host, &ir::ServerControl::stateChanged, &starting, &QEventLoop::quit);
    host.start(server);
    if (host.state() == ir::ServerState::Stopped)
        starting.exec();
    if (host.state() == ir::ServerState::Failed)
        std::fprintf(stderr, "interview-recorder: %s\n", qPrintable(host.lastError()));
    // SIGINT/SIGTERM close the window cleanly too.
    ir::app::SignalWatcher watcher;
    QObject::connect(&watcher, &ir::app::SignalWatcher::terminationRequested, application.get(),
                     [] { QCoreApplication::exit(0); });
    return ir::app::runGui(static_cast<QApplication &>(*application), service, writer, host, *database, exporter);
}
