// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "headless.h"

#include "signalwatcher.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimer>

#include <cstdio>

namespace ir::app {

int runHeadless(QCoreApplication &application, ServerControl &server, const ServerSettings &settings)
{
    // One line per request; when stdout is a file or a pipe (journald) it is flushed at most
    // every 100 ms, so that a busy server does not pay a write() per line.
    QTimer flushTimer;
    flushTimer.setSingleShot(true);
    flushTimer.setInterval(100);
    QObject::connect(&flushTimer, &QTimer::timeout, &flushTimer, [] { std::fflush(stdout); });
    SignalWatcher watcher;
    QObject::connect(&watcher, &SignalWatcher::terminationRequested, &application, [&](int signalNumber) {
        std::fprintf(stderr, "interview-recorder: signal %d, stopping\n", signalNumber);
        server.stop();
        application.exit(0);
    });
    QObject::connect(&server, &ServerControl::stateChanged, &application, [&](ServerState state) {
        if (state == ServerState::Listening) {
            const QString url = server.listeningUrl();
            std::printf("Interview Recorder API listening on %s (docs: %s/docs, auth %s)\n", qPrintable(url),
                        qPrintable(url), settings.authEnabled ? "on" : "off");
            std::fflush(stdout);
        } else if (state == ServerState::Failed) {
            std::fprintf(stderr, "interview-recorder: %s\n", qPrintable(server.lastError()));
            application.exit(1);
        }
    });
    // The path only: no query string, no headers, so never the key.
    QObject::connect(&server, &ServerControl::requestLogged, &application, [&](const RequestLogEntry &entry) {
        const QString time = QDateTime::fromMSecsSinceEpoch(entry.timeMs).toString(Qt::ISODateWithMs);
        std::printf("%s %s %s %d %.2fms\n", qPrintable(time), qPrintable(entry.method), qPrintable(entry.path),
                    entry.status, entry.elapsedMs);
        if (!flushTimer.isActive())
            flushTimer.start();
    });
    server.start(settings);
    const int code = application.exec();
    server.stop();
    std::fflush(stdout);
    return code;
}

} // namespace ir::app
