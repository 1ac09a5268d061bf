// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "filecommands.h"

#include "clock.h"
#include "database.h"
#include "databasebackup.h"
#include "databaseurl.h"
#include "exporter.h"
#include "interviewservice.h"
#include "jsonimporter.h"
#include "languages.h"
#include "migratecommand.h"
#include "pdfexporter.h"
#include "settingskeys.h"
#include "wiretime.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHash>
#include <QSettings>
#include <QTextStream>

#include <cstdio>
#include <memory>

namespace ir::app {
namespace {

enum ExitCode { EXIT_OK = 0, EXIT_FAILED = 1, EXIT_USAGE = 2 };

class FileCommands final
{
    Q_DECLARE_TR_FUNCTIONS(ir::app::FileCommands)

public:
    explicit FileCommands(QString command)
        : m_command(std::move(command))
    { }

    int run(const QStringList &arguments);

private:
    int runExport();
    int runImport();
    int runBackup();
    int runPurge();
    // The database of --database, else of --data-dir (or the standard location); nullptr after
    // printing why not, *usage set when the options themselves are wrong.
    std::unique_ptr<Database> openDatabase(bool mustExist, bool *usage = nullptr);
    std::optional<RecordFilter> recordFilter();
    int usageError(const QString &message);
    int failure(const Error &error);

    QString m_command;
    QCommandLineParser m_parser;
    QTextStream m_out {stdout};
    QTextStream m_err {stderr};
};

const QCommandLineOption DATA_DIR({QStringLiteral("data-dir")}, QStringLiteral("Folder of the database."),
                                  QStringLiteral("dir"));
const QCommandLineOption DATABASE({QStringLiteral("database")},
                                  QStringLiteral("Team mode: a PostgreSQL database, postgresql://user@host:port/dbname "
                                                 "(the password in PGPASSWORD or ~/.pgpass), instead of --data-dir."),
                                  QStringLiteral("url"));
const QCommandLineOption OUTPUT({QStringLiteral("o"), QStringLiteral("output")}, QStringLiteral("File to write."),
                                QStringLiteral("file"));
const QCommandLineOption SESSION({QStringLiteral("session")}, QStringLiteral("Session to export."),
                                 QStringLiteral("id"));
const QCommandLineOption ALL({QStringLiteral("all")}, QStringLiteral("Export all sessions (or the filtered ones)."));
const QCommandLineOption FORMAT({QStringLiteral("f"), QStringLiteral("format")},
                                QStringLiteral("pdf, md, html, csv or json (bulk: csv or json)."),
                                QStringLiteral("format"));
const QCommandLineOption NO_BOM({QStringLiteral("no-bom")}, QStringLiteral("CSV without the UTF-8 byte order mark."));
const QCommandLineOption USER_ID({QStringLiteral("user-id")}, QStringLiteral("Filter: user."), QStringLiteral("id"));
const QCommandLineOption SESSION_ID({QStringLiteral("session-id")}, QStringLiteral("Filter: session."),
                                    QStringLiteral("id"));
const QCommandLineOption QUESTION_TYPE({QStringLiteral("question-type")}, QStringLiteral("Filter: question type."),
                                       QStringLiteral("type"));
const QCommandLineOption QUESTION_CATEGORY({QStringLiteral("question-category")},
                                           QStringLiteral("Filter: question category."), QStringLiteral("category"));
const QCommandLineOption MIN_SCORE({QStringLiteral("min-score")}, QStringLiteral("Filter: lowest score."),
                                   QStringLiteral("score"));
const QCommandLineOption MAX_SCORE({QStringLiteral("max-score")}, QStringLiteral("Filter: highest score."),
                                   QStringLiteral("score"));
const QCommandLineOption SINCE({QStringLiteral("since")}, QStringLiteral("Filter: asked at or after (local time)."),
                               QStringLiteral("time"));
const QCommandLineOption UNTIL({QStringLiteral("until")}, QStringLiteral("Filter: asked at or before (local time)."),
                               QStringLiteral("time"));
const QCommandLineOption OLDER_THAN({QStringLiteral("older-than")},
                                    QStringLiteral("Erase sessions unchanged for more than this many days."),
                                    QStringLiteral("days"));
const QCommandLineOption DRY_RUN({QStringLiteral("dry-run")}, QStringLiteral("Only say what would be erased."));
const QCommandLineOption TEXT({QStringLiteral("q")}, QStringLiteral("Filter: text in question, answer or feedback."),
                              QStringLiteral("text"));

} // namespace

CommandSpec fileCommandSpec(const QString &command)
{
    static const QHash<QString, QString> synopsis {
        {QStringLiteral("export"),
         QStringLiteral("interview-recorder export --session ID --format pdf|md|html|csv|json --output FILE\n"
                        "interview-recorder export --all [filters] --format csv|json --output FILE")},
        {QStringLiteral("import"), QStringLiteral("interview-recorder import FILE  (a JSON export)")},
        {QStringLiteral("backup"),
         QStringLiteral("interview-recorder backup --output FILE\n"
                        "(of a --database: the app's JSON export of every session; pg_dump makes a full dump)")},
        {QStringLiteral("purge"),
         QStringLiteral("interview-recorder purge [--older-than DAYS] [--dry-run]\n"
                        "Erases the sessions unchanged for more than DAYS days (default: the retention period of the "
                        "settings, 365 days unless changed; 0: every session), as an erasure does: gone from the "
                        "database file and its WAL.")},
    };
    if (command == QStringLiteral("migrate"))
        return migrateSpec();
    CommandSpec spec {command, synopsis.value(command), {DATA_DIR, DATABASE}, {}};
    if (command == QStringLiteral("export")) {
        spec.options << QList<QCommandLineOption> {
            SESSION,           ALL,       FORMAT,    OUTPUT, NO_BOM, USER_ID, SESSION_ID, QUESTION_TYPE,
            QUESTION_CATEGORY, MIN_SCORE, MAX_SCORE, SINCE,  UNTIL,  TEXT};
    } else if (command == QStringLiteral("purge")) {
        spec.options << OLDER_THAN << DRY_RUN;
    } else if (command == QStringLiteral("import")) {
        spec.positional << QStringLiteral("file: A JSON export to import.");
    } else {
        spec.options << OUTPUT;
    }
    return spec;
}

QList<CommandSpec> fileCommandSpecs()
{
    QList<CommandSpec> specs;
    for (const char *command : {"export", "import", "backup", "migrate", "purge"})
        specs << fileCommandSpec(QString::fromLatin1(command));
    return specs;
}

namespace {

int FileCommands::run(const QStringList &arguments)
{
    const CommandSpec spec = fileCommandSpec(m_command);
    m_parser.setApplicationDescription(spec.synopsis);
    m_parser.addHelpOption();
    m_parser.addOptions(spec.options);
    for (const QString &argument : spec.positional) {
        const qsizetype colon = argument.indexOf(u':');
        m_parser.addPositionalArgument(argument.left(colon), argument.mid(colon + 1).trimmed());
    }
    if (!m_parser.parse(arguments))
        return usageError(m_parser.errorText());
    if (m_parser.isSet(QStringLiteral("help"))) {
        m_out << m_parser.helpText();
        return EXIT_OK;
    }
    if (m_command == QStringLiteral("export"))
        return runExport();
    if (m_command == QStringLiteral("import"))
        return runImport();
    if (m_command == QStringLiteral("purge"))
        return runPurge();
    return runBackup();
}

int FileCommands::usageError(const QString &message)
{
    m_err << "interview-recorder " << m_command << ": " << message << '\n'
          << "Try 'interview-recorder " << m_command << " --help'.\n";
    return EXIT_USAGE;
}

int FileCommands::failure(const Error &error)
{
    m_err << "interview-recorder " << m_command << ": " << error.message;
    if (!error.details.isEmpty())
        m_err << ": " << error.details;
    m_err << '\n';
    return EXIT_FAILED;
}

std::unique_ptr<Database> FileCommands::openDatabase(bool mustExist, bool *usage)
{
    if (m_parser.isSet(DATABASE)) {
        const QString location = m_parser.value(DATABASE).trimmed();
        const Result<DatabaseUrl> url = DatabaseUrl::parse(location);
        if (m_parser.isSet(DATA_DIR) || !url) {
            usageError(url ? QStringLiteral("--database and --data-dir cannot be used together")
                           : QStringLiteral("--database: ") + url.error().details);
            if (usage)
                *usage = true;
            return nullptr;
        }
        if (url->hasPassword()) {
            m_err << "interview-recorder " << m_command
                  << ": warning: the --database URL holds a password, which every user of this machine can read in "
                     "the process list (ps); leave it out and give it in PGPASSWORD or ~/.pgpass instead\n";
            m_err.flush();
        }
        auto database = std::make_unique<Database>(location);
        if (const Status opened = database->open(); !opened) {
            failure(opened.error());
            return nullptr;
        }
        return database;
    }
    const QString path = Database::defaultFilePath(m_parser.value(DATA_DIR));
    if (mustExist && !QFileInfo::exists(path)) {
        failure(Error {ErrorCode::DatabaseError, tr("No database found"), QDir::toNativeSeparators(path)});
        return nullptr;
    }
    if (!mustExist && !QDir().mkpath(QFileInfo(path).absolutePath())) {
        failure(Error {ErrorCode::DatabaseError, tr("Cannot create the data folder"),
                       QDir::toNativeSeparators(QFileInfo(path).absolutePath())});
        return nullptr;
    }
    auto database = std::make_unique<Database>(path);
    if (const Status opened = database->open(); !opened) {
        failure(opened.error());
        return nullptr;
    }
    return database;
}

std::optional<RecordFilter> FileCommands::recordFilter()
{
    RecordFilter filter;
    QStringList problems;
    filter.userId = m_parser.value(USER_ID);
    filter.sessionId = m_parser.value(SESSION_ID);
    filter.questionCategory = m_parser.value(QUESTION_CATEGORY);
    filter.text = m_parser.value(TEXT);
    if (m_parser.isSet(QUESTION_TYPE)) {
        filter.questionType = fromWire<QuestionType>(m_parser.value(QUESTION_TYPE));
        if (!filter.questionType)
            problems << QStringLiteral("--question-type: one of ") + wireValues<QuestionType>().join(u", ");
    }
    auto score = [&](const QCommandLineOption &option, std::optional<double> &target) {
        if (!m_parser.isSet(option))
            return;
        bool ok = false;
        const double value = m_parser.value(option).toDouble(&ok);
        if (ok && rules::isValidScore(value))
            target = value;
        else
            problems << QStringLiteral("--%1: a number from 0 to 10").arg(option.names().constFirst());
    };
    score(MIN_SCORE, filter.minScore);
    score(MAX_SCORE, filter.maxScore);
    auto time = [&](const QCommandLineOption &option, std::optional<qint64> &target) {
        if (!m_parser.isSet(option))
            return;
        target = wiretime::parse(m_parser.value(option));
        if (!target)
            problems << QStringLiteral("--%1: a time like 2025-09-05 or 2025-09-05T13:32:19")
                            .arg(option.names().constFirst());
    };
    time(SINCE, filter.since);
    time(UNTIL, filter.until);
    if (filter.minScore && filter.maxScore && *filter.minScore > *filter.maxScore)
        problems << QStringLiteral("--min-score: must not exceed --max-score");
    if (filter.since && filter.until && *filter.since > *filter.until)
        problems << QStringLiteral("--since: must not be after --until");
    if (!problems.isEmpty()) {
        usageError(problems.join(QStringLiteral("; ")));
        return std::nullopt;
    }
    return filter;
}

int FileCommands::runExport()
{
    const bool all = m_parser.isSet(ALL);
    if (all == m_parser.isSet(SESSION))
        return usageError(QStringLiteral("give either --session ID or --all"));
    if (!m_parser.isSet(OUTPUT))
        return usageError(QStringLiteral("--output FILE is required"));
    const std::optional<ExportFormat> format = exportformat::fromWireName(m_parser.value(FORMAT));
    if (!format)
        return usageError(QStringLiteral("--format: one of pdf, md, html, csv, json"));
    if (all && !exportformat::bulkFormats().contains(*format))
        return usageError(QStringLiteral("--format: --all writes csv or json"));
    std::optional<RecordFilter> filter;
    if (all && !(filter = recordFilter()))
        return EXIT_USAGE;
    bool usage = false;
    const std::unique_ptr<Database> database = openDatabase(true, &usage);
    if (!database)
        return usage ? EXIT_USAGE : EXIT_FAILED;
    const SystemClock clock;
    InterviewService service(*database, clock);
    Exporter exporter(service, PdfExporter::renderer());
    ExportOptions options;
    options.csvByteOrderMark = !m_parser.isSet(NO_BOM);
    const QString output = m_parser.value(OUTPUT);
    if (!all) {
        const QString sessionId = m_parser.value(SESSION);
        // The report in the language the window and the headless server write it in (the
        // window's setting, else the system's); the command's own lines stay English.
        const Status written = [&] {
            ui::Languages languages;
            languages.install(ui::Languages::storedCode());
            return exporter.exportSessionToFile(sessionId, *format, output, options);
        }();
        if (!written)
            return failure(written.error());
        m_out << tr("Exported %1 to %2").arg(sessionId, QDir::toNativeSeparators(output)) << '\n';
        return EXIT_OK;
    }
    const Result<BulkReport> report = exporter.exportAllToFile(*filter, *format, output, options);
    if (!report)
        return failure(report.error());
    m_out << tr("Exported %1 sessions (%2 questions) to %3")
                 .arg(report->sessions)
                 .arg(report->questions)
                 .arg(QDir::toNativeSeparators(output))
          << '\n';
    return EXIT_OK;
}

int FileCommands::runImport()
{
    const QStringList files = m_parser.positionalArguments();
    if (files.size() != 1)
        return usageError(QStringLiteral("give exactly one FILE to import"));
    // Check the file before creating a database for it.
    const Result<ExportData> data = [&]() -> Result<ExportData> {
        QFile file(files.constFirst());
        if (!file.open(QIODevice::ReadOnly))
            return Error {ErrorCode::ValidationError, tr("Cannot read the file"),
                          files.constFirst() + QStringLiteral(": ") + file.errorString()};
        return JsonImporter::parseAll(file.readAll());
    }();
    if (!data)
        return failure(data.error());
    bool usage = false;
    const std::unique_ptr<Database> database = openDatabase(false, &usage);
    if (!database)
        return usage ? EXIT_USAGE : EXIT_FAILED;
    const Result<ImportReport> report = DataImporter(*database).importData(*data);
    if (!report)
        return failure(report.error());
    m_out << tr("Imported %1 sessions and %2 questions.").arg(report->sessionsImported).arg(report->questionsImported)
          << '\n';
    if (!report->skippedSessionIds.isEmpty()) {
        m_out << tr("Skipped %1 sessions that already exist: %2")
                     .arg(report->skippedSessionIds.size())
                     .arg(report->skippedSessionIds.join(QStringLiteral(", ")))
              << '\n';
    }
    if (!report->skippedQuestionIds.isEmpty()) {
        m_out << tr("Skipped %1 questions whose IDs already exist: %2")
                     .arg(report->skippedQuestionIds.size())
                     .arg(report->skippedQuestionIds.join(QStringLiteral(", ")))
              << '\n';
    }
    return EXIT_OK;
}

int FileCommands::runBackup()
{
    if (!m_parser.isSet(OUTPUT))
        return usageError(QStringLiteral("--output FILE is required"));
    bool usage = false;
    const std::unique_ptr<Database> database = openDatabase(true, &usage);
    if (!database)
        return usage ? EXIT_USAGE : EXIT_FAILED;
    const QString output = m_parser.value(OUTPUT);
    const SystemClock clock;
    InterviewService service(*database, clock);
    Exporter exporter(service);
    if (const Status written = writeBackup(*database, exporter, output); !written)
        return failure(written.error());
    if (database->isPostgres()) {
        m_out << tr("Backed up %1 to %2 as a JSON export (every session and question; import restores it, "
                    "pg_dump makes a full dump of the server's database)")
                     .arg(database->displayName(), QDir::toNativeSeparators(output))
              << '\n';
        return EXIT_OK;
    }
    m_out << tr("Backed up %1 to %2")
                 .arg(QDir::toNativeSeparators(database->filePath()), QDir::toNativeSeparators(output))
          << '\n';
    return EXIT_OK;
}

int FileCommands::runPurge()
{
    int days = QSettings().value(ui::keys::retentionDays(), rules::DEFAULT_RETENTION_DAYS).toInt();
    if (m_parser.isSet(OLDER_THAN)) {
        bool ok = false;
        days = m_parser.value(OLDER_THAN).toInt(&ok);
        if (!ok || days < 0 || days > rules::MAX_RETENTION_DAYS)
            return usageError(
                QStringLiteral("--older-than: a whole number of days, 0 to %1").arg(rules::MAX_RETENTION_DAYS));
    } else if (days == 0) {
        m_out << tr("The retention period is off (keep forever): nothing to purge. Give --older-than DAYS to purge "
                    "anyway.")
              << '\n';
        return EXIT_OK;
    }
    bool usage = false;
    const std::unique_ptr<Database> database = openDatabase(true, &usage);
    if (!database)
        return usage ? EXIT_USAGE : EXIT_FAILED;
    const SystemClock clock;
    InterviewService service(*database, clock);
    const bool dryRun = m_parser.isSet(DRY_RUN);
    const Result<ErasureReport> report = service.purgeOlderThan(days, dryRun, Actor::Cli);
    if (!report)
        return failure(report.error());
    // The command line speaks English only (no translator is loaded for it).
    const auto count = [](int n, const char *one, const char *many) {
        return QStringLiteral("%1 %2").arg(n).arg(QLatin1String(n == 1 ? one : many));
    };
    const QString what = count(report->sessions, "session", "sessions") + QStringLiteral(" with ")
        + count(report->questions, "question", "questions");
    m_out << (dryRun ? tr("Would erase %1 unchanged for more than %2 days (dry run: nothing erased)")
                     : tr("Erased %1 unchanged for more than %2 days"))
                 .arg(what)
                 .arg(days)
          << '\n';
    return EXIT_OK;
}

bool wantsPdf(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--format=pdf" || arg == "-f=pdf"
            || ((arg == "--format" || arg == "-f") && i + 1 < argc && QByteArray(argv[i + 1]) == "pdf"))
            return true;
    }
    return false;
}

} // namespace

bool isFileCommand(const QString &firstArgument)
{
    return firstArgument == QStringLiteral("export") || firstArgument == QStringLiteral("import")
        || firstArgument == QStringLiteral("backup") || firstArgument == QStringLiteral("migrate")
        || firstArgument == QStringLiteral("purge");
}

Status writeBackup(Database &database, Exporter &exporter, const QString &path)
{
    if (!database.isPostgres())
        return DatabaseBackup::write(database, path);
    const Result<BulkReport> report = exporter.exportAllToFile(RecordFilter {}, ExportFormat::Json, path);
    if (!report)
        return report.error();
    return Done {};
}

int runFileCommand(int argc, char *argv[])
{
    // Our arguments are read before the application exists and it sees only the program name:
    // QGuiApplication would otherwise take "--session ID" as its own session-management option.
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    int applicationArgc = 1;
    // The PDF needs fonts and a paint engine (QtGui), but never a screen.
    std::unique_ptr<QCoreApplication> application;
    if (wantsPdf(argc, argv)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        application = std::make_unique<QGuiApplication>(applicationArgc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(applicationArgc, argv);
    }
    QCoreApplication::setOrganizationName(QStringLiteral("InterviewRecorder"));
    QCoreApplication::setApplicationName(QStringLiteral("interview-recorder"));
    QCoreApplication::setApplicationVersion(QStringLiteral(IR_VERSION));

    if (arguments.size() < 2 || !isFileCommand(arguments.at(1))) {
        std::fprintf(stderr, "usage: interview-recorder export|import|backup|migrate|purge ...\n");
        return EXIT_USAGE;
    }
    const QString command = arguments.takeAt(1);
    arguments[0] += u' ' + command; // "interview-recorder export" in --help
    if (command == QStringLiteral("migrate"))
        return runMigrate(arguments);
    return FileCommands(command).run(arguments);
}

} // namespace ir::app
