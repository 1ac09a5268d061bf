// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialect.h"
#include "migrations.h"
#include "questionrepository.h"
#include "searchfixture.h"
#include "sqlhelpers.h"
#include "tempdatabase.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTest>

using namespace ir;
using namespace ir::test;
using namespace Qt::StringLiterals;

namespace {

QVariant scalar(QSqlDatabase db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery query(db);
    if (!sql::run(query, sql, values) || !query.next())
        return {};
    return query.value(0);
}

// Texts a release before step 3 may hold: padded with Unicode spaces, mixed case, LIKE's special
// characters, two-character terms at the ends of columns.
const QList<std::tuple<int, QString, QString, QString>> OLD_QUESTIONS {
    {0, u"  进程和线程的区别\u3000"_s, u"进程是资源分配的单位，线程是调度的单位"_s, u"回答全面"_s},
    {0, u"\tExplain the GIL\n"_s, u"The Global Interpreter Lock, 100% of the time"_s, u"ok_ish"_s},
    {0, u"什么是内存"_s, u"内存"_s, u""_s},
    {1, u"进程和线程的区别"_s, u"说不清"_s, u"需要加强 \"基础\""_s},
    {1, u"\u00a0Redis 为什么快"_s, u"单线程 + epoll"_s, u"Good"_s},
    {2, u"谈谈团队协作"_s, u"THE team came first"_s, u"沟通好"_s},
};

// Builds the database as release 2 (migrations 1 and 2) left it, with OLD_QUESTIONS in it.
void createVersion2(const QString &path)
{
    const QString name = u"v2-builder"_s;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        for (const migrations::Step &step : migrations::steps(Dialect::sqlite())) {
            if (step.version > 2)
                break;
            for (const QString &statement : step.statements)
                QVERIFY2(query.exec(statement), qPrintable(statement));
        }
        QVERIFY(query.exec(u"PRAGMA user_version=2"_s));
        for (int s = 0; s < 3; ++s) {
            QVERIFY(sql::run(query,
                             u"INSERT INTO sessions (session_id, user_id, session_name, session_type, "
                             "difficulty_level, status, estimated_duration, created_at, updated_at, source) VALUES "
                             "(?, ?, ?, 'knowledge_based', 'hard', 'in_progress', 45, ?, ?, 'api')"_s,
                             {u"session_old_%1"_s.arg(s), u"user_%1"_s.arg(s), u"旧面试 %1"_s.arg(s),
                              qint64(1757050339000 + s), qint64(1757050339000 + s)}));
        }
        int position = 0;
        for (const auto &[session, text, answer, feedback] : OLD_QUESTIONS) {
            ++position;
            QVERIFY(sql::run(query,
                             u"INSERT INTO questions (question_id, session_id, position, question_text, "
                             "question_type, candidate_answer, interviewer_feedback, overall_score, created_at, "
                             "updated_at, source) VALUES (?, ?, ?, ?, 'technical', ?, ?, 8, ?, ?, 'api')"_s,
                             {u"session_old_%1_q%2"_s.arg(session).arg(position, 3, 10, QLatin1Char('0')),
                              u"session_old_%1"_s.arg(session), position, text, answer, sql::text(feedback),
                              qint64(1757050400000 + position), qint64(1757050400000 + position)}));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

class TestStorageMigration final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void upgradeBuildsKeysAndIndexes();
    void upgradedRowsAreSearchable_data();
    void upgradedRowsAreSearchable();
    void upgradedRowsAreDuplicates();
    void upgradedSessionsKeepCalibrationSums();
    void corruptPageIsDatabaseError_data();
    void corruptPageIsDatabaseError();

private:
    bool upgrade();
    std::unique_ptr<TempDatabase> m_db;
};

void TestStorageMigration::init()
{
    m_db = std::make_unique<TempDatabase>();
    QVERIFY(m_db->isValid());
}

void TestStorageMigration::cleanup()
{
    m_db.reset();
}

bool TestStorageMigration::upgrade()
{
    // The fresh file TempDatabase made is replaced by a version 2 one, then opened again.
    m_db->reopen();
    QFile::remove(m_db->filePath());
    QFile::remove(m_db->filePath() + u"-wal"_s);
    QFile::remove(m_db->filePath() + u"-shm"_s);
    createVersion2(m_db->filePath());
    return m_db->reopen() && m_db->database().schemaVersion() == migrations::latestVersion();
}

void TestStorageMigration::upgradeBuildsKeysAndIndexes()
{
    QVERIFY(upgrade());
    QSqlDatabase db = m_db->database().connection();
    QVERIFY(migrations::latestVersion() >= 3);
    // The pre-upgrade file was kept.
    QVERIFY(QFileInfo::exists(m_db->filePath() + u".v2.bak"_s));

    QSqlQuery keys(db);
    QVERIFY(sql::run(keys, u"SELECT question_text, text_key FROM questions"_s));
    int rows = 0;
    while (keys.next()) {
        ++rows;
        QCOMPARE(keys.value(1).toString(), keys.value(0).toString().trimmed());
    }
    QCOMPARE(rows, int(OLD_QUESTIONS.size()));

    for (const char *name :
         {"questions_session_text", "questions_created_score", "questions_type_created", "questions_type_score",
          "questions_category_created", "questions_score_created", "sessions_status_created", "sessions_name_created",
          "sessions_score_created", "questions_fts", "sessions_fts", "questions_fts_terms", "questions_fts_insert",
          "questions_fts_delete", "questions_fts_update", "sessions_fts_update", "questions_fts_pending",
          "sessions_fts_pending"}) {
        QCOMPARE(
            scalar(db, u"SELECT count(*) FROM sqlite_master WHERE name = ?"_s, {QString::fromLatin1(name)}).toInt(), 1);
    }
    QCOMPARE(scalar(db, u"SELECT count(*) FROM sqlite_master WHERE name IN ('questions_created', 'sessions_status')"_s)
                 .toInt(),
             0);
    // The planner statistics are the ones written, not measured on these six rows.
    QCOMPARE(scalar(db, u"SELECT stat FROM sqlite_stat1 WHERE idx = 'questions_type_score'"_s).toString(),
             u"1000000 250000 2500 1"_s);
    QCOMPARE(scalar(db, u"SELECT count(*) FROM sqlite_stat1 WHERE tbl IN ('questions', 'sessions')"_s).toInt(), 17);
}

void TestStorageMigration::upgradedSessionsKeepCalibrationSums()
{
    QVERIFY(upgrade());
    QSqlDatabase db = m_db->database().connection();
    // Step 8 filled the sums calibration reads from the questions already there.
    QSqlQuery query(db);
    QVERIFY(sql::run(query,
                     u"SELECT s.session_id, s.score_square_sum, s.ai_reviewed, (SELECT SUM(overall_score * "
                     "overall_score) FROM questions q WHERE q.session_id = s.session_id) FROM sessions s"_s));
    int sessions = 0;
    for (; query.next(); ++sessions) {
        QVERIFY(query.value(3).toDouble() > 0);
        QCOMPARE(query.value(1).toDouble(), query.value(3).toDouble());
        QCOMPARE(query.value(2).toInt(), 0);
    }
    QCOMPARE(sessions, 3);
    const Result<QList<InterviewerStats>> stats = m_db->service().interviewerStats();
    QVERIFY(stats);
    QCOMPARE(stats->size(), 1);
    QCOMPARE(stats->first().questions, int(OLD_QUESTIONS.size()));
    QCOMPARE(stats->first().scoreStdDev, std::optional<double>(0.0));
}

void TestStorageMigration::upgradedRowsAreSearchable_data()
{
    QTest::addColumn<QString>("term");
    for (const char *term : {"进程", "线程", "区别", "the", "THE", "gil", "100%", "k_i", "\"基础\"", "内存", "快",
                             "ood", "旧面试", "session_old_1", "user_2", "不存在"})
        QTest::addRow("%s", term) << QString::fromUtf8(term);
}

void TestStorageMigration::upgradedRowsAreSearchable()
{
    QFETCH(QString, term);
    QVERIFY(upgrade());
    QSqlDatabase db = m_db->database().connection();
    RecordFilter filter;
    filter.text = term;
    const Result<Page<QuestionRecord>> page = m_db->service().records(filter);
    QVERIFY(page);
    QStringList ids;
    for (const QuestionRecord &record : page->items)
        ids << record.questionId;
    QCOMPARE(ids, SearchFixture::likeScan(db, term));

    SessionFilter sessions;
    sessions.searchText = term;
    const qint64 expected
        = scalar(db,
                 u"SELECT count(*) FROM sessions NOT INDEXED WHERE user_id LIKE ? ESCAPE '\\' OR session_name LIKE ? "
                 "ESCAPE '\\' OR session_id LIKE ? ESCAPE '\\'"_s,
                 {sql::likePattern(term), sql::likePattern(term), sql::likePattern(term)})
              .toLongLong();
    QCOMPARE(*m_db->service().countSessions(sessions), expected);
}

void TestStorageMigration::upgradedRowsAreDuplicates()
{
    QVERIFY(upgrade());
    // A question stored before the upgrade, posted again with other padding and other content.
    QuestionDraft draft;
    draft.questionText = u"进程和线程的区别"_s;
    draft.questionType = QuestionType::Technical;
    draft.candidateAnswer = u"新的回答"_s;
    draft.interviewerFeedback = u"新的反馈"_s;
    draft.overallScore = 7;
    const Result<AddedQuestion> added = m_db->service().addQuestion(u"session_old_0"_s, draft, Source::Api);
    QVERIFY(!added);
    QCOMPARE(added.error().code, ErrorCode::DuplicateQuestion);
    QCOMPARE(added.error().details, u"question_text: already asked in this session as session_old_0_q001"_s);
    // Deleting an upgraded session takes its questions out of the text index too.
    QVERIFY(m_db->service().deleteSession(u"session_old_1"_s));
    RecordFilter filter;
    filter.text = u"区别"_s;
    QCOMPARE(m_db->service().records(filter)->total, qint64(1));
}

void TestStorageMigration::corruptPageIsDatabaseError_data()
{
    QTest::addColumn<QString>("read");
    QTest::addRow("questions of a session") << u"questions"_s;
    QTest::addRow("one question") << u"question"_s;
    QTest::addRow("records page") << u"records"_s;
    QTest::addRow("summary") << u"summary"_s;
    QTest::addRow("brief summary") << u"brief"_s;
}

void TestStorageMigration::corruptPageIsDatabaseError()
{
    QFETCH(QString, read);
    QString questionId;
    qint64 pageNumber = 0;
    qint64 pageSize = 0;
    {
        QSqlDatabase db = m_db->database().connection(); // released before the reopen below
        QVERIFY(SearchFixture::fill(db, {.sessions = 2, .perSession = 400}));
        // A leaf page of the questions table in the middle of the first session, and a question on it:
        // leaves in tree order hold consecutive rowids.
        QSqlQuery leaves(db);
        QVERIFY(sql::run(
            leaves,
            u"SELECT pageno, ncell FROM dbstat WHERE name = 'questions' AND pagetype = 'leaf' ORDER BY path"_s));
        qint64 firstRowid = 1;
        qint64 onPage = 0;
        while (leaves.next()) {
            const qint64 cells = leaves.value(1).toLongLong();
            if (firstRowid + cells > 200) { // rowid 200 is question 200 of session_00000
                pageNumber = leaves.value(0).toLongLong();
                onPage = firstRowid + cells / 2;
                break;
            }
            firstRowid += cells;
        }
        leaves.finish();
        QVERIFY(pageNumber > 1);
        questionId = scalar(db, u"SELECT question_id FROM questions WHERE rowid = ?"_s, {onPage}).toString();
        QVERIFY(questionId.startsWith(u"session_00000_"_s));
        pageSize = scalar(db, u"PRAGMA page_size"_s).toLongLong();
        QVERIFY(scalar(db, u"PRAGMA wal_checkpoint(TRUNCATE)"_s).isValid());
    }

    // An impossible page type: SQLite reports the page as malformed when it reads it.
    QFile file(m_db->filePath());
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.seek((pageNumber - 1) * pageSize));
    QCOMPARE(file.write(QByteArray(8, '\xff')), qint64(8));
    file.close();
    QVERIFY(m_db->reopen());

    InterviewService &service = m_db->service();
    const QString sessionId = u"session_00000"_s;
    Error error;
    if (read == u"questions"_s) {
        // It used to end early and return the rows before the page.
        const Result<QList<QuestionRecord>> questions = service.questions(sessionId);
        QVERIFY(!questions);
        error = questions.error();
    } else if (read == u"question"_s) {
        // It used to be QUESTION_NOT_FOUND.
        const Result<QuestionRecord> question = service.question(questionId);
        QVERIFY(!question);
        error = question.error();
    } else if (read == u"records"_s) {
        RecordFilter filter;
        filter.sessionId = sessionId;
        filter.pageSize = 100;
        filter.page = 2; // questions 101..200, read by rowid: the page holds some
        const Result<Page<QuestionRecord>> page = service.records(filter);
        QVERIFY(!page);
        error = page.error();
    } else {
        const Result<Summary> summary
            = read == u"brief"_s ? service.briefSummary(sessionId) : service.summary(sessionId);
        QVERIFY(!summary);
        error = summary.error();
    }
    QCOMPARE(error.code, ErrorCode::DatabaseError);
}

QTEST_GUILESS_MAIN(TestStorageMigration)
#include "tst_storagemigration.moc"
