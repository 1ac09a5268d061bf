// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commandspec.h"
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

// What main() decides before any application object exists, from the arguments alone.
enum class Launch {
    Window,
    Headless, // the server alone: a QGuiApplication on the offscreen platform (for the PDF)
    Console, // --help, --version: a QCoreApplication
    ManPage, // --help-man (hidden): print the man page and exit
    Refused, // an unknown command, option or stray argument: print `refusal`, exit 2
};
struct Preflight
{
    Launch launch = Launch::Window;
    QString refusal;
};
// Reads argv (not a file command) without Qt's GUI: Qt's own window options (-platform X,
// -style X, -reverse, ...) are let through for QApplication.
Preflight preflight(int argc, char *argv[]);
// For the window: the one line saying that no display can be reached (no QT_QPA_PLATFORM, no
// -platform, neither DISPLAY nor WAYLAND_DISPLAY), else "".
QString displayRefusal(int argc, char *argv[]);

// The program's option table (what --help lists) and the man page made from it and the
// sub-commands' tables.
CommandSpec programSpec();
QString manPage();

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
