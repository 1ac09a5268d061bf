// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tempdatabase.h"

#include "databaseurl.h"

#include <QCoreApplication>
#include <QThread>

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <atomic>

namespace ir::test {
namespace {

std::atomic<int> s_databaseCounter {0};

} // namespace

bool adminExec(const QString &adminUrl, const QString &statement)
{
    const QString name = QStringLiteral("ir-test-admin-%1").arg(quintptr(QThread::currentThreadId()));
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        if (const Result<DatabaseUrl> url = DatabaseUrl::parse(adminUrl)) {
            url->applyTo(db);
            if (db.open()) {
                QSqlQuery query(db);
                ok = query.exec(statement);
                if (!ok)
                    qWarning("admin statement failed: %s", qPrintable(query.lastError().text()));
            } else {
                qWarning("test database server: %s", qPrintable(db.lastError().text()));
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

bool onPostgres()
{
    return qEnvironmentVariable("IR_TEST_BACKEND") == QStringLiteral("postgres");
}

QString postgresAdminUrl()
{
    if (!onPostgres())
        return {};
    QFile file(QDir(qEnvironmentVariable("IR_TEST_PG_DIR")).filePath(QStringLiteral("url")));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("IR_TEST_BACKEND=postgres, but no server URL in %s (scripts/pg-test-server start)",
               qPrintable(file.fileName()));
    return QString::fromUtf8(file.readAll()).trimmed();
}

QString createPostgresDatabase()
{
    const QString name = QStringLiteral("ir_test_%1_%2_%3")
                             .arg(QCoreApplication::applicationPid())
                             .arg(++s_databaseCounter)
                             .arg(QRandomGenerator::global()->generate() % 100000);
    if (!adminExec(postgresAdminUrl(), QStringLiteral("CREATE DATABASE %1").arg(name)))
        qFatal("cannot create the test database %s", qPrintable(name));
    QString url = postgresAdminUrl();
    return url.left(url.lastIndexOf(u'/') + 1) + name;
}

void dropPostgresDatabase(const QString &url)
{
    const QString name = url.mid(url.lastIndexOf(u'/') + 1);
    adminExec(postgresAdminUrl(), QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
}

TempDatabase::TempDatabase(ServiceLimits limits)
    : m_limits(limits)
{
    if (onPostgres())
        m_postgresUrl = createPostgresDatabase();
    m_valid = m_dir.isValid() && reopen();
}

TempDatabase::~TempDatabase()
{
    m_readers.reset();
    m_writer.reset();
    m_service.reset();
    m_database.reset();
    if (!m_postgresUrl.isEmpty())
        dropPostgresDatabase(m_postgresUrl);
}

WriteBatcher &TempDatabase::writer()
{
    if (!m_writer)
        m_writer = std::make_unique<WriteBatcher>(*m_database);
    return *m_writer;
}

ReaderPool &TempDatabase::readers()
{
    if (!m_readers)
        m_readers = std::make_unique<ReaderPool>(&m_database->health());
    return *m_readers;
}

QString TempDatabase::filePath() const
{
    if (!m_postgresUrl.isEmpty())
        return m_postgresUrl;
    return QDir(m_dir.path()).filePath(QStringLiteral("interview-recorder.db"));
}

bool TempDatabase::reopen(Database::Options options)
{
    // Their threads' connections go with them.
    m_readers.reset();
    m_writer.reset();
    m_service.reset();
    m_database.reset();
    m_database = std::make_unique<Database>(filePath(), options);
    m_service = std::make_unique<InterviewService>(*m_database, m_clock, m_limits);
    return bool(m_database->open());
}

Session TempDatabase::createSession(const QString &userId)
{
    SessionDraft draft;
    draft.userId = userId;
    draft.sessionName = QStringLiteral("Python开发工程师面试");
    const Result<Session> created = m_service->createSession(draft, Source::Api);
    if (!created)
        qFatal("createSession failed: %s", qPrintable(created.error().details));
    return *created;
}

QuestionRecord TempDatabase::addQuestion(const QString &sessionId, const QString &text, double score, Source source)
{
    const Result<AddedQuestion> added = m_service->addQuestion(sessionId, sampleQuestion(text, score), source);
    if (!added)
        qFatal("addQuestion failed: %s", qPrintable(added.error().details));
    return added->record;
}

QuestionDraft sampleQuestion(const QString &text, double score)
{
    QuestionDraft draft;
    draft.questionText = text;
    draft.questionType = QuestionType::Technical;
    draft.questionCategory = QStringLiteral("编程基础");
    draft.candidateAnswer = QStringLiteral("我最熟悉Python语言。");
    draft.interviewerFeedback = QStringLiteral("回答全面。");
    draft.overallScore = score;
    return draft;
}

} // namespace ir::test
