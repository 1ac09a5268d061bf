// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include "database.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ir;
using namespace ir::app;

namespace {

QStringList args(const QStringList &options)
{
    return QStringList {QStringLiteral("interview-recorder")} + options;
}

struct Run
{
    int code = -1;
    QProcess::ExitStatus status = QProcess::NormalExit;
    QString out;
    QString err;
};

// The real binary, where no display exists (no DISPLAY, WAYLAND_DISPLAY, QT_QPA_PLATFORM), with
// settings and data in a throw-away home. Killed after 20 s (a window that opened would stay).
Run runBinary(const QStringList &arguments, const QString &home)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        environment.remove(QString::fromLatin1(name));
    environment.insert(QStringLiteral("HOME"), home);
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(IR_APP_BINARY), arguments);
    if (!process.waitForFinished(20000)) {
        process.kill();
        process.waitForFinished();
        return Run {-1, QProcess::CrashExit, {}, QStringLiteral("still running after 20 s")};
    }
    return Run {process.exitCode(), process.exitStatus(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

// The command line: what it accepts, what it refuses and why, what --help says, and how it
// applies over the saved settings.
class TestCommandLine final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parses_data();
    void parses();
    void refuses_data();
    void refuses();
    void helpDocumentsTheLimits();
    void database_data();
    void database();
    void helpDocumentsTheDatabase();
    void databaseLocation_data();
    void databaseLocation();
    void appliesOverSavedServerSettings_data();
    void appliesOverSavedServerSettings();
    void limitsOverrideTheSavedOnes();
    // The real binary (issue 15).
    void binaryRefusesStrayArguments_data();
    void binaryRefusesStrayArguments();
    void binaryWindowWithoutDisplay();
    void binaryVersion();
    void binaryManPageHasEveryOption();
};

void TestCommandLine::parses_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("headless");
    QTest::addColumn<int>("port"); // -1: not given
    QTest::addColumn<int>("questionLimit"); // -1: not given
    QTest::addColumn<int>("sessionLimit"); // -1: not given

    QTest::addRow("nothing") << args({}) << false << -1 << -1 << -1;
    QTest::addRow("headless on a port") << args({QStringLiteral("--headless"), QStringLiteral("--port=0")}) << true << 0
                                        << -1 << -1;
    QTest::addRow("question limit") << args({QStringLiteral("--question-limit"), QStringLiteral("200")}) << false << -1
                                    << 200 << -1;
    QTest::addRow("session limit") << args({QStringLiteral("--session-limit=3")}) << false << -1 << -1 << 3;
    QTest::addRow("both limits, smallest")
        << args({QStringLiteral("--question-limit=1"), QStringLiteral("--session-limit=1")}) << false << -1 << 1 << 1;
    QTest::addRow("both limits, largest")
        << args({QStringLiteral("--question-limit=10000000"), QStringLiteral("--session-limit=10000000")}) << false
        << -1 << 10000000 << 10000000;
    QTest::addRow("limits with the server options")
        << args({QStringLiteral("--headless"), QStringLiteral("--port"), QStringLiteral("8106"),
                 QStringLiteral("--question-limit"), QStringLiteral("75")})
        << true << 8106 << 75 << -1;
}

void TestCommandLine::parses()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, headless);
    QFETCH(int, port);
    QFETCH(int, questionLimit);
    QFETCH(int, sessionLimit);

    const std::variant<LaunchOptions, QString> parsed = parseArguments(arguments);
    if (const QString *error = std::get_if<QString>(&parsed))
        QFAIL(qPrintable(*error));
    const LaunchOptions &options = std::get<LaunchOptions>(parsed);
    QCOMPARE(options.headless, headless);
    QCOMPARE(options.port.has_value() ? int(*options.port) : -1, port);
    QCOMPARE(options.questionLimit.value_or(-1), questionLimit);
    QCOMPARE(options.sessionLimit.value_or(-1), sessionLimit);
}

void TestCommandLine::refuses_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");

    const QString questionRange = QStringLiteral("--question-limit must be a whole number from 1 to 10000000");
    const QString sessionRange = QStringLiteral("--session-limit must be a whole number from 1 to 10000000");
    QTest::addRow("question limit zero") << args({QStringLiteral("--question-limit=0")}) << questionRange;
    QTest::addRow("question limit negative") << args({QStringLiteral("--question-limit=-5")}) << questionRange;
    QTest::addRow("question limit above the maximum")
        << args({QStringLiteral("--question-limit=10000001")}) << questionRange;
    QTest::addRow("question limit not a number") << args({QStringLiteral("--question-limit=many")}) << questionRange;
    QTest::addRow("question limit a fraction") << args({QStringLiteral("--question-limit=2.5")}) << questionRange;
    QTest::addRow("question limit empty") << args({QStringLiteral("--question-limit=")}) << questionRange;
    QTest::addRow("question limit without a value")
        << args({QStringLiteral("--question-limit")}) << QStringLiteral("Missing value after '--question-limit'.");
    QTest::addRow("session limit zero") << args({QStringLiteral("--session-limit=0")}) << sessionRange;
    QTest::addRow("session limit above the maximum")
        << args({QStringLiteral("--session-limit=10000001")}) << sessionRange;
    QTest::addRow("session limit not a number") << args({QStringLiteral("--session-limit=ten")}) << sessionRange;
    QTest::addRow("old hidden question option")
        << args({QStringLiteral("--dev-question-limit=10")}) << QStringLiteral("Unknown option 'dev-question-limit'.");
    QTest::addRow("old hidden session option")
        << args({QStringLiteral("--dev-session-limit=10")}) << QStringLiteral("Unknown option 'dev-session-limit'.");
    QTest::addRow("port above 65535") << args({QStringLiteral("--port=65536")})
                                      << QStringLiteral("--port must be a number from 0 to 65535");
    QTest::addRow("key and no key") << args({QStringLiteral("--api-key=k"), QStringLiteral("--no-auth")})
                                    << QStringLiteral("--api-key and --no-auth cannot be used together");
    QTest::addRow("empty key") << args({QStringLiteral("--api-key= ")})
                               << QStringLiteral("--api-key must not be empty");
    QTest::addRow("relative public URL") << args({QStringLiteral("--public-url=example.com")})
                                         << QStringLiteral("--public-url must be an absolute http:// or https:// URL");
}

void TestCommandLine::refuses()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);

    const std::variant<LaunchOptions, QString> parsed = parseArguments(arguments);
    QVERIFY2(std::holds_alternative<QString>(parsed), "the arguments were accepted");
    QCOMPARE(std::get<QString>(parsed), message);
}

void TestCommandLine::helpDocumentsTheLimits()
{
    const QString help = helpText();
    QVERIFY2(help.contains(QStringLiteral("--question-limit <n>")), qPrintable(help));
    QVERIFY2(help.contains(QStringLiteral("--session-limit <n>")), qPrintable(help));
    QVERIFY(help.contains(QStringLiteral("1 to 10000000")));
    QVERIFY(help.contains(QStringLiteral("else 50")));
    QVERIFY(help.contains(QStringLiteral("else 100)")));
    QVERIFY(!help.contains(QStringLiteral("dev-")));
}

void TestCommandLine::database_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("database"); // what LaunchOptions holds
    QTest::addColumn<bool>("warned"); // the password warning
    QTest::addColumn<QString>("error"); // empty: accepted

    const QString team = QStringLiteral("postgresql://interviews@db.example.com:5432/interviews?sslmode=require");
    const QString secret = QStringLiteral("postgresql://interviews:Zq7-secret@db.example.com/interviews");
    const QString urlError = QStringLiteral("--database: database URL: ");
    QTest::addRow("none") << args({}) << QString() << false << QString();
    QTest::addRow("a URL") << args({QStringLiteral("--database"), team}) << team << false << QString();
    QTest::addRow("postgres:// and --headless")
        << args({QStringLiteral("--headless"), QStringLiteral("--database=postgres://db/team")})
        << QStringLiteral("postgres://db/team") << false << QString();
    QTest::addRow("a password: accepted, with a warning")
        << args({QStringLiteral("--database"), secret}) << secret << true << QString();
    QTest::addRow("a file path") << args({QStringLiteral("--database=/tmp/interviews.db")}) << QString() << false
                                 << urlError + QStringLiteral("it must start with postgresql://");
    QTest::addRow("empty") << args({QStringLiteral("--database=")}) << QString() << false
                           << urlError + QStringLiteral("it must start with postgresql://");
    QTest::addRow("port zero, password not repeated")
        << args({QStringLiteral("--database=postgresql://u:Zq7-secret@db:0/team")}) << QString() << false
        << urlError + QStringLiteral("the port must be 1 to 65535");
    QTest::addRow("two path parts") << args({QStringLiteral("--database=postgresql://db/team/extra")}) << QString()
                                    << false << urlError + QStringLiteral("the path must be one database name");
    QTest::addRow("unknown sslmode") << args({QStringLiteral("--database=postgresql://db/team?sslmode=sometimes")})
                                     << QString() << false
                                     << urlError
            + QStringLiteral("sslmode must be one of disable, allow, prefer, require, verify-ca, verify-full");
    QTest::addRow("with --data-dir") << args({QStringLiteral("--database"), team, QStringLiteral("--data-dir=/tmp/ir")})
                                     << QString() << false
                                     << QStringLiteral("--database and --data-dir cannot be used together");
    QTest::addRow("without a value") << args({QStringLiteral("--database")}) << QString() << false
                                     << QStringLiteral("Missing value after '--database'.");
}

void TestCommandLine::database()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, database);
    QFETCH(bool, warned);
    QFETCH(QString, error);

    const std::variant<LaunchOptions, QString> parsed = parseArguments(arguments);
    if (!error.isEmpty()) {
        QVERIFY2(std::holds_alternative<QString>(parsed), "the arguments were accepted");
        QCOMPARE(std::get<QString>(parsed), error);
        return;
    }
    if (const QString *refused = std::get_if<QString>(&parsed))
        QFAIL(qPrintable(*refused));
    const LaunchOptions &options = std::get<LaunchOptions>(parsed);
    QCOMPARE(options.database, database);
    QCOMPARE(options.warnings.size(), warned ? 1 : 0);
    if (warned) {
        const QString warning = options.warnings.constFirst();
        QVERIFY2(warning.contains(QStringLiteral("(ps)")), qPrintable(warning));
        QVERIFY2(warning.contains(QStringLiteral("PGPASSWORD or ~/.pgpass")), qPrintable(warning));
        QVERIFY2(!warning.contains(QStringLiteral("Zq7-secret")), qPrintable(warning));
    }
}

void TestCommandLine::helpDocumentsTheDatabase()
{
    const QString help = helpText().simplified(); // the help wraps its lines
    QVERIFY2(help.contains(QStringLiteral("--database <url>")), qPrintable(help));
    QVERIFY(help.contains(QStringLiteral("PGPASSWORD or ~/.pgpass")));
    // The example has no password in it, and nothing suggests one.
    QVERIFY(!help.contains(QStringLiteral(":password@")));
    QVERIFY(help.contains(QStringLiteral("postgresql://interviews@db.example.com/interviews ")));
}

void TestCommandLine::databaseLocation_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("saved"); // the settings dialog's URL
    QTest::addColumn<QString>("location");

    const QString saved = QStringLiteral("postgresql://team@db.example.com/interviews");
    const QString given = QStringLiteral("postgresql://other@db.example.com/interviews");
    const QString localFile = Database::defaultFilePath();
    QTest::addRow("nothing: the SQLite file") << args({}) << QString() << localFile;
    QTest::addRow("the window: the saved URL") << args({}) << saved << saved;
    QTest::addRow("the window: --database over the saved URL")
        << args({QStringLiteral("--database"), given}) << saved << given;
    QTest::addRow("the window: --data-dir over the saved URL")
        << args({QStringLiteral("--data-dir=/tmp/ir-a")}) << saved
        << Database::defaultFilePath(QStringLiteral("/tmp/ir-a"));
    QTest::addRow("headless: not the saved URL") << args({QStringLiteral("--headless")}) << saved << localFile;
    QTest::addRow("headless: --database")
        << args({QStringLiteral("--headless"), QStringLiteral("--database"), given}) << saved << given;
}

void TestCommandLine::databaseLocation()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, saved);
    QFETCH(QString, location);

    const std::variant<LaunchOptions, QString> parsed = parseArguments(arguments);
    QVERIFY(std::holds_alternative<LaunchOptions>(parsed));
    QCOMPARE(ir::app::databaseLocation(std::get<LaunchOptions>(parsed), saved), location);
}

void TestCommandLine::appliesOverSavedServerSettings_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("savedBind");
    QTest::addColumn<bool>("savedAuth");
    QTest::addColumn<QString>("bind");
    QTest::addColumn<bool>("auth"); // after applying (when refused, the process exits instead)
    QTest::addColumn<QString>("error"); // empty: accepted

    const QString loopback = QStringLiteral("127.0.0.1");
    const QString everywhere = QStringLiteral("0.0.0.0");
    QTest::addRow("saved settings as they are") << args({}) << loopback << false << loopback << false << QString();
    QTest::addRow("no key on loopback") << args({QStringLiteral("--no-auth")}) << loopback << true << loopback << false
                                        << QString();
    QTest::addRow("no key on localhost") << args({QStringLiteral("--no-auth"), QStringLiteral("--bind=localhost")})
                                         << everywhere << true << QStringLiteral("localhost") << false << QString();
    QTest::addRow("no key on every interface refused")
        << args({QStringLiteral("--no-auth"), QStringLiteral("--bind=0.0.0.0")}) << loopback << true << everywhere
        << false
        << QStringLiteral("--no-auth: Serving without an API key is allowed only on a loopback address, not 0.0.0.0.");
    QTest::addRow("no key on a saved bridge address refused")
        << args({QStringLiteral("--no-auth")}) << QStringLiteral("172.17.0.1") << true << QStringLiteral("172.17.0.1")
        << false
        << QStringLiteral(
               "--no-auth: Serving without an API key is allowed only on a loopback address, not 172.17.0.1.");
    QTest::addRow("saved no key, bound off loopback: key back on")
        << args({QStringLiteral("--bind=0.0.0.0")}) << loopback << false << everywhere << true << QString();
    QTest::addRow("a key turns auth on") << args({QStringLiteral("--api-key=secret")}) << loopback << false << loopback
                                         << true << QString();
}

void TestCommandLine::appliesOverSavedServerSettings()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, savedBind);
    QFETCH(bool, savedAuth);
    QFETCH(QString, bind);
    QFETCH(bool, auth);
    QFETCH(QString, error);

    const std::variant<LaunchOptions, QString> parsed = parseArguments(arguments);
    QVERIFY(std::holds_alternative<LaunchOptions>(parsed));
    ServerSettings server;
    server.bindAddress = savedBind;
    server.authEnabled = savedAuth;
    const std::optional<QString> refused = applyOptions(std::get<LaunchOptions>(parsed), server);
    QCOMPARE(refused.value_or(QString()), error);
    QCOMPARE(server.bindAddress, bind);
    QCOMPARE(server.authEnabled, auth);
    QVERIFY(!serverSettingsRefusal(server) || refused);
}

void TestCommandLine::limitsOverrideTheSavedOnes()
{
    const ServiceLimits saved {70, 7};
    const auto limitsFor = [&saved](const QStringList &options) {
        const std::variant<LaunchOptions, QString> parsed = parseArguments(args(options));
        return applyOptions(std::get<LaunchOptions>(parsed), saved);
    };
    const ServiceLimits none = limitsFor({});
    QCOMPARE(none.questionsPerSession, 70);
    QCOMPARE(none.activeSessionsPerUser, 7);
    const ServiceLimits one = limitsFor({QStringLiteral("--question-limit=5")});
    QCOMPARE(one.questionsPerSession, 5);
    QCOMPARE(one.activeSessionsPerUser, 7);
    const ServiceLimits both = limitsFor({QStringLiteral("--question-limit=5"), QStringLiteral("--session-limit=9")});
    QCOMPARE(both.questionsPerSession, 5);
    QCOMPARE(both.activeSessionsPerUser, 9);
}

void TestCommandLine::binaryRefusesStrayArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("named"); // what the one line must name

    // Before: each of these opened the window, and with no display Qt aborted (exit code 134).
    QTest::addRow("a command that does not exist")
        << QStringList {QStringLiteral("purgee")} << QStringLiteral("'purgee'");
    QTest::addRow("a typo of export") << QStringList {QStringLiteral("exprot"), QStringLiteral("--all")}
                                      << QStringLiteral("'exprot'");
    QTest::addRow("a stray argument after options")
        << QStringList {QStringLiteral("--port"), QStringLiteral("8106"), QStringLiteral("8107")}
        << QStringLiteral("'8107'");
    QTest::addRow("headless with a stray argument")
        << QStringList {QStringLiteral("--headless"), QStringLiteral("serve")} << QStringLiteral("'serve'");
    QTest::addRow("an unknown option") << QStringList {QStringLiteral("--headles")} << QStringLiteral("headles");
    QTest::addRow("a bad value") << QStringList {QStringLiteral("--port=http")} << QStringLiteral("--port");
    QTest::addRow("Chinese") << QStringList {QStringLiteral("导出")} << QStringLiteral("'导出'");
}

void TestCommandLine::binaryRefusesStrayArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, named);
    QTemporaryDir home;
    QVERIFY(home.isValid());

    const Run run = runBinary(arguments, home.path());
    QCOMPARE(run.status, QProcess::NormalExit);
    QCOMPARE(run.code, 2);
    QVERIFY2(run.err.startsWith(QStringLiteral("interview-recorder: ")), qPrintable(run.err));
    QVERIFY2(run.err.contains(named), qPrintable(run.err));
    QCOMPARE(run.err.count(u'\n'), 1); // one line
    QCOMPARE(run.out, QString());
    // Refused before anything was opened: no database, no settings written.
    QVERIFY(!QDir(home.path() + QStringLiteral("/data")).exists());
}

void TestCommandLine::binaryWindowWithoutDisplay()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    const Run run = runBinary({QStringLiteral("--port=0")}, home.path());
    QCOMPARE(run.status, QProcess::NormalExit);
    QCOMPARE(run.code, 1);
    QVERIFY2(run.err.contains(QStringLiteral("no display")), qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("--headless")), qPrintable(run.err));
    QCOMPARE(run.err.count(u'\n'), 1);
}

void TestCommandLine::binaryVersion()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    const Run run = runBinary({QStringLiteral("--version")}, home.path());
    QCOMPARE(run.code, 0);
    // CMake's project(VERSION), given to this test on its own.
    QCOMPARE(run.out.trimmed(), QStringLiteral("interview-recorder " IR_PROJECT_VERSION));
}

void TestCommandLine::binaryManPageHasEveryOption()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    const Run run = runBinary({QStringLiteral("--help-man")}, home.path());
    QCOMPARE(run.code, 0);
    const QString page = run.out;
    QVERIFY2(page.startsWith(QStringLiteral(".\\\"")), qPrintable(page.left(80)));
    QVERIFY(page.contains(QStringLiteral(".TH INTERVIEW\\-RECORDER 1 ")));
    QVERIFY(page.contains(QStringLiteral("\"Interview Recorder " IR_PROJECT_VERSION "\"")));
    // Every option of --help, of the program and of each sub-command, as the man page spells it.
    QStringList helps {helpText()};
    for (const QString &command : {QStringLiteral("export"), QStringLiteral("import"), QStringLiteral("backup"),
                                   QStringLiteral("migrate"), QStringLiteral("purge")}) {
        const Run help = runBinary({command, QStringLiteral("--help")}, home.path());
        QCOMPARE(help.code, 0);
        helps << help.out;
        QVERIFY2(page.contains(QStringLiteral(".SS ") + command), qPrintable(command));
    }
    const QRegularExpression optionName(QStringLiteral("^\\s+(?:-\\w, )?--([a-z-]+)"),
                                        QRegularExpression::MultilineOption);
    int options = 0;
    for (const QString &help : std::as_const(helps)) {
        for (const QRegularExpressionMatch &match : optionName.globalMatch(help)) {
            const QString name = match.captured(1);
            if (name == QStringLiteral("help") || name == QStringLiteral("help-all")
                || name == QStringLiteral("version"))
                continue;
            QVERIFY2(page.contains(QStringLiteral("\\fB\\-\\-") + QString(name).replace(u'-', QStringLiteral("\\-"))),
                     qPrintable(name));
            ++options;
        }
    }
    QVERIFY2(options >= 30, qPrintable(QString::number(options)));
    QVERIFY(!page.contains(QStringLiteral("help\\-man"))); // hidden
    // The page renders without warnings (man-db's groff, as lintian checks it).
    if (QStandardPaths::findExecutable(QStringLiteral("groff")).isEmpty())
        QSKIP("groff is not installed");
    QProcess groff;
    groff.start(QStringLiteral("groff"),
                {QStringLiteral("-man"), QStringLiteral("-Tutf8"), QStringLiteral("-ww"), QStringLiteral("-z")});
    QVERIFY(groff.waitForStarted());
    groff.write(page.toUtf8());
    groff.closeWriteChannel();
    QVERIFY(groff.waitForFinished(20000));
    QCOMPARE(groff.exitCode(), 0);
    QCOMPARE(QString::fromUtf8(groff.readAllStandardError()), QString());
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
