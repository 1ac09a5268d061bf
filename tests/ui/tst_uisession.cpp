// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "enumtext.h"
#include "fakeservercontrol.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "questioneditor.h"
#include "questionlistmodel.h"
#include "questionpanel.h"
#include "serviceclient.h"
#include "sessionbrowser.h"
#include "sessionview.h"
#include "summarypanel.h"
#include "tempdatabase.h"
#include "uitesthelpers.h"
#include "windowfixture.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace ir;
using namespace ir::ui;
using test::child;

// The open session in the real main window (issue 10): metadata, Start, Complete and reviewing
// after it, what a finished session looks like, the duration and the chart.
class TestUiSession final : public QObject, private test::WindowFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::isolateSettings(); }
    void init();
    void cleanup();

    void metadataEditIsAppliedAtOnce();
    void metadataErrorStaysWithItsText();
    void leavingAsksAboutUnappliedMetadata_data();
    void leavingAsksAboutUnappliedMetadata();
    void startPutsTheCursorInTheQuestion();
    void completeWarnsAboutOpenQuestions_data();
    void completeWarnsAboutOpenQuestions();
    void acceptAllAndComplete();
    void reviewingStaysPossibleAfterTheEnd();
    void discardingAtCompleteKeepsListAndEditorTogether();
    void finishedSessionFieldsLookReadOnly();
    void durationReadsTheSameInHeaderAndSummary();
    void chartShowsOneDecimalAndTheAverage();

private:
    Session openNewSession();
    void setStatus(const Session &session, SessionStatus status);
    QWidget *w() const { return m_window.get(); }
    SessionView *view() const { return m_window->sessionView(); }
    QuestionPanel *panel() const { return view()->questionPanel(); }
    QTableView *table() const { return child<QTableView>(w(), QStringLiteral("questionTableView")); }
};

void TestUiSession::init()
{
    QVERIFY(openWindow());
}

void TestUiSession::cleanup()
{
    closeWindow();
}

Session TestUiSession::openNewSession()
{
    const Session created = m_db->createSession();
    if (!test::openInBrowser(m_window->sessionBrowser(), created.sessionId) || view()->sessionId() != created.sessionId)
        qFatal("session not opened");
    return created;
}

void TestUiSession::setStatus(const Session &session, SessionStatus status)
{
    SessionPatch patch;
    patch.status = status;
    QVERIFY(m_db->service().updateSession(session.sessionId, patch, Source::Ui));
    QTRY_COMPARE(view()->session().status, status);
}

void TestUiSession::metadataEditIsAppliedAtOnce()
{
    const Session session = openNewSession();
    child<QTabWidget>(w(), QStringLiteral("tabWidget"))
        ->setCurrentWidget(child<QWidget>(w(), QStringLiteral("notesTab")));
    auto *metadata = child<QPlainTextEdit>(w(), QStringLiteral("metadataTextEdit"));
    auto *apply = child<QPushButton>(w(), QStringLiteral("applyMetadataButton"));
    metadata->setFocus();
    QTest::keyClicks(metadata, QStringLiteral("{\"round\": 2}"));
    // On the way to Apply the focus leaves the field, and the session changes meanwhile (the
    // workflow posts a question, as it does all through an interview).
    apply->setFocus();
    m_db->addQuestion(session.sessionId, QStringLiteral("From the workflow"), 6);
    QTRY_COMPARE(view()->session().totalQuestions, 1);
    QCOMPARE(metadata->toPlainText(), QStringLiteral("{\"round\": 2}"));
    QTest::mouseClick(apply, Qt::LeftButton);
    QTRY_COMPARE(m_db->service().session(session.sessionId)->metadata.value(QStringLiteral("round")).toInt(), 2);
    QVERIFY(child<QLabel>(w(), QStringLiteral("metadataErrorLabel"))->text().isEmpty());
    // Once applied, the field shows the stored object again (and follows later changes).
    QTRY_VERIFY(metadata->toPlainText().contains(QStringLiteral("\"round\": 2")));
}

void TestUiSession::metadataErrorStaysWithItsText()
{
    const Session session = openNewSession();
    child<QTabWidget>(w(), QStringLiteral("tabWidget"))
        ->setCurrentWidget(child<QWidget>(w(), QStringLiteral("notesTab")));
    auto *metadata = child<QPlainTextEdit>(w(), QStringLiteral("metadataTextEdit"));
    auto *error = child<QLabel>(w(), QStringLiteral("metadataErrorLabel"));
    metadata->setFocus();
    QTest::keyClicks(metadata, QStringLiteral("{\"round\": "));
    QTest::mouseClick(child<QPushButton>(w(), QStringLiteral("applyMetadataButton")), Qt::LeftButton);
    QVERIFY(!error->text().isEmpty());
    m_db->addQuestion(session.sessionId, QStringLiteral("From the workflow"), 6);
    QTRY_COMPARE(view()->session().totalQuestions, 1);
    // The text the error is about is still there to fix.
    QCOMPARE(metadata->toPlainText(), QStringLiteral("{\"round\": "));
    QVERIFY(!error->text().isEmpty());
    // Fixing it clears the message about the old text.
    metadata->setFocus();
    QTest::keyClicks(metadata, QStringLiteral("3}"));
    QVERIFY(error->text().isEmpty());
    QTest::mouseClick(child<QPushButton>(w(), QStringLiteral("applyMetadataButton")), Qt::LeftButton);
    QTRY_COMPARE(m_db->service().session(session.sessionId)->metadata.value(QStringLiteral("round")).toInt(), 3);
}

void TestUiSession::leavingAsksAboutUnappliedMetadata_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<int>("answer");
    QTest::addColumn<bool>("leaves");
    QTest::addColumn<int>("storedRound"); // 0: nothing stored
    QTest::addRow("cancel stays") << QStringLiteral("{\"round\": 2}") << int(QMessageBox::Cancel) << false << 0;
    QTest::addRow("apply stores and leaves")
        << QStringLiteral("{\"round\": 2}") << int(QMessageBox::Apply) << true << 2;
    QTest::addRow("discard leaves") << QStringLiteral("{\"round\": 2}") << int(QMessageBox::Discard) << true << 0;
    QTest::addRow("apply of broken JSON stays")
        << QStringLiteral("{\"round\": ") << int(QMessageBox::Apply) << false << 0;
}

void TestUiSession::leavingAsksAboutUnappliedMetadata()
{
    QFETCH(QString, typed);
    QFETCH(int, answer);
    QFETCH(bool, leaves);
    QFETCH(int, storedRound);
    const Session other = m_db->createSession(QStringLiteral("cand_other"));
    const Session session = openNewSession();
    child<QTabWidget>(w(), QStringLiteral("tabWidget"))
        ->setCurrentWidget(child<QWidget>(w(), QStringLiteral("notesTab")));
    auto *metadata = child<QPlainTextEdit>(w(), QStringLiteral("metadataTextEdit"));
    metadata->setFocus();
    QTest::keyClicks(metadata, typed);
    MessageBox::setNextAnswer(QMessageBox::StandardButton(answer));
    QVERIFY(test::openInBrowser(m_window->sessionBrowser(), other.sessionId));
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("not applied")), qPrintable(MessageBox::lastText()));
    QCOMPARE(view()->sessionId(), leaves ? other.sessionId : session.sessionId);
    if (!leaves)
        QCOMPARE(metadata->toPlainText(), typed);
    QVERIFY(test::settleWrites(*m_db));
    QCOMPARE(m_db->service().session(session.sessionId)->metadata.value(QStringLiteral("round")).toInt(), storedRound);
}

void TestUiSession::startPutsTheCursorInTheQuestion()
{
    const Session session = openNewSession();
    child<QTabWidget>(w(), QStringLiteral("tabWidget"))
        ->setCurrentWidget(child<QWidget>(w(), QStringLiteral("notesTab")));
    QTest::mouseClick(child<QPushButton>(w(), QStringLiteral("startButton")), Qt::LeftButton);
    QTRY_COMPARE(view()->session().status, SessionStatus::InProgress);
    auto *question = child<QPlainTextEdit>(w(), QStringLiteral("questionTextEdit"));
    QTRY_COMPARE(QApplication::focusWidget(), question);
    QVERIFY(question->isVisible());
    QVERIFY(panel()->editor()->isNew());
    // Typing goes straight into the first question.
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Tell me about yourself"));
    QCOMPARE(question->toPlainText(), QStringLiteral("Tell me about yourself"));
}

void TestUiSession::completeWarnsAboutOpenQuestions_data()
{
    QTest::addColumn<int>("unreviewed");
    QTest::addColumn<int>("unscored");
    QTest::addColumn<QStringList>("said");
    // Patterns: the tests run untranslated, where "question(s)" is not yet "question"/"questions".
    QTest::addRow("an AI question not reviewed")
        << 1 << 0 << QStringList {QStringLiteral("1 question\\S* posted by the AI workflow not reviewed yet")};
    QTest::addRow("two unscored") << 0 << 2 << QStringList {QStringLiteral("2 question\\S* without a score")};
    QTest::addRow("both") << 2 << 1
                          << QStringList {QStringLiteral("2 question\\S* posted by the AI workflow not reviewed yet"),
                                          QStringLiteral("1 question\\S* without a score")};
    QTest::addRow("nothing open") << 0 << 0 << QStringList {QStringLiteral("^Complete this interview\\?")};
}

void TestUiSession::completeWarnsAboutOpenQuestions()
{
    QFETCH(int, unreviewed);
    QFETCH(int, unscored);
    QFETCH(QStringList, said);
    const Session session = openNewSession();
    for (int i = 0; i < unreviewed; ++i)
        m_db->addQuestion(session.sessionId, QStringLiteral("AI %1").arg(i), 7, Source::Api);
    for (int i = 0; i < unscored; ++i) {
        QuestionDraft draft = test::sampleQuestion(QStringLiteral("Unscored %1").arg(i));
        draft.overallScore.reset();
        QVERIFY(m_db->service().addQuestion(session.sessionId, draft, Source::Ui));
    }
    m_db->addQuestion(session.sessionId, QStringLiteral("Done"), 8, Source::Ui);
    setStatus(session, SessionStatus::InProgress);
    QTRY_COMPARE(table()->model()->rowCount(), unreviewed + unscored + 1);

    // Cancel (the default for a warning) changes nothing.
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QTest::mouseClick(child<QPushButton>(w(), QStringLiteral("completeButton")), Qt::LeftButton);
    for (const QString &pattern : said)
        QVERIFY2(MessageBox::lastText().contains(QRegularExpression(pattern)), qPrintable(MessageBox::lastText()));
    if (unreviewed == 0 && unscored == 0)
        QVERIFY(!MessageBox::lastText().contains(QStringLiteral("Not everything")));
    QVERIFY(test::settleWrites(*m_db));
    QCOMPARE(m_db->service().session(session.sessionId)->status, SessionStatus::InProgress);

    // Completing anyway completes and leaves the questions as they are.
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(child<QPushButton>(w(), QStringLiteral("completeButton")), Qt::LeftButton);
    QTRY_COMPARE(m_db->service().session(session.sessionId)->status, SessionStatus::Completed);
    int stillUnreviewed = 0;
    const Result<QList<QuestionRecord>> stored = m_db->service().questions(session.sessionId);
    for (const QuestionRecord &q : *stored)
        stillUnreviewed += q.reviewed ? 0 : 1;
    QCOMPARE(stillUnreviewed, unreviewed);
}

void TestUiSession::acceptAllAndComplete()
{
    const Session session = openNewSession();
    const QuestionRecord first = m_db->addQuestion(session.sessionId, QStringLiteral("AI one"), 7, Source::Api);
    const QuestionRecord second = m_db->addQuestion(session.sessionId, QStringLiteral("AI two"), 5, Source::Api);
    setStatus(session, SessionStatus::InProgress);
    QTRY_COMPARE(table()->model()->rowCount(), 2);
    MessageBox::setNextAnswer(QMessageBox::YesToAll); // "Accept all and complete"
    QTest::mouseClick(child<QPushButton>(w(), QStringLiteral("completeButton")), Qt::LeftButton);
    QTRY_COMPARE(m_db->service().session(session.sessionId)->status, SessionStatus::Completed);
    QVERIFY(m_db->service().question(first.questionId)->reviewed);
    QVERIFY(m_db->service().question(second.questionId)->reviewed);
    QTRY_COMPARE(table()->model()->index(0, QuestionListModel::SourceColumn).data().toString(), QStringLiteral("AI"));
    QCOMPARE(table()->model()->index(1, QuestionListModel::SourceColumn).data().toString(), QStringLiteral("AI"));
    QVERIFY(!child<QPushButton>(w(), QStringLiteral("acceptAllButton"))->isVisible());
}

void TestUiSession::reviewingStaysPossibleAfterTheEnd()
{
    const Session session = openNewSession();
    const QuestionRecord first = m_db->addQuestion(session.sessionId, QStringLiteral("AI one"), 7, Source::Api);
    const QuestionRecord second = m_db->addQuestion(session.sessionId, QStringLiteral("AI two"), 5, Source::Api);
    const QuestionRecord third = m_db->addQuestion(session.sessionId, QStringLiteral("AI three"), 6, Source::Api);
    setStatus(session, SessionStatus::InProgress);
    setStatus(session, SessionStatus::Completed);
    QTRY_COMPARE(table()->model()->rowCount(), 3);

    // One by one with Accept in the editor.
    table()->setCurrentIndex(table()->model()->index(0, 0));
    auto *accept = child<QPushButton>(w(), QStringLiteral("acceptQuestionButton"));
    QVERIFY(accept->isVisible());
    QVERIFY(accept->isEnabled());
    QTest::mouseClick(accept, Qt::LeftButton);
    QTRY_VERIFY(m_db->service().question(first.questionId)->reviewed);
    QTRY_COMPARE(table()->model()->index(0, QuestionListModel::SourceColumn).data().toString(), QStringLiteral("AI"));
    QTRY_VERIFY(!accept->isVisible());

    // The rest at once.
    auto *acceptAll = child<QPushButton>(w(), QStringLiteral("acceptAllButton"));
    QVERIFY(acceptAll->isVisible());
    QVERIFY(acceptAll->isEnabled());
    QTest::mouseClick(acceptAll, Qt::LeftButton);
    QTRY_VERIFY(m_db->service().question(second.questionId)->reviewed);
    QVERIFY(m_db->service().question(third.questionId)->reviewed);
    QTRY_VERIFY(!acceptAll->isVisible());
    QCOMPARE(table()->model()->index(2, QuestionListModel::SourceColumn).data().toString(), QStringLiteral("AI"));
    // The content stayed frozen.
    QCOMPARE(m_db->service().question(second.questionId)->overallScore, std::optional<double>(5.0));
}

void TestUiSession::discardingAtCompleteKeepsListAndEditorTogether()
{
    const Session session = openNewSession();
    const QuestionRecord q = m_db->addQuestion(session.sessionId, QStringLiteral("Mine"), 7, Source::Ui);
    setStatus(session, SessionStatus::InProgress);
    QTRY_COMPARE(table()->model()->rowCount(), 1);
    table()->setCurrentIndex(table()->model()->index(0, 0));
    QTest::keyClicks(child<QPlainTextEdit>(w(), QStringLiteral("feedbackTextEdit")), QStringLiteral(" (draft)"));
    QVERIFY(panel()->editor()->isDirty());

    // Complete: yes; the unsaved edit: discard.
    MessageBox::setNextAnswers({QMessageBox::Yes, QMessageBox::Discard});
    QTest::mouseClick(child<QPushButton>(w(), QStringLiteral("completeButton")), Qt::LeftButton);
    QTRY_COMPARE(m_db->service().session(session.sessionId)->status, SessionStatus::Completed);
    QTRY_COMPARE(view()->session().status, SessionStatus::Completed);
    // The row is still selected and the editor still shows it, as stored.
    const QModelIndexList selected = table()->selectionModel()->selectedRows();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.first().data(QuestionListModel::QuestionIdRole).toString(), q.questionId);
    QVERIFY(panel()->editor()->hasForm());
    QCOMPARE(panel()->editor()->questionId(), q.questionId);
    QVERIFY(!child<QPlainTextEdit>(w(), QStringLiteral("feedbackTextEdit"))
                 ->toPlainText()
                 .contains(QStringLiteral("draft")));
}

void TestUiSession::finishedSessionFieldsLookReadOnly()
{
    const Session session = openNewSession();
    auto *name = child<QLineEdit>(w(), QStringLiteral("sessionNameLineEdit"));
    auto *duration = child<QSpinBox>(w(), QStringLiteral("durationSpinBox"));
    auto *metadata = child<QPlainTextEdit>(w(), QStringLiteral("metadataTextEdit"));
    QVERIFY(!name->isReadOnly());
    QVERIFY(name->hasFrame());
    QVERIFY(!duration->isReadOnly());
    setStatus(session, SessionStatus::Cancelled);

    QVERIFY(name->isReadOnly());
    QVERIFY(!name->hasFrame());
    QVERIFY(duration->isReadOnly());
    QVERIFY(duration->isEnabled()); // read-only, not greyed out: the value stays legible
    QVERIFY(!duration->hasFrame());
    QCOMPARE(duration->buttonSymbols(), QAbstractSpinBox::NoButtons);
    QVERIFY(metadata->isReadOnly());
    QCOMPARE(metadata->frameShape(), QFrame::NoFrame);
    QVERIFY(!child<QPushButton>(w(), QStringLiteral("applyMetadataButton"))->isVisibleTo(w()));
    QVERIFY(!child<QComboBox>(w(), QStringLiteral("sessionTypeComboBox"))->isEnabled());
    // The verdict stays editable, and looks it.
    QVERIFY(child<QComboBox>(w(), QStringLiteral("recommendationComboBox"))->isEnabled());
    QVERIFY(!child<QPlainTextEdit>(w(), QStringLiteral("notesTextEdit"))->isReadOnly());
    // Another, open session: editable again.
    openNewSession();
    QVERIFY(!name->isReadOnly());
    QVERIFY(name->hasFrame());
    QVERIFY(!duration->isReadOnly());
    QVERIFY(!metadata->isReadOnly());
}

void TestUiSession::durationReadsTheSameInHeaderAndSummary()
{
    const Session session = openNewSession();
    SummaryPanel *summary = view()->summaryPanel();
    auto *summaryDuration = child<QLabel>(summary, QStringLiteral("durationLabel"));
    auto *header = child<QLabel>(w(), QStringLiteral("elapsedLabel"));
    QTest::mouseClick(child<QPushButton>(w(), QStringLiteral("startButton")), Qt::LeftButton);
    QTRY_COMPARE(view()->session().status, SessionStatus::InProgress);
    // Both tick with the same clock while the interview runs.
    m_db->clock().advance(5 * 60 * 1000 + 30 * 1000);
    QTRY_VERIFY(header->text().contains(QStringLiteral("0:05:30")));
    QTRY_COMPARE(summaryDuration->text(), QStringLiteral("0:05:30"));

    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(child<QPushButton>(w(), QStringLiteral("completeButton")), Qt::LeftButton);
    QTRY_COMPARE(view()->session().status, SessionStatus::Completed);
    m_db->clock().advance(60 * 1000); // after the end, neither moves
    summary->refresh();
    QTRY_VERIFY(header->text().contains(QStringLiteral("0:05:30")));
    QCOMPARE(summaryDuration->text(), QStringLiteral("0:05:30"));
}

void TestUiSession::chartShowsOneDecimalAndTheAverage()
{
    const Session session = openNewSession();
    m_db->addQuestion(session.sessionId, QStringLiteral("Q one"), 7, Source::Ui);
    m_db->addQuestion(session.sessionId, QStringLiteral("Q two"), 8.5, Source::Ui);
    QuestionDraft unscored = test::sampleQuestion(QStringLiteral("Q three"));
    unscored.overallScore.reset();
    QVERIFY(m_db->service().addQuestion(session.sessionId, unscored, Source::Ui));
    SummaryPanel *summary = view()->summaryPanel();
    summary->refresh();
    QCOMPARE(summary->summary().totalQuestions, 3);
    // As the table shows a score ("7.0"), and the average as the PDF report says it.
    QCOMPARE(summary->chartLabels(),
             (QStringList {QStringLiteral("7.0"), QStringLiteral("8.5"), QStringLiteral("–"),
                           QStringLiteral("Average 7.8")}));
    QCOMPARE(table()->model()->index(0, QuestionListModel::Score).data().toString(), QStringLiteral("7.0"));
    // The average is a line across the plot.
    QLineSeries *average = nullptr;
    for (QAbstractSeries *series : summary->chartView()->chart()->series()) {
        if (auto *line = qobject_cast<QLineSeries *>(series))
            average = line;
    }
    QVERIFY(average);
    QCOMPARE(average->count(), 2);
    QCOMPARE(average->at(0).y(), 7.8);
    QCOMPARE(average->at(1).y(), 7.8);
}

QTEST_MAIN(TestUiSession)
#include "tst_uisession.moc"
