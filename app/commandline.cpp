// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>
#include <cstring>

namespace ir::app {
namespace {

void fail(const QString &message)
{
    std::fprintf(stderr, "interview-recorder: %s\n", qPrintable(message));
}

std::optional<int> positiveInt(const QCommandLineParser &parser, const QCommandLineOption &option, int max)
{
    bool ok = false;
    const int value = parser.value(option).toInt(&ok);
    if (!ok || value < 1 || value > max)
        return std::nullopt;
    return value;
}

} // namespace

bool runsWithoutDisplay(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        for (const char *flag : {"--headless", "--help", "-h", "--help-all", "--version", "-v", "-?"}) {
            if (std::strcmp(argv[i], flag) == 0)
                return true;
        }
    }
    return false;
}

std::optional<LaunchOptions> parseCommandLine(const QCoreApplication &application)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Interview Recorder: record interviews on the desktop, with a Dify-compatible HTTP API.\n"
                       "Without --headless the window opens and serves the same API on its own thread.\n"
                       "File commands: interview-recorder export|import|backup ... (see their --help)."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption headless(
        QStringLiteral("headless"),
        QStringLiteral("Run only the HTTP API server, with no window (no display needed). "
                       "Stops cleanly on SIGINT/SIGTERM."));
    const QCommandLineOption bind(QStringLiteral("bind"),
                                  QStringLiteral("Address to listen on (default 127.0.0.1, or the saved setting). "
                                                 "Anything but loopback requires the API key."),
                                  QStringLiteral("address"));
    const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("TCP port (default 8006)."),
                                  QStringLiteral("port"));
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
                                     QStringLiteral("Folder of the database file interview-recorder.db "
                                                    "(default: the application data folder)."),
                                     QStringLiteral("dir"));
    const QCommandLineOption apiKey(QStringLiteral("api-key"),
                                    QStringLiteral("API key to require for this run instead of the saved one "
                                                   "(clients send Authorization: Bearer <key> or X-API-Key)."),
                                    QStringLiteral("key"));
    const QCommandLineOption noAuth(QStringLiteral("no-auth"),
                                    QStringLiteral("Serve without an API key. Only allowed on a loopback address."));
    const QCommandLineOption publicUrl(QStringLiteral("public-url"),
                                       QStringLiteral("Absolute base URL clients use to reach the server, written "
                                                      "into /openapi.json (default: the listening address)."),
                                       QStringLiteral("url"));
    QCommandLineOption questionLimit(QStringLiteral("dev-question-limit"),
                                     QStringLiteral("Questions allowed per session (benchmarks)."),
                                     QStringLiteral("n"));
    questionLimit.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption sessionLimit(QStringLiteral("dev-session-limit"),
                                    QStringLiteral("Active sessions allowed per user (benchmarks)."),
                                    QStringLiteral("n"));
    sessionLimit.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({headless, bind, port, dataDir, apiKey, noAuth, publicUrl, questionLimit, sessionLimit});
    parser.process(application);

    LaunchOptions options;
    options.headless = parser.isSet(headless);
    options.bindAddress = parser.value(bind).trimmed();
    options.dataDir = parser.value(dataDir);
    options.apiKey = parser.value(apiKey);
    options.noAuth = parser.isSet(noAuth);
    options.publicUrl = parser.value(publicUrl).trimmed();
    if (parser.isSet(port)) {
        bool ok = false;
        const uint value = parser.value(port).toUInt(&ok);
        if (!ok || value > 65535) {
            fail(QStringLiteral("--port must be a number from 0 to 65535"));
            return std::nullopt;
        }
        options.port = quint16(value);
    }
    if (options.noAuth && parser.isSet(apiKey)) {
        fail(QStringLiteral("--api-key and --no-auth cannot be used together"));
        return std::nullopt;
    }
    if (parser.isSet(apiKey) && options.apiKey.trimmed().isEmpty()) {
        fail(QStringLiteral("--api-key must not be empty"));
        return std::nullopt;
    }
    if (!options.publicUrl.isEmpty() && !options.publicUrl.startsWith(QStringLiteral("http://"))
        && !options.publicUrl.startsWith(QStringLiteral("https://"))) {
        fail(QStringLiteral("--public-url must be an absolute http:// or https:// URL"));
        return std::nullopt;
    }
    for (const auto &[option, target] :
         {std::pair {&questionLimit, &options.questionLimit}, std::pair {&sessionLimit, &options.sessionLimit}}) {
        if (!parser.isSet(*option))
            continue;
        *target = positiveInt(parser, *option, 10'000'000);
        if (!*target) {
            fail(QStringLiteral("--%1 must be a positive number").arg(option->names().constFirst()));
            return std::nullopt;
        }
    }
    return options;
}

} // namespace ir::app
