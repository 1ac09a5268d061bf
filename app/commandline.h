// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

class QCoreApplication;

namespace ir::app {

// What the command line asks for; unset values fall back to the settings.
struct LaunchOptions
{
    bool headless = false;
    QString bindAddress;
    std::optional<quint16> port;
    QString dataDir;
    QString apiKey;
    bool noAuth = false;
    QString publicUrl;
    // Hidden, for benchmarks and development.
    std::optional<int> questionLimit;
    std::optional<int> sessionLimit;
};

// True when the process needs no display: --headless, or only help/version output.
bool runsWithoutDisplay(int argc, char *argv[]);

// Parses the arguments of `application`. --help and --version print and exit; an invalid
// option prints a message and returns nullopt (the caller exits with code 2).
std::optional<LaunchOptions> parseCommandLine(const QCoreApplication &application);

} // namespace ir::app
