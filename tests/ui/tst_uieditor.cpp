// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakeservercontrol.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "questioneditor.h"
#include "questionlistmodel.h"
#include "questionpanel.h"
#include "serviceclient.h"
#include "sessionbrowser.h"
#include "sessionview.h"
#include "tempdatabase.h"
#include "uitesthelpers.h"
#include "windowfixture.h"

#include <QDoubleSpinBox>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSlider>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace ir;
using namespace ir::ui;
using test::child;

// The question editor and the question list of the real main window (issue 10): the score box,
// the slider's keys, Delete on the list, and the list and the editor agreeing.
class TestUiEditor final : public QObject, private test::WindowFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::isolateSettings(); }
    void init();
    void cleanup();

    void outOfRangeScoreIsRefusedNotCut_data();
    void outOfRangeScoreIsRefusedNotCut();
    void sliderKeys_data();
    void sliderKeys();
    void deleteKeyOnTheListDeletesAfterAsking();
    void listAndEditorAgreeAfterADelete();
    void finishedSessionQuestionLooksReadOnly();

private:
    Session openNewSession();
    QWidget *w() const { return m_window.get(); }
    QuestionPanel *panel() const { return m_window->sessionView()->questionPanel(); }
    QTableView *table() const { return child<QTableView>(w(), QStringLiteral("questionTableView")); }
    // The list selects exactly the question the editor shows, or nothing when it shows none.
    bool listAgreesWithEditor() const;
};

void TestUiEditor::init()
{
    QVERIFY(openWindow());
}

void TestUiEditor::cleanup()
{
    closeWindow();
}

Session TestUiEditor::openNewSession()
{
    const Session created = m_db->createSession();
    if (!test::openInBrowser(m_window->sessionBrowser(), created.sessionId)
        || m_window->sessionView()->sessionId() != created.sessionId)
        qFatal("session not opened");
    return created;
}

bool TestUiEditor::listAgreesWithEditor() const
{
    const QModelIndexList selected = table()->selectionModel()->selectedRows();
    const QuestionEditor *editor = panel()->editor();
    if (!editor->hasForm() || editor->isNew())
        return selected.isEmpty();
    return selected.size() == 1 && selected.first().data(QuestionListModel::QuestionIdRole) == editor->questionId();
}

void TestUiEditor::outOfRangeScoreIsRefusedNotCut_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("saved");
    QTest::addColumn<double>("stored");
    QTest::addRow("11 is refused, not saved as 1") << QStringLiteral("11") << false << 0.0;
    QTest::addRow("10.5 is refused, not saved as 10") << QStringLiteral("10.5") << false << 0.0;
    QTest::addRow("100 is refused, not saved as 10") << QStringLiteral("100") << false << 0.0;
    QTest::addRow("10 is saved") << QStringLiteral("10") << true << 10.0;
    QTest::addRow("7.5 is saved") << QStringLiteral("7.5") << true << 7.5;
    QTest::addRow("0 is saved") << QStringLiteral("0") << true << 0.0;
}

void TestUiEditor::outOfRangeScoreIsRefusedNotCut()
{
    QFETCH(QString, typed);
    QFETCH(bool, saved);
    QFETCH(double, stored);
    const Session session = openNewSession();
    panel()->newQuestion();
    QTest::keyClicks(child<QPlainTextEdit>(w(), QStringLiteral("questionTextEdit")), QStringLiteral("Explain RAII"));
    auto *spin = child<QDoubleSpinBox>(w(), QStringLiteral("scoreSpinBox"));
    spin->setFocus();
    spin->selectAll();
    QTest::keyClicks(spin, typed);
    auto *error = child<QLabel>(w(), QStringLiteral("scoreErrorLabel"));
    // The box keeps what was typed, and says at once what is wrong with it.
    QCOMPARE(spin->text(), typed);
    QCOMPARE(spin->value(), typed.toDouble());
    QCOMPARE(error->text().isEmpty(), saved);
    QTest::mouseClick(child<QPushButton>(w(), QStringLiteral("saveQuestionButton")), Qt::LeftButton);
    if (!saved) {
        // Refused: nothing written, the typed value still there, the message next to the score.
        QVERIFY(test::settleWrites(*m_db));
        QCOMPARE(m_db->service().questions(session.sessionId)->size(), 0);
        QVERIFY(panel()->editor()->isNew());
        QCOMPARE(spin->value(), typed.toDouble());
        QVERIFY(error->text().contains(QStringLiteral("0 to 10")));
        QVERIFY(error->isVisible());
        // The arrows bring it back into range; the message goes.
        QTest::keyClick(spin, Qt::Key_Down);
        QCOMPARE(spin->value(), 10.0);
        QVERIFY(error->text().isEmpty());
        return;
    }
    QTRY_COMPARE(m_db->service().questions(session.sessionId)->size(), 1);
    QCOMPARE(m_db->service().questions(session.sessionId)->first().overallScore, std::optional<double>(stored));
}

void TestUiEditor::sliderKeys_data()
{
    QTest::addColumn<QList<int>>("keys");
    QTest::addColumn<double>("expected"); // -1: not scored
    QTest::addRow("0 gives 0") << QList<int> {Qt::Key_0} << 0.0;
    QTest::addRow("0 twice gives 0.5") << QList<int> {Qt::Key_0, Qt::Key_0} << 0.5;
    QTest::addRow("7 gives 7") << QList<int> {Qt::Key_7} << 7.0;
    QTest::addRow("7 twice gives 7.5") << QList<int> {Qt::Key_7, Qt::Key_7} << 7.5;
    QTest::addRow("9 twice gives 9.5") << QList<int> {Qt::Key_9, Qt::Key_9} << 9.5;
    QTest::addRow("End gives 10") << QList<int> {Qt::Key_3, Qt::Key_End} << 10.0;
    QTest::addRow("Home clears") << QList<int> {Qt::Key_5, Qt::Key_Home} << -1.0;
    QTest::addRow("an arrow steps by 0.5") << QList<int> {Qt::Key_4, Qt::Key_Right} << 4.5;
}

void TestUiEditor::sliderKeys()
{
    QFETCH(QList<int>, keys);
    QFETCH(double, expected);
    openNewSession();
    panel()->newQuestion();
    auto *slider = child<QSlider>(w(), QStringLiteral("scoreSlider"));
    slider->setFocus();
    for (int key : keys)
        QTest::keyClick(slider, Qt::Key(key));
    const std::optional<double> score = panel()->editor()->score();
    QCOMPARE(score.value_or(-1.0), expected);
    QCOMPARE(child<QDoubleSpinBox>(w(), QStringLiteral("scoreSpinBox"))->value(), expected < 0 ? -0.5 : expected);
    // The keys are written where the slider is: its tooltip and the hint below it.
    QVERIFY(slider->toolTip().contains(QStringLiteral("End")));
    QVERIFY(slider->toolTip().contains(QStringLiteral("0–9")));
    QVERIFY(child<QLabel>(w(), QStringLiteral("scoreHintLabel"))->text().contains(QStringLiteral("End sets 10")));
}

void TestUiEditor::deleteKeyOnTheListDeletesAfterAsking()
{
    const Session session = openNewSession();
    const QuestionRecord first = m_db->addQuestion(session.sessionId, QStringLiteral("First"), 5, Source::Ui);
    const QuestionRecord second = m_db->addQuestion(session.sessionId, QStringLiteral("Second"), 6, Source::Ui);
    QTRY_COMPARE(table()->model()->rowCount(), 2);
    table()->setFocus();
    table()->setCurrentIndex(table()->model()->index(0, 0));
    QCOMPARE(panel()->editor()->questionId(), first.questionId);

    // Asked first; No keeps it.
    MessageBox::setNextAnswer(QMessageBox::No);
    QTest::keyClick(table(), Qt::Key_Delete);
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("Delete this question")));
    QVERIFY(test::settleWrites(*m_db));
    QVERIFY(m_db->service().question(first.questionId).ok());

    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::keyClick(table(), Qt::Key_Delete);
    QTRY_VERIFY(!m_db->service().question(first.questionId).ok());
    QTRY_VERIFY(!panel()->isBusy());
    QCOMPARE(table()->model()->rowCount(), 1);
    QVERIFY(m_db->service().question(second.questionId).ok());
}

void TestUiEditor::listAndEditorAgreeAfterADelete()
{
    const Session session = openNewSession();
    for (const QString &text : {QStringLiteral("One"), QStringLiteral("Two"), QStringLiteral("Three")})
        m_db->addQuestion(session.sessionId, text, 5, Source::Ui);
    QTRY_COMPARE(table()->model()->rowCount(), 3);
    auto *remove = child<QPushButton>(w(), QStringLiteral("deleteQuestionButton"));

    // The middle one: the list and the editor move on together to the one after it.
    table()->setCurrentIndex(table()->model()->index(1, 0));
    QVERIFY(listAgreesWithEditor());
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(remove, Qt::LeftButton);
    QTRY_COMPARE(table()->model()->rowCount(), 2);
    QTRY_VERIFY(!panel()->isBusy());
    QVERIFY(panel()->editor()->hasForm());
    QCOMPARE(panel()->editor()->questionId(), m_db->service().questions(session.sessionId)->at(1).questionId);
    QVERIFY(listAgreesWithEditor());

    // The last one: on to the one before it.
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(remove, Qt::LeftButton);
    QTRY_COMPARE(table()->model()->rowCount(), 1);
    QTRY_VERIFY(!panel()->isBusy());
    QVERIFY(listAgreesWithEditor());
    QVERIFY(panel()->editor()->hasForm());

    // The only one: nothing selected, and the editor says so.
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(remove, Qt::LeftButton);
    QTRY_COMPARE(table()->model()->rowCount(), 0);
    QTRY_VERIFY(!panel()->isBusy());
    QVERIFY(!panel()->editor()->hasForm());
    QVERIFY(listAgreesWithEditor());
    QVERIFY(!table()->selectionModel()->currentIndex().isValid());
}

void TestUiEditor::finishedSessionQuestionLooksReadOnly()
{
    const Session session = openNewSession();
    m_db->addQuestion(session.sessionId, QStringLiteral("Frozen"), 7, Source::Ui);
    SessionPatch start;
    start.status = SessionStatus::InProgress;
    QVERIFY(m_db->service().updateSession(session.sessionId, start, Source::Ui));
    SessionPatch end;
    end.status = SessionStatus::Completed;
    QVERIFY(m_db->service().updateSession(session.sessionId, end, Source::Ui));
    QTRY_COMPARE(m_window->sessionView()->session().status, SessionStatus::Completed);
    QTRY_COMPARE(table()->model()->rowCount(), 1);
    table()->setCurrentIndex(table()->model()->index(0, 0));

    // Read-only (the text can be selected and copied) and drawn as values, not as boxes.
    auto *category = child<QLineEdit>(w(), QStringLiteral("categoryLineEdit"));
    QVERIFY(category->isReadOnly());
    QVERIFY(!category->hasFrame());
    for (const QString &name :
         {QStringLiteral("questionTextEdit"), QStringLiteral("answerTextEdit"), QStringLiteral("feedbackTextEdit")}) {
        auto *edit = child<QPlainTextEdit>(w(), name);
        QVERIFY2(edit->isReadOnly(), qPrintable(name));
        QCOMPARE(edit->frameShape(), QFrame::NoFrame);
    }
    auto *spin = child<QDoubleSpinBox>(w(), QStringLiteral("scoreSpinBox"));
    QVERIFY(spin->isReadOnly());
    QVERIFY(!spin->hasFrame());
    QCOMPARE(spin->value(), 7.0);
    QVERIFY(!child<QSlider>(w(), QStringLiteral("scoreSlider"))->isEnabled());
    QVERIFY(!child<QPushButton>(w(), QStringLiteral("saveQuestionButton"))->isEnabled());
    QVERIFY(!child<QPushButton>(w(), QStringLiteral("deleteQuestionButton"))->isEnabled());
}

QTEST_MAIN(TestUiEditor)
#include "tst_uieditor.moc"
