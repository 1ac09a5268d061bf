// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"
#include "dialect.h"
#include "questionrepository.h"
#include "recordsearch.h"
#include "searchfixture.h"
#include "sessionrepository.h"
#include "sqlhelpers.h"
#include "tempdatabase.h"
#include "textsearch.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <set>

using namespace ir;
using namespace ir::test;
using namespace Qt::StringLiterals;

namespace {

// The question ids the text index finds for term (the set, ordered as the API orders them), or
// the repository's own answer when the term is not one for the index.
QStringList indexed(QSqlDatabase db, const QString &term, search::TextMatch::Kind *kind)
{
    const Result<search::TextMatch> match = search::plan(db, u"questions_fts"_s, term);
    if (!match)
        return {u"<error>"_s};
    *kind = match->kind;
    if (match->kind == search::TextMatch::Kind::None)
        return {};
    if (match->kind != search::TextMatch::Kind::Index) {
        RecordFilter filter;
        filter.text = term;
        filter.pageSize = 100;
        QStringList ids;
        for (filter.page = 1;; ++filter.page) {
            const Result<Page<QuestionRecord>> page = QuestionRepository(db).search(filter);
            if (!page || page->items.isEmpty())
                break;
            for (const QuestionRecord &record : page->items)
                ids << record.questionId;
        }
        return ids;
    }
    QSqlQuery query(db);
    // The index alone, as the search asks it (SQLite: a MATCH on questions_fts; PostgreSQL: a LIKE
    // on the trigram-indexed search_body).
    query.prepare(u"SELECT q.question_id FROM questions q WHERE "_s
                  + Dialect::of(db).textIndexCondition(u"q."_s, u"questions"_s)
                  + u" ORDER BY q.created_at DESC, q.rowid DESC"_s);
    query.addBindValue(match->expression);
    QStringList ids;
    if (!query.exec())
        return {u"<error: "_s + query.lastError().text() + u'>'};
    while (query.next())
        ids << query.value(0).toString();
    if (Dialect::of(db).isPostgres())
        return ids; // the index is the row's own column: it has no rows of its own to outlive
    // A row the index names but the table lacks would be a ghost of a deleted row.
    QSqlQuery ghosts(db);
    ghosts.prepare(u"SELECT count(*) FROM questions_fts WHERE questions_fts MATCH ?"_s);
    ghosts.addBindValue(match->expression);
    if (!ghosts.exec() || !ghosts.next() || ghosts.value(0).toLongLong() != ids.size())
        return {u"<ghost rows in the index>"_s};
    return ids;
}

QStringList ids(const Page<QuestionRecord> &page)
{
    QStringList result;
    for (const QuestionRecord &record : page.items)
        result << record.questionId;
    return result;
}

bool exec(QSqlDatabase db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery query(db);
    return sql::run(query, sql, values);
}

} // namespace

// The text index answers exactly as LIKE does, for every kind of term, before and after writes.
class TestTextSearch final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void indexEqualsScan_data();
    void indexEqualsScan();
    void lookupKinds_data();
    void lookupKinds();
    void pagesEqualScan_data();
    void pagesEqualScan();
    void staysInStepWithWrites();
    void sessionSearchEqualsScan_data();
    void sessionSearchEqualsScan();

private:
    void addTermRows();
    // Several thousand generated questions, shared by the tests that only read them (building
    // them for each data row would take minutes).
    std::unique_ptr<TempDatabase> m_shared;
    // The same with the newest rows at the lowest rowids (no window of the newest rows is narrow).
    std::unique_ptr<TempDatabase> m_outOfOrder;
    std::unique_ptr<TempDatabase> m_db; // fresh for each test that writes
};

void TestTextSearch::initTestCase()
{
    m_shared = std::make_unique<TempDatabase>();
    QVERIFY(m_shared->isValid());
    QVERIFY(SearchFixture::fill(m_shared->database().connection(), {.sessions = 240, .perSession = 50}));
    m_outOfOrder = std::make_unique<TempDatabase>();
    QVERIFY(m_outOfOrder->isValid());
    QVERIFY(SearchFixture::fill(m_outOfOrder->database().connection(),
                                {.sessions = 240, .perSession = 50, .firstIsNewest = true}));
}

void TestTextSearch::init()
{
    m_db = std::make_unique<TempDatabase>();
    QVERIFY(m_db->isValid());
}

void TestTextSearch::cleanup()
{
    m_db.reset();
}

void TestTextSearch::addTermRows()
{
    QTest::addColumn<QString>("term");
    for (const QString &term : SearchFixture::terms())
        QTest::addRow("%s", qPrintable(term.toHtmlEscaped())) << term;
}

void TestTextSearch::indexEqualsScan_data()
{
    addTermRows();
}

void TestTextSearch::indexEqualsScan()
{
    QFETCH(QString, term);
    QSqlDatabase db = m_shared->database().connection();
    search::TextMatch::Kind kind {};
    const QStringList expected = SearchFixture::likeScan(db, term);
    QCOMPARE(indexed(db, term, &kind), expected);
}

void TestTextSearch::lookupKinds_data()
{
    QTest::addColumn<QString>("term");
    QTest::addColumn<int>("kind");
    using Kind = search::TextMatch::Kind;
    QTest::addRow("empty") << QString() << int(Kind::Any);
    QTest::addRow("one character") << u"进"_s << int(Kind::Scan);
    QTest::addRow("one emoji (two UTF-16 units)") << u"😀"_s << int(Kind::Scan);
    QTest::addRow("two characters") << u"进程"_s << int(Kind::Index);
    QTest::addRow("two characters nowhere") << u"進程"_s << int(Kind::None);
    QTest::addRow("two characters, too many followers") << u"qz"_s << int(Kind::Scan);
    QTest::addRow("three characters") << u"线程池"_s << int(Kind::Index);
    QTest::addRow("separator inside") << u"ab\u0001c"_s << int(Kind::Scan);
    QTest::addRow("broken UTF-16") << QString(QChar(0xD800)) + u"ab"_s << int(Kind::Scan);
}

void TestTextSearch::lookupKinds()
{
    IR_SQLITE_ONLY("how FTS5 trigrams answer a term (PostgreSQL's trigram index answers every term)");
    QFETCH(QString, term);
    QFETCH(int, kind);
    const Result<search::TextMatch> match = search::plan(m_shared->database().connection(), u"questions_fts"_s, term);
    QVERIFY(match);
    QCOMPARE(int(match->kind), kind);
}

void TestTextSearch::pagesEqualScan_data()
{
    QTest::addColumn<RecordFilter>("filter");
    QTest::addColumn<bool>("outOfOrder");
    const qint64 start = 1757050339000;
    const QList<std::pair<const char *, RecordFilter>> filters {
        {"no filter", {}},
        {"dense term", {.text = u"the"_s}},
        {"two characters", {.text = u"进程"_s}},
        {"sparse term", {.text = u"say \"hi\""_s}},
        {"term only in older rows", {.text = u"旧题"_s}},
        {"one character", {.text = u"进"_s}},
        {"term nowhere", {.text = u"不存在的词"_s}},
        {"term and type", {.questionType = QuestionType::Logical, .text = u"the"_s}},
        {"term and since", {.since = start + 120 * 3'600'000LL, .text = u"进程"_s}},
        {"term and user", {.userId = u"user_03"_s, .text = u"the"_s}},
        {"session", {.sessionId = u"session_00042"_s}},
        {"user", {.userId = u"user_07"_s}},
        {"type and min score", {.questionType = QuestionType::Logical, .minScore = 9.9}},
        {"type and max score", {.questionType = QuestionType::Behavioral, .maxScore = 5}},
        {"category since min score",
         {.questionCategory = u"数据库"_s, .minScore = 9, .since = start + 100 * 3'600'000LL}},
        {"min score", {.minScore = 9.5}},
        {"max score", {.maxScore = 0.5}},
        {"until", {.until = start + 30 * 3'600'000LL}},
        {"since and until", {.since = start + 50 * 3'600'000LL, .until = start + 60 * 3'600'000LL}},
    };
    for (const auto &[name, base] : filters) {
        for (const auto &[size, pages] :
             QList<std::pair<int, QList<int>>> {{20, {1, 2, 7, 150, 400}}, {100, {1, 3, 80}}, {1, {1, 4321, 11900}}}) {
            for (int page : pages) {
                RecordFilter filter = base;
                filter.page = page;
                filter.pageSize = size;
                QTest::addRow("%s, page %d of %d", name, page, size) << filter << false;
                if (!filter.text.isEmpty())
                    QTest::addRow("%s, page %d of %d, out of order", name, page, size) << filter << true;
            }
        }
    }
}

void TestTextSearch::pagesEqualScan()
{
    QFETCH(RecordFilter, filter);
    QFETCH(bool, outOfOrder);
    TempDatabase &data = outOfOrder ? *m_outOfOrder : *m_shared;
    const QStringList all = SearchFixture::reference(data.database().connection(), filter);
    const Result<Page<QuestionRecord>> page = data.service().records(filter);
    QVERIFY(page);
    QCOMPARE(page->total, qint64(all.size()));
    QCOMPARE(ids(*page), all.mid(qsizetype(filter.page - 1) * filter.pageSize, filter.pageSize));
}

void TestTextSearch::staysInStepWithWrites()
{
    QSqlDatabase db = m_db->database().connection();
    QVERIFY(SearchFixture::fill(db, {.sessions = 40, .perSession = 50, .seed = 11}));
    const auto check = [&](const char *step) {
        for (const QString &term : SearchFixture::terms()) {
            search::TextMatch::Kind kind {};
            if (indexed(db, term, &kind) != SearchFixture::likeScan(db, term))
                return QStringLiteral("%1: term %2 differs").arg(QLatin1String(step), term);
        }
        return QString();
    };
    QCOMPARE(check("as filled"), QString());

    // Updates of every searched column, through the repository and through plain SQL; the index
    // writes wait for the outermost commit (migration step 5).
    QRandomGenerator random(5);
    QuestionRepository questions(db);
    const auto questionId = [](int i) {
        return u"session_%1_q%2"_s.arg(i % 40, 5, 10, QLatin1Char('0')).arg(i % 50 + 1, 3, 10, QLatin1Char('0'));
    };
    {
        Transaction transaction(m_db->database());
        for (int i = 1; i <= 300; i += 3) {
            Transaction write(m_db->database()); // a savepoint, as the writer gives each write
            const Result<std::optional<QuestionRecord>> found = questions.find(questionId(i));
            QVERIFY(found && found->has_value());
            QuestionRecord record = **found;
            record.questionText = SearchFixture::text(random, 1, 4);
            record.candidateAnswer = SearchFixture::text(random, 0, 8);
            QVERIFY(questions.update(record));
            QVERIFY(write.commit());
        }
        QVERIFY(
            exec(db, u"UPDATE questions SET interviewer_feedback = upper(interviewer_feedback) WHERE rowid % 5 = 0"_s));
        QVERIFY(exec(db, u"UPDATE questions SET question_text = question_text || ' the' WHERE rowid % 11 = 0"_s));
        // Changes to other columns leave the index alone (the trigger's WHEN).
        QVERIFY(exec(db, u"UPDATE questions SET overall_score = 1 WHERE rowid % 2 = 0"_s));
        QVERIFY(transaction.commit());
    }
    QCOMPARE(check("after updates"), QString());

    // Deletes of questions, then of sessions (their questions go by the foreign key's cascade);
    // a rolled-back savepoint takes its queued index writes with it.
    {
        Transaction transaction(m_db->database());
        for (int i = 2; i <= 400; i += 7)
            QVERIFY(questions.remove(questionId(i)));
        {
            Transaction undone(m_db->database());
            QVERIFY(exec(db, u"DELETE FROM questions WHERE rowid % 3 = 0"_s));
        }
        SessionRepository sessions(db);
        for (int s = 0; s < 40; s += 3)
            QVERIFY(*sessions.remove(u"session_%1"_s.arg(s, 5, 10, QLatin1Char('0'))));
        QVERIFY(exec(db, u"DELETE FROM sessions WHERE session_id = 'session_00013'"_s));
        QVERIFY(transaction.commit());
    }
    QCOMPARE(check("after session deletes"), QString());

    // New rows reuse freed rowids (the highest ones were deleted above), in one commit with deletes.
    QVERIFY(SearchFixture::fill(
        db, {.sessions = 3, .perSession = 10, .seed = 12, .startMs = 1800000000000, .firstSession = 100}));
    QCOMPARE(check("after more inserts"), QString());

    // A write outside any Transaction leaves its index write queued: searches scan, still exact,
    // until the next commit applies the queue.
    QVERIFY(exec(
        db, u"UPDATE questions SET question_text = '进程 the 新' WHERE rowid = (SELECT max(rowid) FROM questions)"_s));
    if (onPostgres()) {
        // No queue there: the row's index column changed with it.
        QCOMPARE(check("after a write outside a transaction"), QString());
        return;
    }
    search::TextMatch::Kind kind {};
    indexed(db, u"进程"_s, &kind);
    QCOMPARE(int(kind), int(search::TextMatch::Kind::Scan));
    QCOMPARE(check("with queued index writes"), QString());
    {
        Transaction transaction(m_db->database());
        QVERIFY(transaction.commit());
    }
    indexed(db, u"进程"_s, &kind);
    QCOMPARE(int(kind), int(search::TextMatch::Kind::Index));
    QCOMPARE(check("after the queue was applied"), QString());
    QVERIFY(exec(db, u"INSERT INTO questions_fts(questions_fts) VALUES ('integrity-check')"_s));
    QVERIFY(exec(db, u"INSERT INTO sessions_fts(sessions_fts) VALUES ('integrity-check')"_s));
}

void TestTextSearch::sessionSearchEqualsScan_data()
{
    addTermRows();
    QTest::addRow("user id") << u"user_0"_s;
    QTest::addRow("user id, capitals") << u"USER_03"_s;
    QTest::addRow("session id") << u"session_001"_s;
    QTest::addRow("session id end") << u"0042"_s;
}

void TestTextSearch::sessionSearchEqualsScan()
{
    QFETCH(QString, term);
    QSqlDatabase db = m_shared->database().connection();
    QSqlQuery scan(db);
    if (onPostgres()) {
        // A plain substring test, ASCII letters folded as SQLite's LIKE folds them.
        const QString fold = u"translate(%1, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')"_s;
        const QString folded = search::foldAscii(term);
        QVERIFY(sql::run(scan,
                         u"SELECT session_id FROM sessions WHERE strpos(%1, ?) > 0 OR strpos(%2, ?) > 0 OR "
                         "strpos(%3, ?) > 0 ORDER BY created_at DESC, rowid DESC"_s.arg(
                             fold.arg(u"user_id"_s), fold.arg(u"session_name"_s), fold.arg(u"session_id"_s)),
                         {folded, folded, folded}));
    } else {
        QVERIFY(sql::run(scan,
                         u"SELECT session_id FROM sessions NOT INDEXED WHERE user_id LIKE ? ESCAPE '\\' OR "
                         "session_name LIKE ? ESCAPE '\\' OR session_id LIKE ? ESCAPE '\\' ORDER BY created_at "
                         "DESC, rowid DESC"_s,
                         {sql::likePattern(term), sql::likePattern(term), sql::likePattern(term)}));
    }
    QStringList expected;
    while (scan.next())
        expected << scan.value(0).toString();
    SessionFilter filter;
    filter.searchText = term;
    filter.limit = 100000;
    const Result<Page<Session>> page = SessionRepository(db).list(filter);
    QVERIFY(page);
    QStringList found;
    for (const Session &session : page->items)
        found << session.sessionId;
    QCOMPARE(page->total, qint64(expected.size()));
    QCOMPARE(found, expected);
    QCOMPARE(*SessionRepository(db).count(filter), qint64(expected.size()));
}

QTEST_GUILESS_MAIN(TestTextSearch)
#include "tst_textsearch.moc"
