// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The question bank, kits, plans and scorecards through InterviewService (issue 12).
#include "interviewservice.h"
#include "tempdatabase.h"

#include <QSignalSpy>
#include <QTest>

using namespace ir;
using namespace ir::test;
using namespace Qt::StringLiterals;

namespace {

QString codeOf(const Error &error)
{
    return errorCodeName(error.code);
}

Competency competency(const QString &key, double weight)
{
    Competency c;
    c.key = key;
    c.name = QStringLiteral("能力 ") + key;
    c.weight = weight;
    c.rubric = {QStringLiteral("差"), QStringLiteral("一般"), QStringLiteral("良好"), QStringLiteral("优秀")};
    return c;
}

BankQuestion bankDraft(const QString &text, QuestionType type = QuestionType::Technical)
{
    BankQuestion b;
    b.questionText = text;
    b.questionType = type;
    b.expectedAnswer = QStringLiteral("要点：") + text;
    return b;
}

QString repeated(int n)
{
    return QString(n, u'字');
}

} // namespace

class TestKitService final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void bankRules_data();
    void bankRules();
    void kitRules_data();
    void kitRules();
    void bankSearchAndFilters_data();
    void bankSearchAndFilters();
    void bankImportSkipsKnownText();
    void saveRecordedQuestionToBank();
    void deletedBankQuestionLeavesKits();
    void sessionCopiesKit();
    void kitEditChangesNoExistingSession();
    void unknownKitCreatesNothing();
    void nextQuestionOrderAndMatching();
    void weightedRating_data();
    void weightedRating();
    void scorecardRules_data();
    void scorecardRules();
    void submitLocksScorecard();
    void interviewerOnSessions();

private:
    Kit makeKit(const QList<Competency> &competencies, const QStringList &questionIds = {});
    Session sessionFromKit(const QString &kitId);
    std::unique_ptr<TempDatabase> m_db;
    int m_users = 0;
    InterviewService &service() { return m_db->service(); }
};

// One database for the suite (a PostgreSQL database per case would take minutes): each case makes
// its own kits, bank questions and users.
void TestKitService::initTestCase()
{
    m_db = std::make_unique<TempDatabase>();
    QVERIFY(m_db->isValid());
}

void TestKitService::cleanupTestCase()
{
    m_db.reset();
}

Kit TestKitService::makeKit(const QList<Competency> &competencies, const QStringList &questionIds)
{
    Kit draft;
    draft.name = QStringLiteral("后端工程师 %1").arg(++m_users);
    draft.position = QStringLiteral("后端工程师");
    draft.sessionType = SessionType::CompanyPosition;
    draft.difficultyLevel = DifficultyLevel::Hard;
    draft.estimatedDuration = 45;
    draft.competencies = competencies;
    draft.bankQuestionIds = questionIds;
    const Result<Kit> kit = service().createKit(draft);
    if (!kit)
        qWarning() << kit.error().details;
    return kit ? *kit : Kit {};
}

Session TestKitService::sessionFromKit(const QString &kitId)
{
    SessionDraft draft;
    draft.userId = QStringLiteral("kit_user_%1").arg(++m_users);
    draft.kitId = kitId;
    draft.interviewer = QStringLiteral("王老师");
    const Result<Session> session = service().createSession(draft, Source::Api);
    return session ? *session : Session {};
}

void TestKitService::bankRules_data()
{
    QTest::addColumn<BankQuestion>("draft");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("field");

    const BankQuestion ok = bankDraft(QStringLiteral("规则：什么是栈？"));
    QTest::newRow("valid") << ok << QString() << QString();
    BankQuestion b = ok;
    b.questionText.clear();
    QTest::newRow("text missing") << b << u"VALIDATION_ERROR"_s << u"question_text"_s;
    b = ok;
    b.questionText = repeated(rules::QUESTION_TEXT.max + 1);
    QTest::newRow("text too long") << b << u"VALIDATION_ERROR"_s << u"question_text"_s;
    b = ok;
    b.questionText = repeated(rules::QUESTION_TEXT.max);
    QTest::newRow("text at the limit") << b << QString() << QString();
    b = ok;
    b.expectedAnswer = repeated(rules::EXPECTED_ANSWER.max + 1);
    QTest::newRow("expected answer too long") << b << u"VALIDATION_ERROR"_s << u"expected_answer"_s;
    b = ok;
    b.questionCategory = repeated(rules::QUESTION_CATEGORY.max + 1);
    QTest::newRow("category too long") << b << u"VALIDATION_ERROR"_s << u"question_category"_s;
    b = ok;
    for (int i = 0; i <= rules::MAX_TAGS; ++i)
        b.tags << QStringLiteral("t%1").arg(i);
    QTest::newRow("too many tags") << b << u"VALIDATION_ERROR"_s << u"tags"_s;
    b = ok;
    b.tags = {repeated(rules::TAG.max + 1)};
    QTest::newRow("tag too long") << b << u"VALIDATION_ERROR"_s << u"tags"_s;
    b = ok;
    b.tags = {QStringLiteral(" a "), QStringLiteral("a"), QString(), QStringLiteral("b")};
    QTest::newRow("tags normalized") << b << QString() << QString();
}

void TestKitService::bankRules()
{
    QFETCH(BankQuestion, draft);
    QFETCH(QString, code);
    QFETCH(QString, field);
    draft.questionText += draft.questionText.isEmpty() || code.isEmpty() ? QString() : QString();
    const qint64 before = service().bankQuestions({}).value().total;
    const Result<BankQuestion> created = service().createBankQuestion(draft);
    if (code.isEmpty()) {
        QVERIFY2(created, qPrintable(created ? QString() : created.error().details));
        QVERIFY(created->bankQuestionId.startsWith(QStringLiteral("bq_")));
        QCOMPARE(created->tags, rules::normalizedTags(draft.tags));
        QCOMPARE(service().bankQuestion(created->bankQuestionId)->questionText, draft.questionText);
        QCOMPARE(service().bankQuestions({}).value().total, before + 1);
        return;
    }
    QVERIFY(!created);
    QCOMPARE(codeOf(created.error()), code);
    QVERIFY2(created.error().details.startsWith(field), qPrintable(created.error().details));
    QCOMPARE(service().bankQuestions({}).value().total, before);
}

void TestKitService::kitRules_data()
{
    QTest::addColumn<QList<Competency>>("competencies");
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("duration");
    QTest::addColumn<QString>("problem"); // start of the details, empty when valid

    const QList<Competency> two {competency(QStringLiteral("coding"), 2), competency(QStringLiteral("design"), 1)};
    QTest::newRow("valid") << two << u"套件"_s << 60 << QString();
    QTest::newRow("no competencies") << QList<Competency> {} << u"套件"_s << 60 << QString();
    QTest::newRow("name missing") << two << u""_s << 60 << u"name"_s;
    QTest::newRow("name too long") << two << repeated(rules::KIT_NAME.max + 1) << 60 << u"name"_s;
    QTest::newRow("duration too short") << two << u"套件"_s << (rules::MIN_DURATION - 1) << u"estimated_duration"_s;
    QList<Competency> bad = two;
    bad[1].key = QStringLiteral("Design");
    QTest::newRow("key with a capital") << bad << u"套件"_s << 60 << u"competencies[1].key"_s;
    bad = two;
    bad[0].key = QString(rules::COMPETENCY_KEY.max + 1, u'a');
    QTest::newRow("key too long") << bad << u"套件"_s << 60 << u"competencies[0].key"_s;
    bad = two;
    bad[1].key = two[0].key;
    QTest::newRow("key repeated") << bad << u"套件"_s << 60 << u"competencies[1].key"_s;
    bad = two;
    bad[0].weight = rules::MAX_WEIGHT + 0.5;
    QTest::newRow("weight too high") << bad << u"套件"_s << 60 << u"competencies[0].weight"_s;
    bad = two;
    bad[0].weight = -1;
    QTest::newRow("weight negative") << bad << u"套件"_s << 60 << u"competencies[0].weight"_s;
    bad = two;
    bad[0].weight = 0;
    QTest::newRow("weight zero") << bad << u"套件"_s << 60 << QString();
    bad = two;
    bad[1].rubric[3] = repeated(rules::RUBRIC_TEXT.max + 1);
    QTest::newRow("rubric level too long") << bad << u"套件"_s << 60 << u"competencies[1].rubric.4"_s;
    bad = two;
    bad[0].name.clear();
    QTest::newRow("competency name missing") << bad << u"套件"_s << 60 << u"competencies[0].name"_s;
    bad.clear();
    for (int i = 0; i <= rules::MAX_COMPETENCIES; ++i)
        bad << competency(QStringLiteral("c%1").arg(i), 1);
    QTest::newRow("too many competencies") << bad << u"套件"_s << 60 << u"competencies"_s;
}

void TestKitService::kitRules()
{
    QFETCH(QList<Competency>, competencies);
    QFETCH(QString, name);
    QFETCH(int, duration);
    QFETCH(QString, problem);
    Kit draft;
    draft.name = name;
    draft.estimatedDuration = duration;
    draft.competencies = competencies;
    const qsizetype before = service().kits()->size();
    const Result<Kit> kit = service().createKit(draft);
    if (problem.isEmpty()) {
        QVERIFY2(kit, qPrintable(kit ? QString() : kit.error().details));
        QVERIFY(kit->kitId.startsWith(QStringLiteral("kit_")));
        const Result<Kit> read = service().kit(kit->kitId);
        QVERIFY(read);
        QCOMPARE(read->competencies.size(), competencies.size());
        for (int i = 0; i < competencies.size(); ++i) {
            QCOMPARE(read->competencies.at(i).key, competencies.at(i).key);
            QCOMPARE(read->competencies.at(i).weight, competencies.at(i).weight);
            QCOMPARE(read->competencies.at(i).rubric, competencies.at(i).rubric);
        }
        return;
    }
    QVERIFY(!kit);
    QCOMPARE(codeOf(kit.error()), QStringLiteral("VALIDATION_ERROR"));
    QVERIFY2(kit.error().details.startsWith(problem), qPrintable(kit.error().details));
    QCOMPARE(service().kits()->size(), before);
}

void TestKitService::bankSearchAndFilters_data()
{
    QTest::addColumn<BankFilter>("filter");
    QTest::addColumn<QStringList>("expected"); // texts, newest first

    // The bank holds (oldest first) the four questions bankSearchAndFilters adds.
    BankFilter f;
    f.text = QStringLiteral("进程");
    QTest::newRow("two Chinese characters") << f << QStringList {QStringLiteral("搜索：线程与进程的区别")};
    f.text = QStringLiteral("线程");
    QTest::newRow("two characters, two matches")
        << f << QStringList {QStringLiteral("搜索：线程池怎么调优"), QStringLiteral("搜索：线程与进程的区别")};
    f.text = QStringLiteral("HASHMAP");
    QTest::newRow("Latin, any case") << f << QStringList {QStringLiteral("搜索：HashMap 的扩容")};
    f.text = QStringLiteral("要点：搜索：HashMap");
    QTest::newRow("in the expected answer") << f << QStringList {QStringLiteral("搜索：HashMap 的扩容")};
    f = {};
    f.text = QStringLiteral("搜索：");
    f.questionType = QuestionType::Behavioral;
    QTest::newRow("type") << f << QStringList {QStringLiteral("搜索：一次冲突")};
    f = {};
    f.text = QStringLiteral("搜索：");
    f.tag = QStringLiteral("Java");
    QTest::newRow("tag, any case") << f << QStringList {QStringLiteral("搜索：HashMap 的扩容")};
    f.tag = QStringLiteral("jav");
    QTest::newRow("part of a tag is no tag") << f << QStringList {};
    f = {};
    f.text = QStringLiteral("搜索：");
    f.questionCategory = QStringLiteral("并发");
    QTest::newRow("category") << f
                              << QStringList {QStringLiteral("搜索：线程池怎么调优"),
                                              QStringLiteral("搜索：线程与进程的区别")};
    f.pageSize = 1;
    f.page = 2;
    QTest::newRow("second page") << f << QStringList {QStringLiteral("搜索：线程与进程的区别")};
}

void TestKitService::bankSearchAndFilters()
{
    QFETCH(BankFilter, filter);
    QFETCH(QStringList, expected);
    if (service().bankQuestions({QStringLiteral("搜索："), {}, {}, {}, 1, 20})->total == 0) {
        QList<BankQuestion> drafts {bankDraft(QStringLiteral("搜索：线程与进程的区别")),
                                    bankDraft(QStringLiteral("搜索：HashMap 的扩容")),
                                    bankDraft(QStringLiteral("搜索：一次冲突"), QuestionType::Behavioral),
                                    bankDraft(QStringLiteral("搜索：线程池怎么调优"))};
        drafts[0].questionCategory = drafts[3].questionCategory = QStringLiteral("并发");
        drafts[1].tags = {QStringLiteral("java"), QStringLiteral("集合")};
        for (const BankQuestion &draft : drafts) {
            m_db->clock().advance(1000);
            QVERIFY(service().createBankQuestion(draft));
        }
    }
    const Result<Page<BankQuestion>> page = service().bankQuestions(filter);
    QVERIFY2(page, qPrintable(page ? QString() : page.error().details));
    QStringList texts;
    for (const BankQuestion &b : page->items)
        texts << b.questionText;
    if (texts != expected)
        qWarning() << texts;
    QCOMPARE(texts, expected);
    if (filter.page == 1)
        QCOMPARE(page->total, qint64(expected.size()));
}

void TestKitService::bankImportSkipsKnownText()
{
    QVERIFY(service().createBankQuestion(bankDraft(QStringLiteral("导入：已有的题"))));
    QList<BankQuestion> drafts {bankDraft(QStringLiteral("  导入：已有的题 ")), bankDraft(QStringLiteral("导入：新题")),
                                bankDraft(QStringLiteral("导入：新题"))};
    const Result<int> added = service().importBankQuestions(drafts);
    QVERIFY(added);
    QCOMPARE(*added, 1);
    QCOMPARE(service().bankQuestions({QStringLiteral("导入："), {}, {}, {}, 1, 20})->total, 2);

    drafts = {bankDraft(QStringLiteral("导入：另一题")), bankDraft(QString())};
    const Result<int> refused = service().importBankQuestions(drafts);
    QVERIFY(!refused);
    QVERIFY2(refused.error().details.startsWith(QStringLiteral("questions[1].question_text")),
             qPrintable(refused.error().details));
    QCOMPARE(service().bankQuestions({QStringLiteral("导入：另一题"), {}, {}, {}, 1, 20})->total, 0);
}

void TestKitService::saveRecordedQuestionToBank()
{
    const Session session = m_db->createSession(QStringLiteral("save_user"));
    QuestionDraft draft = sampleQuestion(QStringLiteral("  保存：讲讲 TCP 三次握手 "));
    draft.questionCategory = QStringLiteral("网络");
    const Result<AddedQuestion> added = service().addQuestion(session.sessionId, draft, Source::Ui);
    QVERIFY(added);
    QSignalSpy changed(&service(), &InterviewService::bankChanged);
    const Result<BankQuestion> saved = service().saveQuestionToBank(added->record.questionId);
    QVERIFY(saved);
    QCOMPARE(saved->questionText, QStringLiteral("保存：讲讲 TCP 三次握手"));
    QCOMPARE(saved->questionCategory, QStringLiteral("网络"));
    QCOMPARE(saved->expectedAnswer, draft.interviewerFeedback);
    QCOMPARE(changed.count(), 1);
    // Saving it again finds the same bank question.
    const Result<BankQuestion> again = service().saveQuestionToBank(added->record.questionId);
    QVERIFY(again);
    QCOMPARE(again->bankQuestionId, saved->bankQuestionId);
    QCOMPARE(codeOf(service().saveQuestionToBank(QStringLiteral("nope_q001")).error()), u"QUESTION_NOT_FOUND"_s);
}

void TestKitService::deletedBankQuestionLeavesKits()
{
    const QString a = service().createBankQuestion(bankDraft(QStringLiteral("删除：甲")))->bankQuestionId;
    const QString b = service().createBankQuestion(bankDraft(QStringLiteral("删除：乙")))->bankQuestionId;
    const Kit kit = makeKit({}, {a, b});
    QVERIFY(!kit.kitId.isEmpty());
    const Session session = sessionFromKit(kit.kitId);
    QVERIFY(service().deleteBankQuestion(a));
    QCOMPARE(service().kit(kit.kitId)->bankQuestionIds, QStringList {b});
    QCOMPARE(service().plannedQuestions(session.sessionId)->size(), 2); // the session keeps its copy
    QCOMPARE(codeOf(service().deleteBankQuestion(a).error()), u"BANK_QUESTION_NOT_FOUND"_s);
    // A kit can't plan what the bank doesn't hold; nothing is created.
    Kit draft;
    draft.name = QStringLiteral("缺题套件");
    draft.bankQuestionIds = {b, a};
    const qsizetype before = service().kits()->size();
    QCOMPARE(codeOf(service().createKit(draft).error()), u"BANK_QUESTION_NOT_FOUND"_s);
    QCOMPARE(service().kits()->size(), before);
}

void TestKitService::sessionCopiesKit()
{
    const QString a = service().createBankQuestion(bankDraft(QStringLiteral("复制：第一题")))->bankQuestionId;
    const QString b = service()
                          .createBankQuestion(bankDraft(QStringLiteral("复制：第二题"), QuestionType::Logical))
                          ->bankQuestionId;
    const Kit kit = makeKit({competency(QStringLiteral("coding"), 2), competency(QStringLiteral("design"), 1)}, {b, a});
    const Session session = sessionFromKit(kit.kitId);
    QVERIFY(!session.sessionId.isEmpty());
    QCOMPARE(session.kitId, kit.kitId);
    QCOMPARE(session.interviewer, QStringLiteral("王老师"));
    QCOMPARE(session.sessionType, SessionType::CompanyPosition);
    QCOMPARE(session.difficultyLevel, DifficultyLevel::Hard);
    QCOMPARE(session.estimatedDuration, 45);
    const Result<QList<PlannedQuestion>> plan = service().plannedQuestions(session.sessionId);
    QVERIFY(plan);
    QCOMPARE(plan->size(), 2);
    QCOMPARE(plan->at(0).bankQuestionId, b);
    QCOMPARE(plan->at(0).position, 1);
    QCOMPARE(plan->at(0).questionType, QuestionType::Logical);
    QCOMPARE(plan->at(1).expectedAnswer, QStringLiteral("要点：复制：第一题"));
    const Result<Scorecard> card = service().scorecard(session.sessionId);
    QVERIFY(card);
    QCOMPARE(card->ratings.size(), 2);
    QCOMPARE(card->ratings.at(0).competency.key, QStringLiteral("coding"));
    QVERIFY(!card->ratings.at(0).rating);
    QCOMPARE(card->interviewer, QStringLiteral("王老师"));
    QVERIFY(!card->submitted());
    QVERIFY(!card->weightedRating());

    // Set values in the draft win over the kit's.
    SessionDraft draft;
    draft.userId = QStringLiteral("copy_user");
    draft.kitId = kit.kitId;
    draft.sessionType = SessionType::WrongQuestions;
    QCOMPARE(service().createSession(draft, Source::Ui)->sessionType, SessionType::WrongQuestions);
}

void TestKitService::kitEditChangesNoExistingSession()
{
    const QString a = service().createBankQuestion(bankDraft(QStringLiteral("编辑：原题")))->bankQuestionId;
    const Kit kit = makeKit({competency(QStringLiteral("coding"), 2)}, {a});
    const Session session = sessionFromKit(kit.kitId);
    KitPatch patch;
    Competency changed = competency(QStringLiteral("communication"), 5);
    patch.competencies = QList<Competency> {changed};
    patch.bankQuestionIds = QStringList {};
    QVERIFY(service().updateKit(kit.kitId, patch));
    BankQuestionPatch text;
    text.questionText = QStringLiteral("编辑：改过的题");
    QVERIFY(service().updateBankQuestion(a, text));

    const Result<Scorecard> card = service().scorecard(session.sessionId);
    QCOMPARE(card->ratings.size(), 1);
    QCOMPARE(card->ratings.at(0).competency.key, QStringLiteral("coding"));
    QCOMPARE(card->ratings.at(0).competency.weight, 2.0);
    const Result<QList<PlannedQuestion>> plan = service().plannedQuestions(session.sessionId);
    QCOMPARE(plan->size(), 1);
    QCOMPARE(plan->at(0).questionText, QStringLiteral("编辑：原题"));
    // A session made now gets the kit as it is now.
    QCOMPARE(service().scorecard(sessionFromKit(kit.kitId).sessionId)->ratings.at(0).competency.key,
             QStringLiteral("communication"));
}

void TestKitService::unknownKitCreatesNothing()
{
    SessionDraft draft;
    draft.userId = QStringLiteral("no_kit_user");
    draft.kitId = QStringLiteral("kit_000000000000");
    const Result<Session> created = service().createSession(draft, Source::Api);
    QVERIFY(!created);
    QCOMPARE(codeOf(created.error()), u"KIT_NOT_FOUND"_s);
    SessionFilter filter;
    filter.userId = draft.userId;
    QCOMPARE(service().countSessions(filter).value(), 0);
    QCOMPARE(codeOf(service().kit(draft.kitId).error()), u"KIT_NOT_FOUND"_s);
    QCOMPARE(codeOf(service().deleteKit(draft.kitId).error()), u"KIT_NOT_FOUND"_s);
    QCOMPARE(codeOf(service().nextQuestion(QStringLiteral("session_20260101_000000_00000000")).error()),
             u"SESSION_NOT_FOUND"_s);
}

void TestKitService::nextQuestionOrderAndMatching()
{
    QStringList ids;
    for (const char *text : {"下一题：一", "下一题：二", "下一题：三"})
        ids << service().createBankQuestion(bankDraft(QString::fromUtf8(text)))->bankQuestionId;
    const Session session = sessionFromKit(makeKit({}, ids).kitId);
    auto next = [&] { return service().nextQuestion(session.sessionId).value(); };
    QCOMPARE(next().remaining, 3);
    QCOMPARE(next().question->questionText, QStringLiteral("下一题：一"));
    // Asked out of order, and with other spacing: matched by the trimmed text.
    QVERIFY(service().addQuestion(session.sessionId, sampleQuestion(QStringLiteral("  下一题：二\n")), Source::Api));
    QCOMPARE(next().remaining, 2);
    QCOMPARE(next().question->position, 1);
    QVERIFY(service().addQuestion(session.sessionId, sampleQuestion(QStringLiteral("下一题：一")), Source::Api));
    QCOMPARE(next().question->questionText, QStringLiteral("下一题：三"));
    QCOMPARE(next().question->position, 3);
    QCOMPARE(next().remaining, 1);
    // A question off the plan changes nothing.
    QVERIFY(service().addQuestion(session.sessionId, sampleQuestion(QStringLiteral("下一题：三？")), Source::Api));
    QCOMPARE(next().remaining, 1);
    QVERIFY(service().addQuestion(session.sessionId, sampleQuestion(QStringLiteral("下一题：三")), Source::Api));
    QVERIFY(!next().question);
    QCOMPARE(next().remaining, 0);
    // Without a kit there is no plan.
    QVERIFY(!service().nextQuestion(m_db->createSession(QStringLiteral("plain_user")).sessionId)->question);
}

void TestKitService::weightedRating_data()
{
    QTest::addColumn<QList<double>>("weights");
    QTest::addColumn<QList<int>>("ratings"); // 0 = unrated
    QTest::addColumn<double>("expected"); // -1 = null

    QTest::newRow("nothing rated") << QList<double> {1, 1} << QList<int> {0, 0} << -1.0;
    QTest::newRow("one of two") << QList<double> {1, 1} << QList<int> {3, 0} << 3.0;
    QTest::newRow("equal weights") << QList<double> {1, 1} << QList<int> {3, 4} << 3.5;
    QTest::newRow("weights") << QList<double> {3, 1} << QList<int> {4, 2} << 3.5;
    // (4*2 + 3*2 + 1*3 + 1*1) / 8 = 2.25 → 2.3 (half up)
    QTest::newRow("half up") << QList<double> {2, 2, 3, 1} << QList<int> {4, 3, 1, 1} << 2.3;
    // (2*1 + 1*2) / 3 = 1.333… → 1.3
    QTest::newRow("down") << QList<double> {1, 2} << QList<int> {2, 1} << 1.3;
    // 0.5*4 + 1.5*1 = 3.5 over 2 = 1.75 → 1.8
    QTest::newRow("fractional weights") << QList<double> {0.5, 1.5} << QList<int> {4, 1} << 1.8;
    QTest::newRow("zero weight only") << QList<double> {0, 1} << QList<int> {4, 0} << -1.0;
    QTest::newRow("zero weight ignored") << QList<double> {0, 1} << QList<int> {4, 2} << 2.0;
}

void TestKitService::weightedRating()
{
    QFETCH(QList<double>, weights);
    QFETCH(QList<int>, ratings);
    QFETCH(double, expected);
    QList<Competency> competencies;
    for (int i = 0; i < weights.size(); ++i)
        competencies << competency(QStringLiteral("c%1").arg(i), weights.at(i));
    const Session session = sessionFromKit(makeKit(competencies).kitId);
    ScorecardPatch patch;
    for (int i = 0; i < ratings.size(); ++i) {
        if (ratings.at(i) > 0)
            patch.ratings << RatingPatch {QStringLiteral("c%1").arg(i), std::optional<int>(ratings.at(i)), {}};
    }
    patch.strengths = QStringLiteral("表达清晰");
    const Result<Scorecard> card = service().updateScorecard(session.sessionId, patch, Source::Ui);
    QVERIFY2(card, qPrintable(card ? QString() : card.error().details));
    const std::optional<double> rating = service().scorecard(session.sessionId)->weightedRating();
    if (expected < 0)
        QVERIFY(!rating);
    else
        QCOMPARE(rating.value_or(-1), expected);
}

void TestKitService::scorecardRules_data()
{
    QTest::addColumn<ScorecardPatch>("patch");
    QTest::addColumn<QString>("problem"); // start of the details, empty when valid

    ScorecardPatch p;
    p.ratings = {RatingPatch {QStringLiteral("coding"), std::optional<int>(4), QStringLiteral("很好")}};
    QTest::newRow("rate") << p << QString();
    p.ratings = {RatingPatch {QStringLiteral("coding"), std::optional<int>(std::nullopt), {}}};
    QTest::newRow("clear a rating") << p << QString();
    p.ratings = {RatingPatch {QStringLiteral("coding"), std::optional<int>(rules::MAX_RATING + 1), {}}};
    QTest::newRow("rating too high") << p << u"competency_ratings[0].rating"_s;
    p.ratings = {RatingPatch {QStringLiteral("coding"), std::optional<int>(0), {}}};
    QTest::newRow("rating zero") << p << u"competency_ratings[0].rating"_s;
    p.ratings = {RatingPatch {QStringLiteral("design"), {}, repeated(rules::RATING_NOTE.max + 1)}};
    QTest::newRow("note too long") << p << u"competency_ratings[0].note"_s;
    p.ratings = {RatingPatch {QStringLiteral("design"), {}, {}}, RatingPatch {QStringLiteral("design"), {}, {}}};
    QTest::newRow("key repeated") << p << u"competency_ratings[1].key"_s;
    p.ratings = {RatingPatch {QStringLiteral("coding"), {}, {}}, RatingPatch {QStringLiteral("cooking"), {}, {}}};
    QTest::newRow("unknown key") << p << u"competency_ratings[1].key"_s;
    p = {};
    p.strengths = repeated(rules::STRENGTHS.max + 1);
    QTest::newRow("strengths too long") << p << u"strengths"_s;
    p = {};
    p.concerns = repeated(rules::CONCERNS.max);
    QTest::newRow("concerns at the limit") << p << QString();
    p = {};
    QTest::newRow("nothing") << p << u"body"_s;
    p.submit = true;
    QTest::newRow("submit unrated") << p << u"submitted"_s;
}

void TestKitService::scorecardRules()
{
    QFETCH(ScorecardPatch, patch);
    QFETCH(QString, problem);
    const Session session = sessionFromKit(
        makeKit({competency(QStringLiteral("coding"), 1), competency(QStringLiteral("design"), 1)}).kitId);
    const Scorecard before = service().scorecard(session.sessionId).value();
    const Result<Scorecard> after = service().updateScorecard(session.sessionId, patch, Source::Api);
    if (problem.isEmpty()) {
        QVERIFY2(after, qPrintable(after ? QString() : after.error().details));
        return;
    }
    QVERIFY(!after);
    QCOMPARE(codeOf(after.error()), QStringLiteral("VALIDATION_ERROR"));
    QVERIFY2(after.error().details.startsWith(problem), qPrintable(after.error().details));
    const Scorecard unchanged = service().scorecard(session.sessionId).value();
    QCOMPARE(unchanged.updatedAt, before.updatedAt);
    QCOMPARE(unchanged.strengths, before.strengths);
    QVERIFY(!unchanged.ratings.at(0).rating);
}

void TestKitService::submitLocksScorecard()
{
    const Session session = sessionFromKit(makeKit({competency(QStringLiteral("coding"), 1)}).kitId);
    QSignalSpy changed(&service(), &InterviewService::scorecardChanged);
    ScorecardPatch rate;
    rate.ratings = {RatingPatch {QStringLiteral("coding"), std::optional<int>(3), QStringLiteral("扎实")}};
    rate.recommendation = Recommendation::Yes;
    rate.concerns = QStringLiteral("经验偏少");
    QVERIFY(service().updateScorecard(session.sessionId, rate, Source::Ui));
    m_db->clock().advance(5000);
    ScorecardPatch submit;
    submit.submit = true;
    const Result<Scorecard> submitted = service().updateScorecard(session.sessionId, submit, Source::Ui);
    QVERIFY(submitted);
    QCOMPARE(submitted->submittedAt.value_or(0), m_db->clock().nowMs());
    QCOMPARE(changed.count(), 2);
    QCOMPARE(service().session(session.sessionId)->recommendation, Recommendation::Yes);

    // Every later change is refused and changes nothing, through either door.
    const QList<ScorecardPatch> changes = [&] {
        ScorecardPatch a = rate;
        ScorecardPatch b;
        b.strengths = QStringLiteral("后来想到的");
        return QList<ScorecardPatch> {a, b, submit};
    }();
    for (const ScorecardPatch &change : changes)
        QCOMPARE(codeOf(service().updateScorecard(session.sessionId, change, Source::Api).error()),
                 u"SCORECARD_SUBMITTED"_s);
    SessionPatch recommendation;
    recommendation.recommendation = Recommendation::StrongNo;
    QCOMPARE(codeOf(service().updateSession(session.sessionId, recommendation, Source::Api).error()),
             u"SCORECARD_SUBMITTED"_s);
    SessionPatch interviewer;
    interviewer.interviewer = QStringLiteral("别人");
    QCOMPARE(codeOf(service().updateSession(session.sessionId, interviewer, Source::Api).error()),
             u"SCORECARD_SUBMITTED"_s);
    const Scorecard after = service().scorecard(session.sessionId).value();
    QCOMPARE(after.recommendation, Recommendation::Yes);
    QCOMPARE(after.ratings.at(0).rating.value_or(0), 3);
    QCOMPARE(after.strengths, QString());
    QCOMPARE(after.concerns, QStringLiteral("经验偏少"));
    QCOMPARE(after.submittedAt, submitted->submittedAt);
    QCOMPARE(changed.count(), 2);
    // The session's other fields stay editable (notes: the interviewer's own).
    SessionPatch notes;
    notes.notes = QStringLiteral("补充");
    QVERIFY(service().updateSession(session.sessionId, notes, Source::Ui));
}

void TestKitService::interviewerOnSessions()
{
    SessionDraft draft;
    draft.userId = QStringLiteral("interviewer_user");
    draft.interviewer = repeated(rules::INTERVIEWER.max + 1);
    QVERIFY2(service().createSession(draft, Source::Api).error().details.startsWith(QStringLiteral("interviewer")),
             "too long");
    draft.interviewer = QStringLiteral("李面试官");
    const Result<Session> created = service().createSession(draft, Source::Api);
    QVERIFY(created);
    QCOMPARE(service().session(created->sessionId)->interviewer, QStringLiteral("李面试官"));
    SessionPatch patch;
    patch.interviewer = QStringLiteral("张面试官");
    QVERIFY(service().updateSession(created->sessionId, patch, Source::Ui));
    QCOMPARE(service().session(created->sessionId)->interviewer, QStringLiteral("张面试官"));
    QCOMPARE(service().scorecard(created->sessionId)->interviewer, QStringLiteral("张面试官"));
    // A session without a kit still has a scorecard: no competencies, the rest as for any other.
    ScorecardPatch verdict;
    verdict.strengths = QStringLiteral("沟通好");
    verdict.submit = true;
    QVERIFY(service().updateScorecard(created->sessionId, verdict, Source::Ui));
    QVERIFY(service().scorecard(created->sessionId)->submitted());
}

QTEST_GUILESS_MAIN(TestKitService)
#include "tst_kitservice.moc"
