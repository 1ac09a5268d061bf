// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "enumtext.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "newsessiondialog.h"
#include "questioneditor.h"
#include "questionpanel.h"
#include "scorecardmodel.h"
#include "scorecardpanel.h"
#include "sessionbrowser.h"
#include "sessiontablemodel.h"
#include "sessionview.h"
#include "settingskeys.h"
#include "uitesthelpers.h"
#include "windowfixture.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace ir;
using namespace ir::ui;
using test::child;

namespace {

Competency competency(const QString &key, const QString &name, double weight)
{
    Competency c;
    c.key = key;
    c.name = name;
    c.weight = weight;
    for (int level = 1; level <= RUBRIC_LEVELS; ++level)
        c.rubric[size_t(level - 1)] = QStringLiteral("%1 level %2").arg(name).arg(level);
    return c;
}

} // namespace

// The Scorecard tab over the real window and writer: a session started from a kit in the New
// Session dialog, rated with the digit keys (the rubric text of the level beside it, the weighted
// rating live), saved as typed, submitted and then locked; the question editor's next planned
// question; a session without a kit; the one recommendation control.
class TestUiScorecard final : public QObject, public test::WindowFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::isolateSettings(); }
    void init();
    void cleanup();

    void startFromAKitRateByKeyboardAndSubmit();
    void ratingKeys_data();
    void ratingKeys();
    void savedAsTypedAndOnLeaving();
    void submitNeedsEveryCompetencyRated();
    void submittedElsewhereIsSaidPrecisely();
    void sessionWithoutAKit();
    void recommendationHasOneControl();
    void questionEditorFillsFromThePlan();
    void modelPassesTheTester();

private:
    Kit createKit();
    // Creates a session from the kit through the New Session dialog (keyboard only) and opens it.
    Session startSessionFromKit(const Kit &kit);
    Session openSession(const QString &kitId);
    void showScorecardTab();
    ScorecardPanel *panel() const { return m_window->sessionView()->scorecardPanel(); }
    QTableView *table() const { return child<QTableView>(m_window.get(), QStringLiteral("competencyTableView")); }
    Scorecard stored(const QString &sessionId) { return *m_db->service().scorecard(sessionId); }
    void press(QWidget *widget, Qt::Key key, const QString &text = {}, Qt::KeyboardModifiers modifiers = {});
};

void TestUiScorecard::init()
{
    QSettings().setValue(keys::interviewerName(), QStringLiteral("王面试官"));
    QVERIFY(openWindow());
}

void TestUiScorecard::cleanup()
{
    closeWindow();
    QSettings().clear();
}

Kit TestUiScorecard::createKit()
{
    InterviewService &service = m_db->service();
    QStringList planned;
    const QList<std::tuple<QString, QuestionType, QString, QString>> questions = {
        {QStringLiteral("请解释一下 Python 的 GIL"), QuestionType::Technical, QStringLiteral("Python"),
         QStringLiteral("One interpreter lock; I/O releases it")},
        {QStringLiteral("Describe a disagreement with a colleague."), QuestionType::Behavioral,
         QStringLiteral("Teamwork"), QString()},
    };
    for (const auto &[text, type, category, expected] : questions) {
        BankQuestion draft;
        draft.questionText = text;
        draft.questionType = type;
        draft.questionCategory = category;
        draft.expectedAnswer = expected;
        const Result<BankQuestion> created = service.createBankQuestion(draft);
        if (!created)
            qFatal("createBankQuestion: %s", qPrintable(created.error().details));
        planned << created->bankQuestionId;
    }
    Kit draft;
    draft.name = QStringLiteral("后端工程师");
    draft.position = QStringLiteral("Senior backend");
    draft.sessionType = SessionType::CompanyPosition;
    draft.difficultyLevel = DifficultyLevel::Hard;
    draft.estimatedDuration = 90;
    draft.competencies = {competency(QStringLiteral("communication"), QStringLiteral("沟通"), 2),
                          competency(QStringLiteral("coding"), QStringLiteral("Coding"), 1),
                          competency(QStringLiteral("design"), QStringLiteral("System design"), 1)};
    draft.bankQuestionIds = planned;
    const Result<Kit> kit = service.createKit(draft);
    if (!kit)
        qFatal("createKit: %s", qPrintable(kit.error().details));
    return *kit;
}

void TestUiScorecard::press(QWidget *widget, Qt::Key key, const QString &text, Qt::KeyboardModifiers modifiers)
{
    QTest::sendKeyEvent(QTest::Click, widget, key, text, modifiers);
}

Session TestUiScorecard::startSessionFromKit(const Kit &kit)
{
    bool driven = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<NewSessionDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("userIdLineEdit")), QStringLiteral("cand_42"));
        auto *kits = child<QComboBox>(dialog, QStringLiteral("kitComboBox"));
        QCOMPARE(kits->currentText(), QStringLiteral("No kit"));
        kits->setFocus();
        QTest::keyClick(kits, Qt::Key_Down); // the first kit, as a person picks it
        QCOMPARE(kits->currentData().toString(), kit.kitId);
        // The kit fills the type, difficulty and duration; the interviewer comes from the settings.
        QCOMPARE(child<QComboBox>(dialog, QStringLiteral("sessionTypeComboBox"))->currentData().toInt(),
                 int(SessionType::CompanyPosition));
        QCOMPARE(child<QComboBox>(dialog, QStringLiteral("difficultyComboBox"))->currentData().toInt(),
                 int(DifficultyLevel::Hard));
        QCOMPARE(child<QSpinBox>(dialog, QStringLiteral("durationSpinBox"))->value(), 90);
        QCOMPARE(child<QLineEdit>(dialog, QStringLiteral("interviewerLineEdit"))->text(), QStringLiteral("王面试官"));
        QTest::keyClick(kits, Qt::Key_Return);
        driven = true;
    });
    m_window->newSession();
    if (!driven)
        qFatal("the new-session dialog was not driven");
    // Back in the window, as after any dialog.
    m_window->activateWindow();
    if (!QTest::qWaitForWindowActive(m_window.get()))
        qFatal("the window is not active");
    const Result<Page<Session>> sessions = m_db->service().sessions({});
    if (!sessions || sessions->items.isEmpty())
        qFatal("no session was created");
    const Session session = sessions->items.first();
    if (m_window->sessionView()->sessionId() != session.sessionId)
        qFatal("the new session is not open");
    return session;
}

Session TestUiScorecard::openSession(const QString &kitId)
{
    SessionDraft draft;
    draft.userId = QStringLiteral("user_001");
    draft.sessionName = QStringLiteral("Python开发工程师面试");
    draft.kitId = kitId;
    draft.interviewer = QStringLiteral("Li Lei");
    const Result<Session> created = m_db->service().createSession(draft, Source::Ui);
    if (!created)
        qFatal("createSession: %s", qPrintable(created.error().details));
    if (!test::openInBrowser(m_window->sessionBrowser(), created->sessionId)
        || m_window->sessionView()->sessionId() != created->sessionId)
        qFatal("session not opened");
    return *created;
}

void TestUiScorecard::showScorecardTab()
{
    auto *tabs = child<QTabWidget>(m_window.get(), QStringLiteral("tabWidget"));
    tabs->setCurrentWidget(child<QWidget>(m_window.get(), QStringLiteral("scorecardTab")));
    QTRY_VERIFY(panel()->isVisible());
}

void TestUiScorecard::startFromAKitRateByKeyboardAndSubmit()
{
    const Kit kit = createKit();
    const Session session = startSessionFromKit(kit);
    QCOMPARE(session.kitId, kit.kitId);
    QCOMPARE(session.interviewer, QStringLiteral("王面试官"));
    QCOMPARE(child<QLabel>(m_window.get(), QStringLiteral("interviewerValueLabel"))->text(),
             QStringLiteral("王面试官"));

    // Alt+R opens the tab; the competencies in the kit's order.
    QTest::keyClick(m_window.get(), Qt::Key_R, Qt::AltModifier);
    QTRY_VERIFY(panel()->isVisible());
    QTableView *list = table();
    QCOMPARE(list->model()->rowCount(), 3);
    QCOMPARE(list->model()->index(0, ScorecardModel::Competency).data().toString(), QStringLiteral("沟通"));
    auto *weighted = child<QLabel>(m_window.get(), QStringLiteral("weightedValueLabel"));
    QVERIFY(!weighted->text().contains(QLatin1Char('.')));

    list->setFocus();
    QCOMPARE(list->currentIndex().row(), 0);
    press(list, Qt::Key_3, QStringLiteral("3"));
    // The rubric text of the chosen level shows beside the rating, and the weighted rating at once.
    QCOMPARE(list->model()->index(0, ScorecardModel::Level).data().toString(), QStringLiteral("沟通 level 3"));
    QCOMPARE(weighted->text(), tr("%1 of %2").arg(QLocale().toString(3.0, 'f', 1), QLocale().toString(4)));
    QTest::keyClick(list, Qt::Key_Down);
    press(list, Qt::Key_4, QStringLiteral("4"));
    QTest::keyClick(list, Qt::Key_Down);
    press(list, Qt::Key_2, QStringLiteral("2"));
    QTest::keyClick(list, Qt::Key_Up);
    QCOMPARE(list->currentIndex().row(), 1);
    QTest::keyClick(list, Qt::Key_Down);
    press(list, Qt::Key_1, QStringLiteral("1"));
    QCOMPARE(list->model()->index(2, ScorecardModel::Level).data().toString(), QStringLiteral("System design level 1"));
    // (3×2 + 4 + 1) / 4 = 2.75, half up: 2.8.
    QCOMPARE(weighted->text(), tr("%1 of %2").arg(QLocale().toString(2.8, 'f', 1), QLocale().toString(4)));
    QTRY_COMPARE(stored(session.sessionId).weightedRating(), std::optional<double>(2.8));
    QCOMPARE(stored(session.sessionId).ratings.at(1).rating, std::optional<int>(4));

    // Enter writes a note on the selected competency.
    QTest::keyClick(list, Qt::Key_Return);
    auto *note = child<QPlainTextEdit>(m_window.get(), QStringLiteral("noteTextEdit"));
    QCOMPARE(QApplication::focusWidget(), note);
    test::typeText(note, QStringLiteral("画了清楚的架构图"));
    auto *strengths = child<QPlainTextEdit>(m_window.get(), QStringLiteral("strengthsTextEdit"));
    strengths->setFocus();
    test::typeText(strengths, QStringLiteral("Explains trade-offs"));
    QTRY_COMPARE(stored(session.sessionId).strengths, QStringLiteral("Explains trade-offs"));
    QCOMPARE(stored(session.sessionId).ratings.at(2).note, QStringLiteral("画了清楚的架构图"));

    // Ctrl+Return submits after a question; No changes nothing.
    MessageBox::setNextAnswer(QMessageBox::No);
    QTest::keyClick(strengths, Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(test::settleWrites(*m_db));
    QVERIFY(!stored(session.sessionId).submitted());
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::keyClick(strengths, Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY(stored(session.sessionId).submitted());

    // Locked: greyed, read-only, with the time it was submitted; keys change nothing.
    auto *submitted = child<QLabel>(m_window.get(), QStringLiteral("submittedLabel"));
    QTRY_VERIFY(submitted->isVisible());
    QVERIFY2(submitted->text().contains(QStringLiteral("Submitted at")), qPrintable(submitted->text()));
    QVERIFY(!list->isEnabled());
    QVERIFY(strengths->isReadOnly());
    QVERIFY(note->isReadOnly());
    QVERIFY(!child<QComboBox>(m_window.get(), QStringLiteral("recommendationComboBox"))->isEnabled());
    QVERIFY(!child<QPushButton>(m_window.get(), QStringLiteral("submitButton"))->isVisible());
    QTRY_VERIFY(!panel()->hasUnsavedEdits()); // the submit has come back
    press(list, Qt::Key_4, QStringLiteral("4"));
    QCOMPARE(panel()->scorecard().ratings.at(2).rating, std::optional<int>(1));
    QVERIFY(!panel()->hasUnsavedEdits());

    // Opened again later, it still reads locked.
    const Session other = openSession({});
    Q_UNUSED(other)
    QVERIFY(test::openInBrowser(m_window->sessionBrowser(), session.sessionId));
    QTRY_COMPARE(m_window->sessionView()->sessionId(), session.sessionId);
    QVERIFY(!table()->isEnabled());
    QVERIFY(submitted->isVisible());
}

void TestUiScorecard::ratingKeys_data()
{
    QTest::addColumn<int>("before"); // 0 = unrated
    QTest::addColumn<int>("key");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("modifiers");
    QTest::addColumn<int>("after");

    QTest::addRow("1") << 0 << int(Qt::Key_1) << QStringLiteral("1") << int(Qt::NoModifier) << 1;
    QTest::addRow("4") << 2 << int(Qt::Key_4) << QStringLiteral("4") << int(Qt::NoModifier) << 4;
    QTest::addRow("keypad 3") << 0 << int(Qt::Key_3) << QStringLiteral("3") << int(Qt::KeypadModifier) << 3;
    QTest::addRow("5 is out of range") << 2 << int(Qt::Key_5) << QStringLiteral("5") << int(Qt::NoModifier) << 2;
    QTest::addRow("9 is out of range") << 0 << int(Qt::Key_9) << QStringLiteral("9") << int(Qt::NoModifier) << 0;
    QTest::addRow("0 clears") << 3 << int(Qt::Key_0) << QStringLiteral("0") << int(Qt::NoModifier) << 0;
    QTest::addRow("Backspace clears") << 3 << int(Qt::Key_Backspace) << QString() << int(Qt::NoModifier) << 0;
    QTest::addRow("a letter does nothing") << 2 << int(Qt::Key_A) << QStringLiteral("a") << int(Qt::NoModifier) << 2;
    QTest::addRow("Alt+2 is not a rating") << 1 << int(Qt::Key_2) << QStringLiteral("2") << int(Qt::AltModifier) << 1;
}

void TestUiScorecard::ratingKeys()
{
    QFETCH(int, before);
    QFETCH(int, key);
    QFETCH(QString, text);
    QFETCH(int, modifiers);
    QFETCH(int, after);
    const Kit kit = createKit();
    const Session session = openSession(kit.kitId);
    if (before > 0) {
        ScorecardPatch rated;
        rated.ratings.append(RatingPatch {QStringLiteral("coding"), std::optional<int>(before), std::nullopt});
        QVERIFY(m_db->service().updateScorecard(session.sessionId, rated, Source::Api).ok());
        QTRY_COMPARE(panel()->scorecard().ratings.at(1).rating, std::optional<int>(before));
    }
    showScorecardTab();
    QTableView *list = table();
    list->setFocus();
    list->setCurrentIndex(list->model()->index(1, 0));
    press(list, Qt::Key(key), text, Qt::KeyboardModifiers(modifiers));
    const std::optional<int> expected = after > 0 ? std::optional<int>(after) : std::nullopt;
    QCOMPARE(panel()->scorecard().ratings.at(1).rating, expected);
    QCOMPARE(list->currentIndex().row(), 1); // no jump to another row
    QVERIFY(test::settleWrites(*m_db));
    QTRY_COMPARE(stored(session.sessionId).ratings.at(1).rating, expected);
    // Only that competency.
    QVERIFY(!stored(session.sessionId).ratings.at(0).rating);
    const QString level = list->model()->index(1, ScorecardModel::Level).data().toString();
    QCOMPARE(level == QStringLiteral("Coding level %1").arg(after), after > 0);
}

void TestUiScorecard::savedAsTypedAndOnLeaving()
{
    const Kit kit = createKit();
    const Session session = openSession(kit.kitId);
    showScorecardTab();
    // Within a second of the last keystroke, with the focus still in the field.
    auto *concerns = child<QPlainTextEdit>(m_window.get(), QStringLiteral("concernsTextEdit"));
    concerns->setFocus();
    test::typeText(concerns, QStringLiteral("对分布式事务不熟悉"));
    QElapsedTimer sinceTyped;
    sinceTyped.start();
    QTRY_COMPARE_WITH_TIMEOUT(stored(session.sessionId).concerns, QStringLiteral("对分布式事务不熟悉"), 1500);
    QVERIFY2(sinceTyped.elapsed() < 1500, qPrintable(QString::number(sinceTyped.elapsed())));
    QVERIFY(concerns->hasFocus());

    // Leaving the field sends it at once, without waiting for the delay.
    auto *strengths = child<QPlainTextEdit>(m_window.get(), QStringLiteral("strengthsTextEdit"));
    strengths->setFocus();
    test::typeText(strengths, QStringLiteral("Calm"));
    QVERIFY(panel()->hasUnsavedEdits());
    QTest::keyClick(strengths, Qt::Key_Tab);
    QVERIFY(!strengths->hasFocus());
    QVERIFY(test::settleWrites(*m_db));
    QCOMPARE(stored(session.sessionId).strengths, QStringLiteral("Calm"));

    // Closing the window in the middle of typing loses nothing.
    strengths->setFocus();
    test::typeText(strengths, QStringLiteral(", curious"));
    m_window->close();
    QVERIFY(test::settleWrites(*m_db));
    QCOMPARE(stored(session.sessionId).strengths, QStringLiteral("Calm, curious"));
}

void TestUiScorecard::submitNeedsEveryCompetencyRated()
{
    const Kit kit = createKit();
    const Session session = openSession(kit.kitId);
    showScorecardTab();
    QTableView *list = table();
    list->setFocus();
    press(list, Qt::Key_2, QStringLiteral("2"));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QTest::mouseClick(child<QPushButton>(m_window.get(), QStringLiteral("submitButton")), Qt::LeftButton);
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("Coding"))
                 && MessageBox::lastText().contains(QStringLiteral("System design")),
             qPrintable(MessageBox::lastText()));
    // The first one left to rate is selected.
    QCOMPARE(list->currentIndex().row(), 1);
    QVERIFY(test::settleWrites(*m_db));
    QVERIFY(!stored(session.sessionId).submitted());
}

void TestUiScorecard::submittedElsewhereIsSaidPrecisely()
{
    const Kit kit = createKit();
    const Session session = openSession(kit.kitId);
    ScorecardPatch all;
    for (const QString &key : {QStringLiteral("communication"), QStringLiteral("coding"), QStringLiteral("design")})
        all.ratings.append(RatingPatch {key, std::optional<int>(3), std::nullopt});
    QVERIFY(m_db->service().updateScorecard(session.sessionId, all, Source::Api).ok());
    showScorecardTab();
    auto *strengths = child<QPlainTextEdit>(m_window.get(), QStringLiteral("strengthsTextEdit"));
    strengths->setFocus();
    test::typeText(strengths, QStringLiteral("Typed while the API submitted"));
    // The API submits before the typed text goes out.
    ScorecardPatch submit;
    submit.submit = true;
    QVERIFY(m_db->service().updateScorecard(session.sessionId, submit, Source::Api).ok());
    auto *error = child<QLabel>(panel(), QStringLiteral("scorecardErrorLabel"));
    QTRY_VERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("SCORECARD_SUBMITTED")), qPrintable(error->text()));
    QTRY_VERIFY(child<QLabel>(m_window.get(), QStringLiteral("submittedLabel"))->isVisible());
    QVERIFY(strengths->isReadOnly());
    QVERIFY(stored(session.sessionId).strengths.isEmpty());
}

void TestUiScorecard::sessionWithoutAKit()
{
    const Session session = openSession({});
    showScorecardTab();
    QVERIFY(!table()->isVisible());
    QVERIFY(child<QLabel>(m_window.get(), QStringLiteral("noKitLabel"))->isVisible());
    QVERIFY(!child<QLabel>(m_window.get(), QStringLiteral("weightedValueLabel"))->isVisible());
    auto *strengths = child<QPlainTextEdit>(m_window.get(), QStringLiteral("strengthsTextEdit"));
    strengths->setFocus();
    test::typeText(strengths, QStringLiteral("Good"));
    auto *recommendation = child<QComboBox>(m_window.get(), QStringLiteral("recommendationComboBox"));
    recommendation->setFocus();
    QTest::keyClick(recommendation, Qt::Key_Down); // strong yes
    QTRY_COMPARE(m_db->service().session(session.sessionId)->recommendation, Recommendation::StrongYes);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::keyClick(recommendation, Qt::Key_Enter, Qt::ControlModifier);
    QTRY_VERIFY(stored(session.sessionId).submitted());
    QCOMPARE(stored(session.sessionId).strengths, QStringLiteral("Good"));
    QTRY_VERIFY(child<QLabel>(m_window.get(), QStringLiteral("submittedLabel"))->isVisible());
}

void TestUiScorecard::recommendationHasOneControl()
{
    const Session session = openSession({});
    const QList<QComboBox *> boxes = m_window->findChildren<QComboBox *>(QStringLiteral("recommendationComboBox"));
    QCOMPARE(boxes.size(), 1);
    QVERIFY(panel()->isAncestorOf(boxes.first()));
    // A change through the session (the API) shows in it.
    SessionPatch patch;
    patch.recommendation = Recommendation::No;
    QVERIFY(m_db->service().updateSession(session.sessionId, patch, Source::Api).ok());
    QTRY_COMPARE(boxes.first()->currentData().toInt(), int(Recommendation::No));
    QCOMPARE(panel()->scorecard().recommendation, Recommendation::No);
    QTRY_COMPARE(m_window->sessionBrowser()->model()->index(0, SessionTableModel::Recommendation).data().toString(),
                 EnumText::name(Recommendation::No));
}

void TestUiScorecard::questionEditorFillsFromThePlan()
{
    const Kit kit = createKit();
    const Session session = openSession(kit.kitId);
    SessionPatch start;
    start.status = SessionStatus::InProgress;
    QVERIFY(m_db->service().updateSession(session.sessionId, start, Source::Ui).ok());
    QuestionEditor *editor = m_window->sessionView()->questionPanel()->editor();
    auto *planned = child<QFrame>(m_window.get(), QStringLiteral("plannedFrame"));
    QTRY_VERIFY(planned->isVisible());
    auto *text = child<QLabel>(m_window.get(), QStringLiteral("plannedTextLabel"));
    QVERIFY(text->text().contains(QStringLiteral("请解释一下 Python 的 GIL")));
    // The expected answer is the interviewer's to see.
    QVERIFY(child<QLabel>(m_window.get(), QStringLiteral("plannedAnswerLabel"))
                ->text()
                .contains(QStringLiteral("One interpreter lock; I/O releases it")));
    const QString keys = QuestionEditor::usePlannedKeys().toString(QKeySequence::NativeText);
    QVERIFY(child<QPushButton>(m_window.get(), QStringLiteral("usePlannedButton"))->toolTip().contains(keys));

    // One key press, from the question list: a new question filled from the plan.
    child<QTableView>(m_window.get(), QStringLiteral("questionTableView"))->setFocus();
    QTest::keyClick(m_window.get(), Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(editor->isNew());
    QCOMPARE(child<QPlainTextEdit>(m_window.get(), QStringLiteral("questionTextEdit"))->toPlainText(),
             QStringLiteral("请解释一下 Python 的 GIL"));
    QCOMPARE(child<QComboBox>(m_window.get(), QStringLiteral("questionTypeComboBox"))->currentData().toInt(),
             int(QuestionType::Technical));
    QCOMPARE(child<QLineEdit>(m_window.get(), QStringLiteral("categoryLineEdit"))->text(), QStringLiteral("Python"));
    auto *answer = child<QPlainTextEdit>(m_window.get(), QStringLiteral("answerTextEdit"));
    QCOMPARE(QApplication::focusWidget(), answer);
    test::typeText(answer, QStringLiteral("A lock"));
    QTest::keyClick(answer, Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE(m_db->service().questions(session.sessionId)->size(), 1);

    // Recorded: the next one is the second planned question; asked too, nothing is left.
    QTRY_VERIFY(text->text().contains(QStringLiteral("Describe a disagreement")));
    QCOMPARE(editor->nextQuestion().remaining, 1);
    // Pressed while the first one may still be on its way: filled once it has landed.
    QTest::keyClick(m_window.get(), Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_COMPARE(child<QComboBox>(m_window.get(), QStringLiteral("questionTypeComboBox"))->currentData().toInt(),
                 int(QuestionType::Behavioral));
    QVERIFY(editor->isNew());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE(m_db->service().questions(session.sessionId)->size(), 2);
    QTRY_VERIFY(!planned->isVisible());
    QVERIFY(!editor->nextQuestion().question);
}

void TestUiScorecard::modelPassesTheTester()
{
    ScorecardModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QList<CompetencyRating> ratings;
    ratings << CompetencyRating {competency(QStringLiteral("a"), QStringLiteral("A"), 1), 2, QStringLiteral("n")}
            << CompetencyRating {competency(QStringLiteral("b"), QStringLiteral("B"), 0.5), std::nullopt, {}};
    model.setRatings(ratings);
    QCOMPARE(model.rowCount(), 2);
    model.setRating(1, 4);
    QCOMPARE(model.index(1, ScorecardModel::Level).data().toString(), QStringLiteral("B level 4"));
    model.setNote(0, QStringLiteral("note"));
    QCOMPARE(model.index(0, ScorecardModel::Note).data().toString(), QStringLiteral("note"));
    ratings.removeLast();
    model.setRatings(ratings);
    QCOMPARE(model.rowCount(), 1);
    model.setRatings({});
    QCOMPARE(model.rowCount(), 0);
}

QTEST_MAIN(TestUiScorecard)
#include "tst_uiscorecard.moc"
