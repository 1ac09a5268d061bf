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
#include "serversettingsstore.h"
#include "signalwatcher.h"
#include "writebatcher.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QSettings>

#include <cstdio>
#include <memory>

namespace {

// Applies the command line over the saved settings; false (with a message) when they conflict.
bool applyOptions(const ir::app::LaunchOptions &options, ir::ServerSettings &server)
{
    if (!options.bindAddress.isEmpty())
        server.bindAddress = options.bindAddress;
    if (options.port)
        server.port = *options.port;
    if (!options.publicUrl.isEmpty())
        server.publicUrl = options.publicUrl;
    if (!options.apiKey.isEmpty()) {
        server.apiKey = options.apiKey;
        server.authEnabled = true;
    }
    if (options.noAuth)
        server.authEnabled = false;
    if (!server.authEnabled && !ir::isLoopbackAddress(server.bindAddress)) {
        if (options.noAuth) {
            std::fprintf(stderr, "interview-recorder: --no-auth is only allowed on a loopback address (not %s)\n",
                         qPrintable(server.bindAddress));
            return false;
        }
        server.authEnabled = true; // a saved setting may not switch the key off off-loopback
    }
    return true;
}

} // namespace

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
    ir::ServerSettings server = ir::app::loadServerSettings(settings);
    if (!applyOptions(*options, server))
        return 2;
    if (server.authEnabled && ir::app::ensureApiKey(settings, server)) {
        std::printf("Generated an API key (stored in the settings; shown only now):\n%s\n", qPrintable(server.apiKey));
        std::fflush(stdout);
    }

    ir::Database database(ir::Database::defaultFilePath(options->dataDir));
    if (const ir::Status opened = database.open(); !opened) {
        std::fprintf(stderr, "interview-recorder: cannot open the database: %s\n", qPrintable(opened.error().details));
        return 1;
    }
    ir::SystemClock clock;
    ir::ServiceLimits limits;
    limits.questionsPerSession = options->questionLimit.value_or(limits.questionsPerSession);
    limits.activeSessionsPerUser = options->sessionLimit.value_or(limits.activeSessionsPerUser);
    ir::InterviewService service(database, clock, limits);
    // Group commit for the API's writes: synchronous=FULL stays, the fsyncs are shared.
    ir::WriteBatcher batcher(database, ir::http::commitFailureReply());
    ir::http::ApiServerHost host(service, clock, &batcher);
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
    return ir::app::runGui(static_cast<QApplication &>(*application), service, host, database, exporter);
}
