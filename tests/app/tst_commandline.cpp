// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include "database.h"

#include <QTest>

using namespace ir;
using namespace ir::app;

namespace {

QStringList args(const QStringList &options)
{
    return QStringList {QStringLiteral("interview-recorder")} + options;
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

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
