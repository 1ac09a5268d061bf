// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Team mode on the command line, through the real binary and the PostgreSQL test server:
// migrate (empty target, a non-empty one refused, --merge run twice), backup and export/import
// with --database, an invalid URL, and a password that never appears in any output.
#include "database.h"
#include "exporter.h"
#include "interviewservice.h"
#include "jsonimporter.h"
#include "mockclock.h"
#include "tempdatabase.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace ir;

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

// The JSON export of a database without the moment of export: equal for two databases that
// hold the same sessions with the same IDs, fields and times.
QJsonObject exportOf(const QString &location)
{
    Database database(location);
    if (!database.open())
        return {};
    test::MockClock clock;
    InterviewService service(database, clock);
    Exporter exporter(service);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (!exporter.exportAll(RecordFilter {}, ExportFormat::Json, buffer))
        return {};
    QJsonObject json = QJsonDocument::fromJson(buffer.data()).object();
    json.remove(QStringLiteral("exported_at"));
    return json;
}

qint64 sessionCount(const QString &location)
{
    Database database(location);
    if (!database.open())
        return -1;
    test::MockClock clock;
    const Result<qint64> count = InterviewService(database, clock).countSessions(SessionFilter {});
    return count ? *count : -1;
}

} // namespace

class TestTeamCli final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void migrateIntoAnEmptyDatabase();
    void migrateRefusesANonEmptyTarget();
    void mergeCopiesOnlyWhatIsMissing();
    void migrateRefuses_data();
    void migrateRefuses();
    void backupWritesTheJsonExport();
    void exportAndImportWithDatabase();
    void invalidDatabaseUrlIsAUsageError_data();
    void invalidDatabaseUrlIsAUsageError();
    void passwordNeverShown_data();
    void passwordNeverShown();
    void headlessServesTheTeamDatabase();

private:
    Run run(const QStringList &arguments);
    // Adds `sessions` sessions with `questions` questions each to the SQLite database of m_source.
    QStringList addToSource(int sessions, int questions);
    QString sourceDir() const { return m_sourceDir->path(); }
    QString sourcePath() const { return m_sourceDir->filePath(QStringLiteral("interview-recorder.db")); }
    QString withPassword(const QString &url, const QString &password) const;

    QTemporaryDir m_home;
    std::unique_ptr<QTemporaryDir> m_sourceDir;
    QString m_target;
    test::MockClock m_clock;
};

void TestTeamCli::initTestCase()
{
    QVERIFY2(QFile::exists(QStringLiteral(IR_APP_BINARY)), IR_APP_BINARY);
    if (!test::onPostgres())
        QSKIP("needs the PostgreSQL test server: run through ctest (fixture postgres)");
    QVERIFY(m_home.isValid());
}

void TestTeamCli::init()
{
    m_sourceDir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_sourceDir->isValid());
    m_target = test::createPostgresDatabase();
}

void TestTeamCli::cleanup()
{
    test::dropPostgresDatabase(m_target);
}

Run TestTeamCli::run(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // Never the tester's own settings or data folder.
    environment.insert(QStringLiteral("HOME"), m_home.path());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(IR_APP_BINARY), arguments);
    Run result;
    if (!process.waitForFinished(60'000)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

QStringList TestTeamCli::addToSource(int sessions, int questions)
{
    Database database(sourcePath());
    if (!database.open())
        qFatal("cannot open the source database");
    InterviewService service(database, m_clock);
    QStringList ids;
    for (int s = 0; s < sessions; ++s) {
        SessionDraft draft;
        draft.userId = QStringLiteral("candidate_%1").arg(s % 2);
        draft.sessionName = QStringLiteral("后端工程师面试 %1").arg(s);
        const Result<Session> session = service.createSession(draft, Source::Api);
        if (!session)
            qFatal("createSession: %s", qPrintable(session.error().details));
        ids << session->sessionId;
        for (int q = 0; q < questions; ++q) {
            m_clock.advance(1234); // distinct times, to the millisecond
            if (!service.addQuestion(session->sessionId, test::sampleQuestion(QStringLiteral("问题 %1").arg(q)),
                                     Source::Ui))
                qFatal("addQuestion failed");
        }
        m_clock.advance(60'000);
    }
    return ids;
}

QString TestTeamCli::withPassword(const QString &url, const QString &password) const
{
    QString text = url;
    return text.replace(QStringLiteral("://postgres@"), QStringLiteral("://postgres:%1@").arg(password));
}

void TestTeamCli::migrateIntoAnEmptyDatabase()
{
    addToSource(2, 2);
    addToSource(1, 0); // a session without questions is copied too
    const Run migrated = run(
        {QStringLiteral("migrate"), QStringLiteral("--from-data-dir"), sourceDir(), QStringLiteral("--to"), m_target});
    QVERIFY2(migrated.code == 0, qPrintable(migrated.err));
    QVERIFY2(migrated.out.startsWith(QStringLiteral("Copied 3 sessions, 4 questions from ")), qPrintable(migrated.out));
    QVERIFY2(migrated.out.contains(QStringLiteral("; skipped 0 sessions and 0 questions already there.")),
             qPrintable(migrated.out));
    // IDs, fields, positions and times, to the millisecond.
    const QJsonObject source = exportOf(sourcePath());
    QCOMPARE(source.value(QStringLiteral("sessions")).toArray().size(), 3);
    QCOMPARE(exportOf(m_target), source);
}

void TestTeamCli::migrateRefusesANonEmptyTarget()
{
    addToSource(1, 1);
    QCOMPARE(run({QStringLiteral("migrate"), QStringLiteral("--from-data-dir"), sourceDir(), QStringLiteral("--to"),
                  m_target})
                 .code,
             0);
    addToSource(2, 1);
    const Run refused = run(
        {QStringLiteral("migrate"), QStringLiteral("--from-data-dir"), sourceDir(), QStringLiteral("--to"), m_target});
    QCOMPARE(refused.code, 3);
    QVERIFY2(refused.err.contains(QStringLiteral("already holds 1 sessions; nothing was copied. Add --merge")),
             qPrintable(refused.err));
    QVERIFY(refused.out.isEmpty());
    QCOMPARE(sessionCount(m_target), 1);
}

void TestTeamCli::mergeCopiesOnlyWhatIsMissing()
{
    addToSource(2, 3);
    const QStringList args {
        QStringLiteral("migrate"), QStringLiteral("--from-data-dir"), sourceDir(), QStringLiteral("--to"), m_target,
        QStringLiteral("--merge")};
    const Run first = run(args); // --merge into an empty database is a plain copy
    QVERIFY2(first.code == 0, qPrintable(first.err));
    QVERIFY2(first.out.startsWith(QStringLiteral("Copied 2 sessions, 6 questions ")), qPrintable(first.out));
    addToSource(1, 2);
    const Run second = run(args);
    QVERIFY2(second.code == 0, qPrintable(second.err));
    QVERIFY2(second.out.startsWith(QStringLiteral("Copied 1 sessions, 2 questions ")), qPrintable(second.out));
    QVERIFY2(second.out.contains(QStringLiteral("skipped 2 sessions and 6 questions already there.")),
             qPrintable(second.out));
    const Run third = run(args);
    QVERIFY2(third.code == 0, qPrintable(third.err));
    QVERIFY2(third.out.startsWith(QStringLiteral("Copied 0 sessions, 0 questions ")), qPrintable(third.out));
    QVERIFY2(third.out.contains(QStringLiteral("skipped 3 sessions and 8 questions already there.")),
             qPrintable(third.out));
    QCOMPARE(sessionCount(m_target), 3);
    QCOMPARE(exportOf(m_target), exportOf(sourcePath()));
}

void TestTeamCli::migrateRefuses_data()
{
    QTest::addColumn<QStringList>("arguments"); // after "migrate"; SOURCE and TARGET are replaced
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");

    QTest::addRow("no --to") << QStringList {QStringLiteral("--from-data-dir"), QStringLiteral("SOURCE")} << 2
                             << QStringLiteral("--to postgresql://… is required");
    QTest::addRow("no --from-data-dir") << QStringList {QStringLiteral("--to"), QStringLiteral("TARGET")} << 2
                                        << QStringLiteral("--from-data-dir DIR is required");
    QTest::addRow("--to not a URL") << QStringList {QStringLiteral("--from-data-dir"), QStringLiteral("SOURCE"),
                                                    QStringLiteral("--to"), QStringLiteral("/tmp/other.db")}
                                    << 2 << QStringLiteral("--to: database URL: it must start with postgresql://");
    QTest::addRow("no database in the folder")
        << QStringList {QStringLiteral("--from-data-dir"), QStringLiteral("EMPTY"), QStringLiteral("--to"),
                        QStringLiteral("TARGET")}
        << 1 << QStringLiteral("No database found");
}

void TestTeamCli::migrateRefuses()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, code);
    QFETCH(QString, message);
    addToSource(1, 0);
    const QTemporaryDir empty;
    for (QString &argument : arguments) {
        if (argument == QStringLiteral("SOURCE"))
            argument = sourceDir();
        else if (argument == QStringLiteral("TARGET"))
            argument = m_target;
        else if (argument == QStringLiteral("EMPTY"))
            argument = empty.path();
    }
    const Run refused = run(QStringList {QStringLiteral("migrate")} + arguments);
    QCOMPARE(refused.code, code);
    QVERIFY2(refused.err.contains(message), qPrintable(refused.err));
    QCOMPARE(sessionCount(m_target), 0);
}

void TestTeamCli::backupWritesTheJsonExport()
{
    addToSource(2, 2);
    QCOMPARE(run({QStringLiteral("migrate"), QStringLiteral("--from-data-dir"), sourceDir(), QStringLiteral("--to"),
                  m_target})
                 .code,
             0);
    const QTemporaryDir out;
    const QString backupFile = out.filePath(QStringLiteral("team-backup.json"));
    const Run backup = run(
        {QStringLiteral("backup"), QStringLiteral("--database"), m_target, QStringLiteral("--output"), backupFile});
    QVERIFY2(backup.code == 0, qPrintable(backup.err));
    QVERIFY2(backup.out.contains(QStringLiteral(" as a JSON export ")), qPrintable(backup.out));
    QVERIFY2(backup.out.contains(QStringLiteral("pg_dump makes a full dump")), qPrintable(backup.out));
    // The same file `export --all --format json` writes, but for the moment of export.
    const QString exportFile = out.filePath(QStringLiteral("export.json"));
    const Run exported
        = run({QStringLiteral("export"), QStringLiteral("--all"), QStringLiteral("--format"), QStringLiteral("json"),
               QStringLiteral("--database"), m_target, QStringLiteral("--output"), exportFile});
    QVERIFY2(exported.code == 0, qPrintable(exported.err));
    QVERIFY2(exported.out.startsWith(QStringLiteral("Exported 2 sessions (4 questions) to ")),
             qPrintable(exported.out));
    const auto read = [](const QString &path) {
        QFile file(path);
        file.open(QIODevice::ReadOnly);
        QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
        json.remove(QStringLiteral("exported_at"));
        return json;
    };
    QCOMPARE(read(backupFile).value(QStringLiteral("sessions")).toArray().size(), 2);
    QCOMPARE(read(backupFile), read(exportFile));
    QCOMPARE(read(backupFile), exportOf(sourcePath()));
}

void TestTeamCli::exportAndImportWithDatabase()
{
    const QStringList ids = addToSource(1, 2);
    const QTemporaryDir out;
    const QString file = out.filePath(QStringLiteral("all.json"));
    QCOMPARE(run({QStringLiteral("export"), QStringLiteral("--all"), QStringLiteral("--format"), QStringLiteral("json"),
                  QStringLiteral("--data-dir"), sourceDir(), QStringLiteral("--output"), file})
                 .code,
             0);
    const Run imported = run({QStringLiteral("import"), file, QStringLiteral("--database"), m_target});
    QVERIFY2(imported.code == 0, qPrintable(imported.err));
    QCOMPARE(imported.out, QStringLiteral("Imported 1 sessions and 2 questions.\n"));
    const Run again = run({QStringLiteral("import"), file, QStringLiteral("--database"), m_target});
    QVERIFY2(again.out.contains(QStringLiteral("Skipped 1 sessions that already exist: ") + ids.constFirst()),
             qPrintable(again.out));
    const QString markdown = out.filePath(QStringLiteral("one.md"));
    const Run one
        = run({QStringLiteral("export"), QStringLiteral("--session"), ids.constFirst(), QStringLiteral("--format"),
               QStringLiteral("md"), QStringLiteral("--database"), m_target, QStringLiteral("--output"), markdown});
    QVERIFY2(one.code == 0, qPrintable(one.err));
    QFile written(markdown);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QVERIFY(QString::fromUtf8(written.readAll()).contains(QStringLiteral("问题 1")));
}

void TestTeamCli::invalidDatabaseUrlIsAUsageError_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QString badPort = QStringLiteral("postgresql://postgres@127.0.0.1:0/x");
    QTest::addRow("window") << QStringList {QStringLiteral("--headless"), QStringLiteral("--database"), badPort}
                            << QStringLiteral("interview-recorder: --database: database URL: the port must be 1 to "
                                              "65535\n");
    QTest::addRow("export") << QStringList {QStringLiteral("export"),        QStringLiteral("--all"),
                                            QStringLiteral("--format=json"), QStringLiteral("--output=/tmp/x.json"),
                                            QStringLiteral("--database"),    badPort}
                            << QStringLiteral("interview-recorder export: --database: database URL: the port must be "
                                              "1 to 65535\n");
    QTest::addRow("backup with --data-dir")
        << QStringList {QStringLiteral("backup"),     QStringLiteral("--output=/tmp/x.json"),
                        QStringLiteral("--data-dir"), QStringLiteral("/tmp"),
                        QStringLiteral("--database"), QStringLiteral("postgresql://postgres@127.0.0.1/x")}
        << QStringLiteral("interview-recorder backup: --database and --data-dir cannot be used together\n");
}

void TestTeamCli::invalidDatabaseUrlIsAUsageError()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Run refused = run(arguments);
    QCOMPARE(refused.code, 2);
    QVERIFY2(refused.err.startsWith(message), qPrintable(refused.err));
}

void TestTeamCli::passwordNeverShown_data()
{
    QTest::addColumn<QStringList>("arguments"); // TARGET: the URL with the password, BAD: the same on port 1
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("output"); // in stdout or stderr

    QTest::addRow("export") << QStringList {QStringLiteral("export"),        QStringLiteral("--all"),
                                            QStringLiteral("--format=json"), QStringLiteral("--output=OUT"),
                                            QStringLiteral("--database"),    QStringLiteral("TARGET")}
                            << 0 << QStringLiteral("Exported 1 sessions");
    QTest::addRow("backup") << QStringList {QStringLiteral("backup"), QStringLiteral("--output=OUT"),
                                            QStringLiteral("--database"), QStringLiteral("TARGET")}
                            << 0 << QStringLiteral(":***@127.0.0.1");
    QTest::addRow("migrate") << QStringList {QStringLiteral("migrate"), QStringLiteral("--from-data-dir"),
                                             QStringLiteral("SOURCE"),  QStringLiteral("--to"),
                                             QStringLiteral("TARGET"),  QStringLiteral("--merge")}
                             << 0 << QStringLiteral("skipped 1 sessions and 0 questions already there");
    QTest::addRow("backup, server unreachable")
        << QStringList {QStringLiteral("backup"), QStringLiteral("--output=OUT"), QStringLiteral("--database"),
                        QStringLiteral("BAD")}
        << 1 << QStringLiteral("cannot reach the PostgreSQL server of postgresql://postgres:***@127.0.0.1:1/");
    QTest::addRow("headless, server unreachable")
        << QStringList {QStringLiteral("--headless"), QStringLiteral("--port=0"), QStringLiteral("--database"),
                        QStringLiteral("BAD")}
        << 1 << QStringLiteral("cannot reach the PostgreSQL server of postgresql://postgres:***@127.0.0.1:1/");
}

void TestTeamCli::passwordNeverShown()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, code);
    QFETCH(QString, output);
    // The test server trusts local connections, so any password is accepted: what matters is
    // where it shows up.
    const QString password = QStringLiteral("Zq7-secret-pw");
    addToSource(1, 0);
    QCOMPARE(run({QStringLiteral("migrate"), QStringLiteral("--from-data-dir"), sourceDir(), QStringLiteral("--to"),
                  m_target})
                 .code,
             0);
    const QTemporaryDir out;
    QString bad = withPassword(m_target, password);
    bad.replace(QRegularExpression(QStringLiteral(":\\d+/")), QStringLiteral(":1/"));
    for (QString &argument : arguments) {
        argument.replace(QStringLiteral("TARGET"), withPassword(m_target, password));
        argument.replace(QStringLiteral("BAD"), bad);
        argument.replace(QStringLiteral("SOURCE"), sourceDir());
        argument.replace(QStringLiteral("OUT"), out.filePath(QStringLiteral("out.json")));
    }
    const Run ran = run(arguments);
    QVERIFY2(ran.code == code, qPrintable(ran.out + ran.err));
    const QString both = ran.out + ran.err;
    QVERIFY2(both.contains(output), qPrintable(both));
    QVERIFY2(ran.err.contains(QStringLiteral("warning: the --")), qPrintable(ran.err));
    QVERIFY2(ran.err.contains(QStringLiteral("PGPASSWORD or ~/.pgpass")), qPrintable(ran.err));
    QVERIFY2(!ran.out.contains(password), qPrintable(ran.out));
    QVERIFY2(!ran.err.contains(password), qPrintable(ran.err));
}

void TestTeamCli::headlessServesTheTeamDatabase()
{
    addToSource(1, 1);
    QCOMPARE(run({QStringLiteral("migrate"), QStringLiteral("--from-data-dir"), sourceDir(), QStringLiteral("--to"),
                  m_target})
                 .code,
             0);
    const Run help = run({QStringLiteral("--help")});
    QVERIFY2(help.out.contains(QStringLiteral("--database <url>")), qPrintable(help.out));

    QProcess server;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
    server.setProcessEnvironment(environment);
    server.start(QStringLiteral(IR_APP_BINARY),
                 {QStringLiteral("--headless"), QStringLiteral("--port=0"), QStringLiteral("--no-auth"),
                  QStringLiteral("--database"), m_target});
    QString out;
    QTRY_VERIFY_WITH_TIMEOUT((out += QString::fromUtf8(server.readAllStandardOutput())).contains(u"listening on"),
                             30'000);
    QVERIFY2(out.contains(QStringLiteral("Team mode: PostgreSQL database postgresql://postgres@127.0.0.1:")),
             qPrintable(out));
    server.terminate();
    QVERIFY(server.waitForFinished(15'000));
    QCOMPARE(server.exitCode(), 0);
    // No SQLite file, no backups folder: the data folder stays empty.
    QVERIFY(!QFile::exists(m_home.filePath(QStringLiteral("data/InterviewRecorder/interview-recorder/"
                                                          "interview-recorder.db"))));
    QVERIFY(!QFile::exists(m_home.filePath(QStringLiteral("data/InterviewRecorder/interview-recorder/backups"))));
}

QTEST_GUILESS_MAIN(TestTeamCli)
#include "tst_teamcli.moc"
