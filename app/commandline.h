// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "interviewservice.h"
#include "servercontrol.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <variant>

class QCoreApplication;

namespace ir::app {

// What the command line asks for; unset values fall back to the settings.
struct LaunchOptions
{
    bool headless = false;
    QString bindAddress;
    std::optional<quint16> port;
    QString dataDir;
    // Team mode: a postgresql:// URL (checked by DatabaseUrl); empty = the SQLite file.
    QString database;
    QString apiKey;
    bool noAuth = false;
    QString publicUrl;
    std::optional<int> questionLimit; // per session
    std::optional<int> sessionLimit; // active sessions per user
    // Accepted but risky (a password on the command line): printed to stderr before the start.
    QStringList warnings;
};

// True when the process needs no display: --headless, or only help/version output.
bool runsWithoutDisplay(int argc, char *argv[]);

// Parses the arguments of `application`. --help and --version print and exit; an invalid
// option prints a message and returns nullopt (the caller exits with code 2).
std::optional<LaunchOptions> parseCommandLine(const QCoreApplication &application);

// The same parsing without printing or exiting (arguments start with the program name): the
// options, or the message saying what is wrong. --help and --version are not handled here.
std::variant<LaunchOptions, QString> parseArguments(const QStringList &arguments);
// What --help prints.
QString helpText();

// The warning for a database URL that holds a password (ps shows every command line), else "".
QString passwordWarning(const QString &databaseUrl);

// Where this run's database is: --database; else, for the window without --data-dir, the URL
// saved in the settings dialog (empty: none); else the SQLite file in --data-dir or the data folder.
QString databaseLocation(const LaunchOptions &options, const QString &savedUrl);

// Applies the command line over the saved server settings. A saved setting that the server
// would refuse (serverSettingsRefusal) is corrected, the key switched back on; --no-auth that
// it would refuse is an error: the message, else nullopt.
std::optional<QString> applyOptions(const LaunchOptions &options, ServerSettings &server);
// The saved limits, overridden for this run by --question-limit and --session-limit.
ServiceLimits applyOptions(const LaunchOptions &options, const ServiceLimits &saved);

} // namespace ir::app
