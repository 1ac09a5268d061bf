// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include "database.h"
#include "databaseurl.h"
#include "filecommands.h"
#include "rules.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>
#include <cstring>
#include <tuple>

namespace ir::app {
namespace {

// The options, once, for parseCommandLine(), parseArguments() and helpText() alike.
class Parser final
{
public:
    Parser();

    QCommandLineParser &parser() { return m_parser; }
    // The options --help lists (help and version aside), in its order.
    QList<QCommandLineOption> options() const;
    bool wantsManPage() const { return m_parser.isSet(m_helpMan); }
    // What the parsed arguments ask for, or why they are wrong.
    std::variant<LaunchOptions, QString> read() const;

private:
    std::optional<int> limit(const QCommandLineOption &option, const rules::LimitRange &range) const;

    QCommandLineParser m_parser;
    const QCommandLineOption m_headless {
        QStringLiteral("headless"),
        QStringLiteral("Run only the HTTP API server, with no window (no display needed). "
                       "Stops cleanly on SIGINT/SIGTERM.")};
    const QCommandLineOption m_bind {QStringLiteral("bind"),
                                     QStringLiteral("Address to listen on (default 127.0.0.1, or the saved setting). "
                                                    "Anything but loopback requires the API key."),
                                     QStringLiteral("address")};
    const QCommandLineOption m_port {QStringLiteral("port"), QStringLiteral("TCP port (default 8006)."),
                                     QStringLiteral("port")};
    const QCommandLineOption m_dataDir {QStringLiteral("data-dir"),
                                        QStringLiteral("Folder of the database file interview-recorder.db "
                                                       "(default: the application data folder)."),
                                        QStringLiteral("dir")};
    const QCommandLineOption m_database {
        QStringLiteral("database"),
        QStringLiteral("Team mode: use this PostgreSQL database instead of the SQLite file, e.g. "
                       "postgresql://interviews@db.example.com/interviews (add ?sslmode=require for TLS). Give "
                       "the password in PGPASSWORD or ~/.pgpass, not in the URL (ps shows command lines). "
                       "Without it the window uses the database chosen in its settings, else the SQLite file."),
        QStringLiteral("url")};
    const QCommandLineOption m_apiKey {QStringLiteral("api-key"),
                                       QStringLiteral("API key to require for this run instead of the saved one "
                                                      "(clients send Authorization: Bearer <key> or X-API-Key)."),
                                       QStringLiteral("key")};
    const QCommandLineOption m_noAuth {QStringLiteral("no-auth"),
                                       QStringLiteral("Serve without an API key. Only allowed on a loopback address.")};
    const QCommandLineOption m_publicUrl {QStringLiteral("public-url"),
                                          QStringLiteral("Absolute base URL clients use to reach the server, written "
                                                         "into /openapi.json (default: the listening address)."),
                                          QStringLiteral("url")};
    const QCommandLineOption m_questionLimit {
        QStringLiteral("question-limit"),
        QStringLiteral("Questions allowed per session, %1 to %2 (default: the saved setting, else %3).")
            .arg(rules::QUESTION_LIMIT.min)
            .arg(rules::QUESTION_LIMIT.max)
            .arg(rules::QUESTION_LIMIT.defaultValue),
        QStringLiteral("n")};
    const QCommandLineOption m_sessionLimit {
        QStringLiteral("session-limit"),
        QStringLiteral("Pending or in-progress sessions allowed per user, %1 to %2 (default: the saved setting, "
                       "else %3).")
            .arg(rules::ACTIVE_SESSION_LIMIT.min)
            .arg(rules::ACTIVE_SESSION_LIMIT.max)
            .arg(rules::ACTIVE_SESSION_LIMIT.defaultValue),
        QStringLiteral("n")};
    // Prints the man page (roff); the build makes interview-recorder.1 with it. Not in --help.
    const QCommandLineOption m_helpMan = [] {
        QCommandLineOption option(QStringLiteral("help-man"), QStringLiteral("Print the man page (roff) and exit."));
        option.setFlags(QCommandLineOption::HiddenFromHelp);
        return option;
    }();
};

Parser::Parser()
{
    m_parser.setApplicationDescription(
        QStringLiteral("Interview Recorder: record interviews on the desktop, with a Dify-compatible HTTP API.\n"
                       "Without --headless the window opens and serves the same API on its own thread.\n"
                       "File commands: interview-recorder export|import|backup|migrate ... (see their --help)."));
    m_parser.addHelpOption();
    m_parser.addVersionOption();
    m_parser.addOptions(options());
    m_parser.addOption(m_helpMan);
}

QList<QCommandLineOption> Parser::options() const
{
    return {m_headless, m_bind,   m_port,      m_dataDir,       m_database,
            m_apiKey,   m_noAuth, m_publicUrl, m_questionLimit, m_sessionLimit};
}

std::optional<int> Parser::limit(const QCommandLineOption &option, const rules::LimitRange &range) const
{
    bool ok = false;
    const int value = m_parser.value(option).toInt(&ok);
    if (!ok || !range.contains(value))
        return std::nullopt;
    return value;
}

std::variant<LaunchOptions, QString> Parser::read() const
{
    // Anything but an option (a command that does not exist, a typo, a value without its
    // option) is refused rather than ignored: it would otherwise open the window.
    if (const QStringList stray = m_parser.positionalArguments(); !stray.isEmpty())
        return QStringLiteral("unknown command or argument '%1' (see interview-recorder --help)")
            .arg(stray.constFirst());
    LaunchOptions options;
    options.headless = m_parser.isSet(m_headless);
    options.bindAddress = m_parser.value(m_bind).trimmed();
    options.dataDir = m_parser.value(m_dataDir);
    options.database = m_parser.value(m_database).trimmed();
    options.apiKey = m_parser.value(m_apiKey);
    options.noAuth = m_parser.isSet(m_noAuth);
    options.publicUrl = m_parser.value(m_publicUrl).trimmed();
    if (m_parser.isSet(m_port)) {
        bool ok = false;
        const uint value = m_parser.value(m_port).toUInt(&ok);
        if (!ok || value > 65535)
            return QStringLiteral("--port must be a number from 0 to 65535");
        options.port = quint16(value);
    }
    if (m_parser.isSet(m_database)) {
        if (m_parser.isSet(m_dataDir))
            return QStringLiteral("--database and --data-dir cannot be used together");
        if (const Result<DatabaseUrl> url = DatabaseUrl::parse(options.database); !url)
            return QStringLiteral("--database: ") + url.error().details;
        if (const QString warning = passwordWarning(options.database); !warning.isEmpty())
            options.warnings << warning;
    }
    if (options.noAuth && m_parser.isSet(m_apiKey))
        return QStringLiteral("--api-key and --no-auth cannot be used together");
    if (m_parser.isSet(m_apiKey) && options.apiKey.trimmed().isEmpty())
        return QStringLiteral("--api-key must not be empty");
    if (!options.publicUrl.isEmpty() && !options.publicUrl.startsWith(QStringLiteral("http://"))
        && !options.publicUrl.startsWith(QStringLiteral("https://")))
        return QStringLiteral("--public-url must be an absolute http:// or https:// URL");
    for (const auto &[option, range, target] :
         {std::tuple {&m_questionLimit, &rules::QUESTION_LIMIT, &options.questionLimit},
          std::tuple {&m_sessionLimit, &rules::ACTIVE_SESSION_LIMIT, &options.sessionLimit}}) {
        if (!m_parser.isSet(*option))
            continue;
        *target = limit(*option, *range);
        if (!*target) {
            return QStringLiteral("--%1 must be a whole number from %2 to %3")
                .arg(option->names().constFirst())
                .arg(range->min)
                .arg(range->max);
        }
    }
    return options;
}

// Qt's own options, which QGuiApplication/QApplication take out of the arguments: with a value,
// and without.
bool isQtOption(const QByteArray &argument, bool *takesValue)
{
    static const QList<QByteArray> valued {"platform",
                                           "platformpluginpath",
                                           "platformtheme",
                                           "plugin",
                                           "qwindowgeometry",
                                           "qwindowicon",
                                           "qwindowtitle",
                                           "session",
                                           "display",
                                           "geometry",
                                           "style",
                                           "stylesheet",
                                           "name",
                                           "title",
                                           "qmljsdebugger",
                                           "visual",
                                           "fn",
                                           "font",
                                           "bg",
                                           "background",
                                           "fg",
                                           "foreground",
                                           "btn",
                                           "button"};
    static const QList<QByteArray> flags {"reverse", "widgetcount", "nograb", "dograb", "sync"};
    if (!argument.startsWith('-') || argument.startsWith("---"))
        return false;
    const QByteArray name = argument.mid(argument.startsWith("--") ? 2 : 1);
    *takesValue = valued.contains(name);
    return *takesValue || flags.contains(name);
}

} // namespace

Preflight preflight(int argc, char *argv[])
{
    // The first word names a command (the file commands never come here): a typo of one is
    // named as such, whatever options follow it.
    if (argc > 1 && argv[1][0] != '-') {
        return {Launch::Refused,
                QStringLiteral("unknown command '%1' (the commands are export, import, backup, migrate and purge; "
                               "see interview-recorder --help)")
                    .arg(QString::fromLocal8Bit(argv[1]))};
    }
    QStringList arguments {QStringLiteral("interview-recorder")};
    for (int i = 1; i < argc; ++i) {
        bool takesValue = false;
        if (isQtOption(QByteArray(argv[i]), &takesValue)) {
            i += takesValue ? 1 : 0;
            continue;
        }
        arguments << QString::fromLocal8Bit(argv[i]);
    }
    Parser parser;
    if (!parser.parser().parse(arguments))
        return {Launch::Refused, parser.parser().errorText()};
    if (parser.wantsManPage())
        return {Launch::ManPage, {}};
    if (runsWithoutDisplay(argc, argv) && !parser.parser().isSet(QStringLiteral("headless")))
        return {Launch::Console, {}};
    std::variant<LaunchOptions, QString> parsed = parser.read();
    if (const QString *error = std::get_if<QString>(&parsed))
        return {Launch::Refused, *error};
    return {std::get<LaunchOptions>(parsed).headless ? Launch::Headless : Launch::Window, {}};
}

QString displayRefusal(int argc, char *argv[])
{
    if (!qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") || !qEnvironmentVariableIsEmpty("DISPLAY")
        || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        return {};
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "-platform") == 0 || std::strcmp(argv[i], "--platform") == 0)
            return {};
    }
    return QStringLiteral("cannot open the window: no display (neither DISPLAY nor WAYLAND_DISPLAY is set); "
                          "interview-recorder --headless runs the HTTP API server alone");
}

CommandSpec programSpec()
{
    Parser parser;
    return CommandSpec {QString(), parser.parser().applicationDescription(), parser.options(), {}};
}

QString manPage()
{
    return manPage(programSpec(), fileCommandSpecs(), QStringLiteral(IR_VERSION), QStringLiteral(IR_RELEASE_DATE));
}

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
    Parser parser;
    parser.parser().process(application);
    std::variant<LaunchOptions, QString> parsed = parser.read();
    if (const QString *error = std::get_if<QString>(&parsed)) {
        std::fprintf(stderr, "interview-recorder: %s\n", qPrintable(*error));
        return std::nullopt;
    }
    for (const QString &warning : std::get<LaunchOptions>(parsed).warnings)
        std::fprintf(stderr, "interview-recorder: warning: %s\n", qPrintable(warning));
    return std::get<LaunchOptions>(std::move(parsed));
}

std::variant<LaunchOptions, QString> parseArguments(const QStringList &arguments)
{
    Parser parser;
    if (!parser.parser().parse(arguments))
        return parser.parser().errorText();
    return parser.read();
}

QString helpText()
{
    Parser parser;
    return parser.parser().helpText();
}

QString passwordWarning(const QString &databaseUrl)
{
    const Result<DatabaseUrl> url = DatabaseUrl::parse(databaseUrl);
    if (!url || !url->hasPassword())
        return {};
    return QStringLiteral("the --database URL holds a password, which every user of this machine can read in the "
                          "process list (ps); leave it out and give it in PGPASSWORD or ~/.pgpass instead");
}

QString databaseLocation(const LaunchOptions &options, const QString &savedUrl)
{
    if (!options.database.isEmpty())
        return options.database;
    // --data-dir names a folder for the SQLite file: it overrides the saved URL as --database does.
    if (!options.headless && options.dataDir.isEmpty() && !savedUrl.trimmed().isEmpty())
        return savedUrl.trimmed();
    return Database::defaultFilePath(options.dataDir);
}

std::optional<QString> applyOptions(const LaunchOptions &options, ServerSettings &server)
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
    if (const std::optional<QString> refusal = serverSettingsRefusal(server)) {
        if (options.noAuth)
            return QStringLiteral("--no-auth: ") + *refusal;
        server.authEnabled = true;
    }
    return std::nullopt;
}

ServiceLimits applyOptions(const LaunchOptions &options, const ServiceLimits &saved)
{
    return ServiceLimits {options.questionLimit.value_or(saved.questionsPerSession),
                          options.sessionLimit.value_or(saved.activeSessionsPerUser)};
}

} // namespace ir::app
