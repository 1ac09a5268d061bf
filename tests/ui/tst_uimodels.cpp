// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"
#include "questionlistmodel.h"
#include "requestlogmodel.h"
#include "sessiontablemodel.h"
#include "tempdatabase.h"
#include "uitesthelpers.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace ir;
using namespace ir::ui;

// Every model of the window under QAbstractItemModelTester, through loading, paging,
// sorting, filtering and live changes from the service.
class TestUiModels final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::isolateSettings(); }
    void init()
    {
        m_db = std::make_unique<test::TempDatabase>(ServiceLimits {50, 1000});
        QVERIFY(m_db->isValid());
    }
    void cleanup() { m_db.reset(); }

    void sessionModelFetchesLazily();
    void sessionModelSortsAndFilters();
    void sessionModelFollowsTheService();
    void questionModelFollowsTheService();
    void requestLogModelKeepsTheNewest();
    void requestLogModelForgetsAnErasedPerson_data();
    void requestLogModelForgetsAnErasedPerson();

private:
    void createSessions(int count);
    std::unique_ptr<test::TempDatabase> m_db;
};

void TestUiModels::createSessions(int count)
{
    // One transaction: the test needs many rows, not many fsyncs.
    Transaction transaction(m_db->database());
    for (int i = 0; i < count; ++i) {
        SessionDraft draft;
        draft.userId = QStringLiteral("user_%1").arg(i % 37, 3, 10, QLatin1Char('0'));
        draft.sessionName = QStringLiteral("Session %1").arg(i);
        draft.sessionType = allValues<SessionType>().at(i % 4);
        draft.difficultyLevel = allValues<DifficultyLevel>().at(i % 3);
        m_db->clock().advance(1000);
        QVERIFY(m_db->service().createSession(draft, Source::Ui).ok());
    }
    QVERIFY(transaction.commit().ok());
}

void TestUiModels::sessionModelFetchesLazily()
{
    createSessions(450);
    SessionTableModel model(m_db->service());
    QCOMPARE(model.totalCount(), 450);
    QCOMPARE(model.rowCount(), SessionTableModel::PAGE_SIZE);
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 2 * SessionTableModel::PAGE_SIZE);
    // Newest first by default.
    QCOMPARE(model.index(0, SessionTableModel::Name).data().toString(), QStringLiteral("Session 449"));
    QCOMPARE(model.index(200, SessionTableModel::Name).data().toString(), QStringLiteral("Session 249"));
    // The tester fetches the rest itself (it calls fetchMore while checking).
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    while (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(model.rowCount(), 450);
    QCOMPARE(model.index(449, SessionTableModel::Name).data().toString(), QStringLiteral("Session 0"));
}

void TestUiModels::sessionModelSortsAndFilters()
{
    createSessions(120);
    SessionTableModel model(m_db->service());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.sort(SessionTableModel::Name, Qt::AscendingOrder);
    QCOMPARE(model.index(0, SessionTableModel::Name).data().toString(), QStringLiteral("Session 0"));
    model.sort(SessionTableModel::Created, Qt::AscendingOrder);
    QCOMPARE(model.index(0, SessionTableModel::Name).data().toString(), QStringLiteral("Session 0"));
    QCOMPARE(model.index(1, SessionTableModel::Name).data().toString(), QStringLiteral("Session 1"));

    SessionFilter filter;
    filter.searchText = QStringLiteral("user_005");
    model.setFilter(filter);
    QVERIFY(model.rowCount() > 0);
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.index(row, SessionTableModel::UserId).data().toString(), QStringLiteral("user_005"));
    filter = {};
    filter.difficultyLevel = DifficultyLevel::Hard;
    filter.sessionType = SessionType::KnowledgeBased;
    model.setFilter(filter);
    QCOMPARE(model.totalCount(), 10); // i % 12 == 8 … every 12th of 120
    filter = {};
    filter.status = SessionStatus::Completed;
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), 0);
}

void TestUiModels::sessionModelFollowsTheService()
{
    createSessions(3);
    SessionTableModel model(m_db->service());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 3);

    const Session added = m_db->createSession(QStringLiteral("live_user"));
    QTRY_COMPARE(model.rowCount(), 4);
    QCOMPARE(model.sessionIdAt(0), added.sessionId);

    m_db->addQuestion(added.sessionId, QStringLiteral("第一题"), 7.5);
    QTRY_COMPARE(model.index(0, SessionTableModel::Questions).data().toInt(), 1);
    QCOMPARE(model.index(0, SessionTableModel::Average).data().toString(), QStringLiteral("7.5"));

    QVERIFY(m_db->service().deleteSession(added.sessionId).ok());
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.rowOf(added.sessionId), -1);

    // A change that takes a row out of the filter removes it.
    SessionFilter filter;
    filter.status = SessionStatus::Pending;
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), 3);
    SessionPatch start;
    start.status = SessionStatus::InProgress;
    QVERIFY(m_db->service().updateSession(model.sessionIdAt(0), start, Source::Api).ok());
    QTRY_COMPARE(model.rowCount(), 2);
    QCOMPARE(model.totalCount(), 2);
}

void TestUiModels::questionModelFollowsTheService()
{
    const Session session = m_db->createSession();
    const Session other = m_db->createSession(QStringLiteral("someone_else"));
    m_db->addQuestion(session.sessionId, QStringLiteral("What is a GIL?"), 8);
    QuestionListModel model(m_db->service());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    model.setSessionId(session.sessionId);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, QuestionListModel::SourceColumn).data().toString(), QStringLiteral("AI · unreviewed"));
    QCOMPARE(model.index(0, QuestionListModel::Score).data().toString(), QStringLiteral("8.0"));

    const QuestionRecord second = m_db->addQuestion(session.sessionId, QStringLiteral("Explain decorators"), 6.5);
    m_db->addQuestion(other.sessionId, QStringLiteral("Not for this list"), 5);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(1, QuestionListModel::Number).data().toInt(), 2);

    QuestionPatch accept;
    accept.reviewed = true;
    QSignalSpy changed(&model, &QuestionListModel::recordChanged);
    QVERIFY(m_db->service().updateQuestion(second.questionId, accept, Source::Ui).ok());
    QCOMPARE(changed.size(), 1);
    QCOMPARE(model.index(1, QuestionListModel::SourceColumn).data().toString(), QStringLiteral("AI"));

    QVERIFY(m_db->service().deleteQuestion(second.questionId).ok());
    QCOMPARE(model.rowCount(), 1);
    model.setSessionId({});
    QCOMPARE(model.rowCount(), 0);
}

void TestUiModels::requestLogModelKeepsTheNewest()
{
    RequestLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    for (int i = 0; i < RequestLogModel::MAX_ENTRIES + 5; ++i)
        model.append({1757050339000 + i, QStringLiteral("POST"), QStringLiteral("/dify/interview/add-qa"), 200, 1.5});
    QCOMPARE(model.rowCount(), RequestLogModel::MAX_ENTRIES);
    QCOMPARE(model.index(0, RequestLogModel::Method).data().toString(), QStringLiteral("POST"));
    QCOMPARE(model.index(0, RequestLogModel::Status).data().toInt(), 200);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestUiModels::requestLogModelForgetsAnErasedPerson_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("forgotten");
    QTest::newRow("user segment") << QStringLiteral("/dify/interview/latest/ivy") << true;
    QTest::newRow("session segment") << QStringLiteral("/dify/interview/session_20260101_000000_0000abcd/summary")
                                     << true;
    QTest::newRow("percent-encoded id") << QStringLiteral("/candidates/%E5%BC%A0%E4%B8%89") << true;
    QTest::newRow("another user") << QStringLiteral("/dify/interview/latest/ivy2") << false;
    QTest::newRow("no id") << QStringLiteral("/dify/interview/add-qa") << false;
}

void TestUiModels::requestLogModelForgetsAnErasedPerson()
{
    QFETCH(QString, path);
    QFETCH(bool, forgotten);
    RequestLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.append({1757050339000, QStringLiteral("GET"), QStringLiteral("/health"), 200, 1.0});
    model.append({1757050339001, QStringLiteral("GET"), path, 200, 1.0});
    model.append({1757050339002, QStringLiteral("GET"), QStringLiteral("/health"), 200, 1.0});
    model.forget({QStringLiteral("ivy"), QStringLiteral("session_20260101_000000_0000abcd"), QStringLiteral("张三")});
    QCOMPARE(model.rowCount(), forgotten ? 2 : 3);
    QCOMPARE(model.index(1, RequestLogModel::Path).data().toString(), forgotten ? QStringLiteral("/health") : path);
}

QTEST_MAIN(TestUiModels)
#include "tst_uimodels.moc"
