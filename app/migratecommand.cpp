// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "migratecommand.h"

#include "clock.h"
#include "database.h"
#include "databaseurl.h"
#include "exporter.h"
#include "interviewservice.h"
#include "jsonimporter.h"

#include <QBuffer>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTextStream>

namespace ir::app {
namespace {

enum ExitCode { EXIT_OK = 0, EXIT_FAILED = 1, EXIT_USAGE = 2, EXIT_TARGET_NOT_EMPTY = 3 };

class MigrateCommand final
{
    Q_DECLARE_TR_FUNCTIONS(ir::app::MigrateCommand)

public:
    int run(const QStringList &arguments);

private:
    int usageError(const QString &message);
    int failure(const Error &error);

    QTextStream m_out {stdout};
    QTextStream m_err {stderr};
};

const QCommandLineOption FROM_DATA_DIR({QStringLiteral("from-data-dir")},
                                       QStringLiteral("Folder of the SQLite database interview-recorder.db to copy."),
                                       QStringLiteral("dir"));
const QCommandLineOption TO({QStringLiteral("to")},
                            QStringLiteral("The PostgreSQL database to copy into, postgresql://user@host:port/dbname "
                                           "(the password in PGPASSWORD or ~/.pgpass)."),
                            QStringLiteral("url"));
const QCommandLineOption MERGE({QStringLiteral("merge")},
                               QStringLiteral("Copy into a database that already holds sessions: sessions already "
                                              "there (by ID) are skipped with their questions."));

} // namespace

CommandSpec migrateSpec()
{
    return CommandSpec {
        QStringLiteral("migrate"),
        QStringLiteral("interview-recorder migrate --from-data-dir DIR --to postgresql://… [--merge]\n"
                       "Copies an SQLite database into team mode's PostgreSQL database (IDs and times kept).\n"
                       "Exit codes: 0 copied, 1 failed (nothing copied), 2 wrong arguments, 3 the target "
                       "already holds sessions and --merge was not given."),
        {FROM_DATA_DIR, TO, MERGE},
        {}};
}

namespace {

int MigrateCommand::usageError(const QString &message)
{
    m_err << "interview-recorder migrate: " << message << '\n' << "Try 'interview-recorder migrate --help'.\n";
    return EXIT_USAGE;
}

int MigrateCommand::failure(const Error &error)
{
    m_err << "interview-recorder migrate: " << error.message;
    if (!error.details.isEmpty())
        m_err << ": " << error.details;
    m_err << '\n';
    return EXIT_FAILED;
}

int MigrateCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    const CommandSpec spec = migrateSpec();
    parser.setApplicationDescription(spec.synopsis);
    parser.addHelpOption();
    parser.addOptions(spec.options);
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        m_out << parser.helpText();
        return EXIT_OK;
    }
    if (!parser.positionalArguments().isEmpty())
        return usageError(QStringLiteral("unexpected argument ") + parser.positionalArguments().constFirst());
    if (!parser.isSet(FROM_DATA_DIR) || parser.value(FROM_DATA_DIR).isEmpty())
        return usageError(QStringLiteral("--from-data-dir DIR is required"));
    if (!parser.isSet(TO))
        return usageError(QStringLiteral("--to postgresql://… is required"));
    const QString targetUrl = parser.value(TO).trimmed();
    const Result<DatabaseUrl> url = DatabaseUrl::parse(targetUrl);
    if (!url)
        return usageError(QStringLiteral("--to: ") + url.error().details);
    if (url->hasPassword()) {
        m_err << "interview-recorder migrate: warning: the --to URL holds a password, which every user of this "
                 "machine can read in the process list (ps); leave it out and give it in PGPASSWORD or "
                 "~/.pgpass instead\n";
        m_err.flush();
    }

    const QString sourcePath = Database::defaultFilePath(parser.value(FROM_DATA_DIR));
    if (!QFileInfo::exists(sourcePath))
        return failure(Error {ErrorCode::DatabaseError, tr("No database found"), QDir::toNativeSeparators(sourcePath)});
    Database source(sourcePath);
    if (const Status opened = source.open(); !opened)
        return failure(opened.error());
    Database target(targetUrl);
    if (const Status opened = target.open(); !opened)
        return failure(opened.error());

    const SystemClock clock;
    InterviewService targetService(target, clock);
    const Result<qint64> present = targetService.countSessions(SessionFilter {});
    if (!present)
        return failure(present.error());
    if (*present > 0 && !parser.isSet(MERGE)) {
        m_err << "interview-recorder migrate: "
              << tr("%1 already holds %2 sessions; nothing was copied. Add --merge to copy only the sessions "
                    "that are not there yet.")
                     .arg(target.displayName())
                     .arg(*present)
              << '\n';
        return EXIT_TARGET_NOT_EMPTY;
    }

    // The copy is the app's lossless JSON export read back by its importer: the one code path
    // that keeps IDs, positions and times (to the millisecond, as stored) and that import and
    // backup already test. One transaction on the target: all of it, or nothing.
    InterviewService sourceService(source, clock);
    Exporter exporter(sourceService);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (const Result<BulkReport> exported = exporter.exportAll(RecordFilter {}, ExportFormat::Json, buffer); !exported)
        return failure(exported.error());
    const Result<ExportData> data = JsonImporter::parseAll(buffer.data()); // the bank and kits too
    if (!data)
        return failure(data.error());
    const Result<ImportReport> report = DataImporter(target).importData(*data);
    if (!report)
        return failure(report.error());

    // What was skipped: whole sessions already there, and questions whose IDs exist elsewhere.
    qsizetype skippedQuestions = report->skippedQuestionIds.size();
    for (const SessionWithQuestions &entry : data->sessions) {
        if (report->skippedSessionIds.contains(entry.session.sessionId))
            skippedQuestions += entry.questions.size();
    }
    m_out << tr("Copied %1 sessions, %2 questions from %3 to %4; skipped %5 sessions and %6 questions already there.")
                 .arg(report->sessionsImported)
                 .arg(report->questionsImported)
                 .arg(QDir::toNativeSeparators(sourcePath), target.displayName())
                 .arg(report->skippedSessionIds.size())
                 .arg(skippedQuestions)
          << '\n';
    return EXIT_OK;
}

} // namespace

int runMigrate(const QStringList &arguments)
{
    return MigrateCommand().run(arguments);
}

} // namespace ir::app
