// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "apiserver.h"
#include "apiserverhost.h"
#include "clock.h"
#include "commandline.h"
#include "database.h"
#include "exporter.h"
#include "filecommands.h"
#include "guimain.h"
#include "headless.h"
#include "interviewservice.h"
#include "pdfexporter.h"
#include "readerpool.h"
#include "settingsstore.h"
#include "signalwatcher.h"
#include "writebatcher.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QSettings>

#include <cstdio>
#include <memory>

int main(int argc, char *argv[])
{
    if (argc > 1 && ir::app::isFileCommand(QString::fromLocal8Bit(argv[1])))
        return ir::app::runFileCommand(argc, argv);

    // The headless server (and --help) must work with no display at all.
    const bool console = ir::app::runsWithoutDisplay(argc, argv);
    std::unique_ptr<QCoreApplication> application
        = console ? std::make_unique<QCoreApplication>(argc, argv) : std::make_unique<QApplication>(argc, argv);
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
    if (server.authEnabled && ir::ui::ensureApiKey(settings, server)) {
        std::printf("Generated an API key (stored in the settings; shown only now):\n%s\n", qPrintable(server.apiKey));
        std::fflush(stdout);
    }

    ir::Database database(ir::Database::defaultFilePath(options->dataDir));
    if (const ir::Status opened = database.open(); !opened) {
        std::fprintf(stderr, "interview-recorder: cannot open the database: %s\n", qPrintable(opened.error().details));
        return 1;
    }
    ir::SystemClock clock;
    // The limits are read once: the settings dialog's changes apply from the next start, as the
    // service's limits may not change while the HTTP thread uses them.
    ir::InterviewService service(database, clock, ir::app::applyOptions(*options, ir::ui::loadServiceLimits(settings)));
    // The one writer (group commit: synchronous=FULL stays, the fsyncs are shared) and the readers.
    ir::WriteBatcher writer(database);
    ir::ReaderPool readers(&database.health());
    ir::http::ApiServerHost host(service, clock, writer, readers);
    // PDF needs QtGui: only the window's process can render it.
    ir::Exporter exporter(service, options->headless ? ir::PdfRenderer() : ir::PdfExporter::renderer());
    ir::http::ApiServerConfig serverConfig;
    serverConfig.exporter = &exporter;
    host.setLimits(serverConfig);

    if (options->headless)
        return ir::app::runHeadless(*application, host, server);
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
    return ir::app::runGui(static_cast<QApplication &>(*application), service, writer, host, database, exporter);
}
