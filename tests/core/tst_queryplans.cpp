// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchfixture.h"
#include "sqlhelpers.h"
#include "tempdatabase.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QTest>

#include <functional>

using namespace ir;
using namespace ir::test;
using namespace Qt::StringLiterals;

namespace {

struct Ran
{
    QString sql;
    QVariantList values;
};

// The statements fn runs through the repositories, with their bound values.
QList<Ran> statementsOf(const std::function<void()> &fn)
{
    QList<Ran> ran;
    sql::setStatementObserver([&](const QString &sql, const QVariantList &values) { ran.append({sql, values}); });
    fn();
    sql::setStatementObserver({});
    return ran;
}

QStringList planOf(QSqlDatabase db, const Ran &statement)
{
    QSqlQuery query(db);
    if (!query.prepare(u"EXPLAIN QUERY PLAN "_s + statement.sql))
        return {u"<cannot explain>"_s};
    for (qsizetype i = 0; i < statement.values.size(); ++i)
        query.bindValue(int(i), statement.values.at(i));
    if (!query.exec())
        return {u"<cannot explain>"_s};
    QStringList lines;
    while (query.next())
        lines << query.value(3).toString();
    return lines;
}

// What a plan may not contain: a table read row by row without an index, or a text index or
// its term list read whole (a virtual table scan with no constraint, "INDEX 0:" and no MATCH).
// Everything else is an index: SEARCH, SCAN ... USING [COVERING] INDEX, a MATCH (":M") or a term
// range of the text index, json_each over a page's rowids, and the sorter and subquery lines.
bool isFullScan(const QString &line)
{
    static const QRegularExpression table(u"^SCAN (q|s|questions|sessions)$"_s);
    static const QRegularExpression wholeIndex(u"^SCAN \\w+ VIRTUAL TABLE INDEX 0:$"_s);
    return table.match(line).hasMatch() || wholeIndex.match(line).hasMatch();
}

QString report(QSqlDatabase db, const QList<Ran> &ran, bool *scans, QStringList *indexes)
{
    QString text;
    *scans = false;
    for (const Ran &statement : ran) {
        const QStringList plan = planOf(db, statement);
        text += u"\n  "_s + statement.sql;
        for (const QString &line : plan) {
            text += u"\n    "_s + line;
            *scans = *scans || isFullScan(line) || line.startsWith(u'<');
            static const QRegularExpression index(u"INDEX (\\w+)"_s);
            if (const QRegularExpressionMatch m = index.match(line); m.hasMatch())
                *indexes << m.captured(1);
        }
    }
    return text;
}

} // namespace

// Every documented filter and sort of GET /records and of the session list runs on an index:
// the plans of the statements the repositories really run, at the planner statistics of
// migration step 3 (the same on every database, whatever its size).
class TestQueryPlans final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void records_data();
    void records();
    void sessionList_data();
    void sessionList();
    void hotPaths_data();
    void hotPaths();

private:
    std::unique_ptr<TempDatabase> m_db;
};

void TestQueryPlans::initTestCase()
{
    m_db = std::make_unique<TempDatabase>();
    QVERIFY(m_db->isValid());
    // More matches than RecordSearch::SORT_LIMIT for the common terms, so every paging path runs.
    QVERIFY(SearchFixture::fill(m_db->database().connection(), {.sessions = 240, .perSession = 50}));
}

void TestQueryPlans::records_data()
{
    QTest::addColumn<RecordFilter>("filter");
    // Text the plans must hold (an index's name, ":M" for a MATCH on a text index); empty for any.
    QTest::addColumn<QString>("index");
    QTest::addColumn<bool>("scanAllowed"); // the documented fallback: a one-character term
    const qint64 since = 1757050339000 + 100 * 3'600'000LL;
    const QList<std::tuple<const char *, RecordFilter, const char *>> filters {
        {"no filter", {}, "questions_created_score"},
        {"session_id", {.sessionId = u"session_00042"_s}, "questions_session_position"},
        {"user_id", {.userId = u"user_07"_s}, "sessions_user_created"},
        {"question_type", {.questionType = QuestionType::Technical}, "questions_type_"},
        {"question_category", {.questionCategory = u"数据库"_s}, "questions_category_created"},
        {"min_score", {.minScore = 9.0}, ""},
        {"max_score", {.maxScore = 1.0}, ""},
        {"since", {.since = since}, "questions_created_score"},
        {"until", {.until = since}, "questions_created_score"},
        {"q, three characters", {.text = u"线程池"_s}, ":M"},
        {"q, common", {.text = u"the"_s}, ":M"},
        {"q, two characters", {.text = u"进程"_s}, "SCAN questions_fts_terms VIRTUAL TABLE INDEX 6:"},
        {"q, rare", {.text = u"say \"hi\""_s}, ":M"},
        {"question_type, min_score 9.9",
         {.questionType = QuestionType::Logical, .minScore = 9.9},
         "questions_type_score"},
        {"question_type, max_score 5", {.questionType = QuestionType::Behavioral, .maxScore = 5}, ""},
        {"question_category, since, min_score",
         {.questionCategory = u"数据库"_s, .minScore = 9, .since = since},
         "questions_category_created"},
        {"question_type, question_category",
         {.questionType = QuestionType::Logical, .questionCategory = u"数据库"_s},
         ""},
        {"user_id, question_type", {.userId = u"user_03"_s, .questionType = QuestionType::Logical}, ""},
        {"session_id, min_score", {.sessionId = u"session_00042"_s, .minScore = 5}, ""},
        {"min_score, max_score", {.minScore = 4, .maxScore = 6}, ""},
        {"since, until", {.since = since, .until = since + 50 * 3'600'000LL}, ""},
        {"q and question_type", {.questionType = QuestionType::Logical, .text = u"the"_s}, ":M"},
        {"q and since", {.since = since, .text = u"进程"_s}, ":M"},
        {"q and user_id", {.userId = u"user_03"_s, .text = u"线程池"_s}, ":M"},
        {"q and session_id", {.sessionId = u"session_00042"_s, .text = u"the"_s}, ":M"},
    };
    for (const auto &[name, filter, index] : filters) {
        for (int page : {1, 2, 500}) {
            RecordFilter paged = filter;
            paged.page = page;
            QTest::addRow("%s, page %d", name, page) << paged << QString::fromLatin1(index) << false;
        }
    }
    QTest::addRow("q, one character (a scan)") << RecordFilter {.text = u"进"_s} << QString() << true;
}

void TestQueryPlans::records()
{
    QFETCH(RecordFilter, filter);
    QFETCH(QString, index);
    QFETCH(bool, scanAllowed);
    QSqlDatabase db = m_db->database().connection();
    const QList<Ran> ran = statementsOf([&] { QVERIFY(m_db->service().records(filter)); });
    QVERIFY(!ran.isEmpty());
    bool scans = false;
    QStringList indexes;
    const QString plans = report(db, ran, &scans, &indexes);
    QVERIFY2(scans == scanAllowed, qPrintable(plans));
    if (!index.isEmpty())
        QVERIFY2(plans.contains(index), qPrintable(u"no %1 in:"_s.arg(index) + plans));
    // The questions table is joined to sessions only for a user filter.
    for (const Ran &statement : ran) {
        if (filter.userId.isEmpty())
            QVERIFY2(!statement.sql.contains(u"JOIN sessions"_s), qPrintable(statement.sql));
    }
}

void TestQueryPlans::sessionList_data()
{
    QTest::addColumn<SessionFilter>("filter");
    const QList<std::pair<const char *, SessionFilter>> filters {
        {"no filter", {}},
        {"user_id", {.userId = u"user_03"_s}},
        {"search, three characters", {.searchText = u"user_0"_s}},
        {"search, two characters", {.searchText = u"进程"_s}},
        {"search and user", {.userId = u"user_03"_s, .searchText = u"the"_s}},
        {"status", {.status = SessionStatus::InProgress}},
        {"session_type", {.sessionType = SessionType::KnowledgeBased}},
        {"difficulty_level", {.difficultyLevel = DifficultyLevel::Medium}},
        {"created from", {.createdFrom = 1757050339000 + 100 * 3'600'000LL}},
        {"created to", {.createdTo = 1757050339000 + 100 * 3'600'000LL}},
        {"status, type, difficulty",
         {.status = SessionStatus::Completed,
          .sessionType = SessionType::CompanyPosition,
          .difficultyLevel = DifficultyLevel::Hard}},
        {"user and status", {.userId = u"user_03"_s, .status = SessionStatus::InProgress}},
    };
    const QList<std::pair<const char *, SessionSortKey>> keys {
        {"created_at", SessionSortKey::CreatedAt},
        {"user_id", SessionSortKey::UserId},
        {"session_name", SessionSortKey::SessionName},
        {"session_type", SessionSortKey::SessionType},
        {"difficulty_level", SessionSortKey::DifficultyLevel},
        {"status", SessionSortKey::Status},
        {"question_count", SessionSortKey::QuestionCount},
        {"average_score", SessionSortKey::AverageScore},
    };
    for (const auto &[name, base] : filters) {
        for (const auto &[keyName, key] : keys) {
            for (bool descending : {true, false}) {
                SessionFilter filter = base;
                filter.sortKey = key;
                filter.descending = descending;
                filter.offset = 20;
                filter.limit = 10;
                QTest::addRow("%s, by %s %s", name, keyName, descending ? "desc" : "asc") << filter;
            }
        }
    }
}

void TestQueryPlans::sessionList()
{
    QFETCH(SessionFilter, filter);
    QSqlDatabase db = m_db->database().connection();
    const QList<Ran> ran = statementsOf([&] {
        QVERIFY(m_db->service().sessions(filter));
        QVERIFY(m_db->service().countSessions(filter));
    });
    bool scans = false;
    QStringList indexes;
    const QString plans = report(db, ran, &scans, &indexes);
    QVERIFY2(!scans, qPrintable(plans));
}

void TestQueryPlans::hotPaths_data()
{
    QTest::addColumn<QString>("path");
    for (const char *path : {"add question", "retry a question", "update question text", "delete question", "summary",
                             "brief summary", "latest session", "categories", "session", "questions"})
        QTest::addRow("%s", path) << QString::fromLatin1(path);
}

void TestQueryPlans::hotPaths()
{
    QFETCH(QString, path);
    InterviewService &service = m_db->service();
    const QString sessionId = m_db->createSession(u"user_plans"_s).sessionId;
    const QuestionRecord first = m_db->addQuestion(sessionId, u"第一题"_s);
    const QList<Ran> ran = statementsOf([&] {
        if (path == u"add question"_s) {
            QVERIFY(service.addQuestion(sessionId, sampleQuestion(u"第二题"_s), Source::Api));
        } else if (path == u"retry a question"_s) {
            QVERIFY(service.addQuestion(sessionId, sampleQuestion(u"第一题"_s), Source::Api));
        } else if (path == u"update question text"_s) {
            QuestionPatch patch;
            patch.questionText = u"改过的题"_s;
            QVERIFY(service.updateQuestion(first.questionId, patch, Source::Ui));
        } else if (path == u"delete question"_s) {
            QVERIFY(service.deleteQuestion(first.questionId));
        } else if (path == u"summary"_s) {
            QVERIFY(service.summary(sessionId));
        } else if (path == u"brief summary"_s) {
            QVERIFY(service.briefSummary(sessionId));
        } else if (path == u"latest session"_s) {
            QVERIFY(service.latestSession(u"user_plans"_s));
        } else if (path == u"categories"_s) {
            QVERIFY(service.categories());
        } else if (path == u"session"_s) {
            QVERIFY(service.session(sessionId));
        } else if (path == u"questions"_s) {
            QVERIFY(service.questions(sessionId));
        }
    });
    QVERIFY(!ran.isEmpty());
    bool scans = false;
    QStringList indexes;
    const QString plans = report(m_db->database().connection(), ran, &scans, &indexes);
    QVERIFY2(!scans, qPrintable(plans));
    if (path.contains(u"question"_s) && path != u"questions"_s && path != u"delete question"_s)
        QVERIFY2(indexes.contains(u"questions_session_text"_s), qPrintable(plans)); // the duplicate check
}

QTEST_GUILESS_MAIN(TestQueryPlans)
#include "tst_queryplans.moc"
