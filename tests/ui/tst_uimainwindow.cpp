// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "enumtext.h"
#include "fakeservercontrol.h"
#include "languages.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "newsessiondialog.h"
#include "questioneditor.h"
#include "questionlistmodel.h"
#include "questionpanel.h"
#include "serviceclient.h"
#include "sessionbrowser.h"
#include "sessiontablemodel.h"
#include "sessionview.h"
#include "summarypanel.h"
#include "tempdatabase.h"
#include "uitesthelpers.h"

#include <QApplication>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QMutex>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSemaphore>
#include <QSettings>
#include <QSlider>
#include <QTableView>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <memory>
#include <set>

using namespace ir;
using namespace ir::ui;
using test::child;

namespace {

// Holds the database's write lock (BEGIN IMMEDIATE) from a second connection on its own thread,
// as another process or a long write would, until released. The test thread is the GUI thread:
// if the window blocked on the lock, nothing could release it but the timeout below.
class WriteLockHolder final
{
public:
    explicit WriteLockHolder(const QString &filePath)
    {
        m_thread.reset(QThread::create([this, filePath] {
            Database other(filePath);
            {
                Transaction transaction(other);
                m_locked = transaction.isActive();
                m_ready.release();
                m_release.tryAcquire(1, 20000);
            } // rolls back
        }));
        m_thread->start();
        m_ready.acquire();
    }
    ~WriteLockHolder()
    {
        release();
        m_thread->wait();
    }
    Q_DISABLE_COPY_MOVE(WriteLockHolder)

    bool isLocked() const { return m_locked; }
    void release()
    {
        if (!std::exchange(m_released, true))
            m_release.release();
    }

private:
    QSemaphore m_ready;
    QSemaphore m_release;
    std::atomic<bool> m_locked {false};
    bool m_released = false;
    std::unique_ptr<QThread> m_thread;
};

} // namespace

// Drives the real main window offscreen, finding widgets by objectName (as KeePassXC's TestGui).
class TestUiMainWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        test::isolateSettings();
        // English as a person sees it: the numerus forms of the en translation ("1 question").
        m_languages.install(QStringLiteral("en"));
    }
    void init();
    void cleanup();

    void createSessionThroughTheDialog();
    void createSessionDialogNeedsAUserId();
    void addAndEditAQuestion();
    void badInputShowsTheMessageAndSavesNothing_data();
    void badInputShowsTheMessageAndSavesNothing();
    void digitKeysSetTheScore();
    void lifecycleButtonsFollowTheStatus();
    void sessionFieldsSaveAsEdited();
    void unsavedEditsAreProtected();
    void deleteQuestionAsksFirst();
    void deleteSessionAsksFirst();
    void apiQuestionFromAnotherThreadAppears();
    void acceptMarksAnApiQuestionReviewed();
    void summaryFollowsTheQuestions();
    void searchFiltersTheBrowser();
    void closingAsksAboutUnsavedEditsAndSavesTheLayout();
    void aSaveWhileTheDatabaseIsLockedDoesNotBlockTheWindow();
    void windowWritesRunOnTheWritersThread();
    void saveFromTheUnsavedPromptWaitsForTheResult();
    void newSessionDialogWaitsForTheWriter();

private:
    Session openNewSession(const QString &userId = QStringLiteral("user_001"));
    QWidget *w() const { return m_window.get(); }
    QuestionPanel *panel() const { return m_window->sessionView()->questionPanel(); }

    Languages m_languages;
    std::unique_ptr<test::TempDatabase> m_db;
    std::unique_ptr<test::FakeServerControl> m_server;
    std::unique_ptr<ServiceClient> m_client;
    std::unique_ptr<MainWindow> m_window;
};

void TestUiMainWindow::init()
{
    m_db = std::make_unique<test::TempDatabase>();
    QVERIFY(m_db->isValid());
    m_server = std::make_unique<test::FakeServerControl>();
    m_client = std::make_unique<ServiceClient>(m_db->service(), m_db->writer());
    m_window = std::make_unique<MainWindow>(*m_client, *m_server, m_db->clock(), nullptr);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestUiMainWindow::cleanup()
{
    m_window.reset();
    m_client.reset();
    m_server.reset();
    m_db.reset();
}

Session TestUiMainWindow::openNewSession(const QString &userId)
{
    SessionDraft draft;
    draft.userId = userId;
    draft.sessionName = QStringLiteral("Python开发工程师面试");
    const Result<Session> created = m_db->service().createSession(draft, Source::Ui);
    if (!created)
        qFatal("createSession failed");
    if (!test::openInBrowser(m_window->sessionBrowser(), created->sessionId)
        || m_window->sessionView()->sessionId() != created->sessionId)
        qFatal("session not opened");
    return *created;
}

void TestUiMainWindow::createSessionThroughTheDialog()
{
    bool filled = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<NewSessionDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("userIdLineEdit")), QStringLiteral("cand_42"));
        test::typeText(child<QLineEdit>(dialog, QStringLiteral("sessionNameLineEdit")),
                       QStringLiteral("后端工程师 面试"));
        auto *type = child<QComboBox>(dialog, QStringLiteral("sessionTypeComboBox"));
        type->setCurrentIndex(type->findData(int(SessionType::CompanyPosition)));
        auto *duration = child<QSpinBox>(dialog, QStringLiteral("durationSpinBox"));
        duration->selectAll();
        QTest::keyClicks(duration, QStringLiteral("45"));
        filled = true;
        QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("createButton")), Qt::LeftButton);
    });
    QTest::keySequence(m_window.get(), QKeySequence::New); // Ctrl+N
    QVERIFY(filled);

    const QString id = m_window->sessionView()->sessionId();
    QVERIFY(!id.isEmpty());
    const Result<Session> stored = m_db->service().session(id);
    QVERIFY(stored.ok());
    QCOMPARE(stored->userId, QStringLiteral("cand_42"));
    QCOMPARE(stored->sessionName, QStringLiteral("后端工程师 面试"));
    QCOMPARE(stored->sessionType, SessionType::CompanyPosition);
    QCOMPARE(stored->estimatedDuration, 45);
    QCOMPARE(stored->source, Source::Ui);
    QCOMPARE(m_window->sessionBrowser()->model()->sessionIdAt(0), id);
    QCOMPARE(m_window->sessionBrowser()->currentSessionId(), id);
    QCOMPARE(child<QLabel>(w(), QStringLiteral("userIdValueLabel"))->text(), QStringLiteral("cand_42"));
}

void TestUiMainWindow::createSessionDialogNeedsAUserId()
{
    NewSessionDialog dialog(*m_client, m_window.get());
    auto *create = child<QPushButton>(&dialog, QStringLiteral("createButton"));
    QVERIFY(!create->isEnabled());
    QTest::keyClicks(child<QLineEdit>(&dialog, QStringLiteral("userIdLineEdit")), QStringLiteral("   "));
    QVERIFY(!create->isEnabled());
    QTest::keyClicks(child<QLineEdit>(&dialog, QStringLiteral("userIdLineEdit")), QStringLiteral("u1"));
    QVERIFY(create->isEnabled());
}

void TestUiMainWindow::addAndEditAQuestion()
{
    const Session session = openNewSession();
    QTest::mouseClick(child<QPushButton>(w(), QStringLiteral("newQuestionButton")), Qt::LeftButton);
    auto *text = child<QPlainTextEdit>(w(), QStringLiteral("questionTextEdit"));
    QVERIFY(text->hasFocus());
    test::typeText(text, QStringLiteral("请介绍一下你最熟悉的编程语言"));
    test::typeText(child<QLineEdit>(w(), QStringLiteral("categoryLineEdit")), QStringLiteral("编程基础"));
    test::typeText(child<QPlainTextEdit>(w(), QStringLiteral("answerTextEdit")), QStringLiteral("Python 🐍"));
    child<QDoubleSpinBox>(w(), QStringLiteral("scoreSpinBox"))->setValue(8.5);
    QCOMPARE(child<QLabel>(w(), QStringLiteral("answerCounterLabel"))->text(), QStringLiteral("8 / 5,000"));
    // Ctrl+Return saves; the result comes back from the writer.
    QTest::keyClick(text, Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY(!panel()->isBusy());

    Result<QList<QuestionRecord>> stored = m_db->service().questions(session.sessionId);
    QVERIFY(stored.ok());
    QCOMPARE(stored->size(), 1);
    const QuestionRecord first = stored->first();
    QCOMPARE(first.questionText, QStringLiteral("请介绍一下你最熟悉的编程语言"));
    QCOMPARE(first.questionCategory, QStringLiteral("编程基础"));
    QCOMPARE(first.candidateAnswer, QStringLiteral("Python 🐍"));
    QCOMPARE(first.overallScore, std::optional<double>(8.5));
    QCOMPARE(first.source, Source::Ui);
    QCOMPARE(panel()->model()->rowCount(), 1);
    QVERIFY(!panel()->editor()->isDirty());
    QCOMPARE(panel()->editor()->questionId(), first.questionId);
    // The new row is selected, and the focus is back in the form.
    QCOMPARE(child<QTableView>(w(), QStringLiteral("questionTableView"))->currentIndex().row(), 0);
    QVERIFY(text->hasFocus());

    // Edit: the feedback and the score.
    test::typeText(child<QPlainTextEdit>(w(), QStringLiteral("feedbackTextEdit")), QStringLiteral("回答全面"));
    child<QDoubleSpinBox>(w(), QStringLiteral("scoreSpinBox"))->setValue(9);
    QVERIFY(panel()->editor()->isDirty());
    QTest::mouseClick(child<QPushButton>(w(), QStringLiteral("saveQuestionButton")), Qt::LeftButton);
    QTRY_VERIFY(!panel()->isBusy());
    const Result<QuestionRecord> edited = m_db->service().question(first.questionId);
    QVERIFY(edited.ok());
    QCOMPARE(edited->interviewerFeedback, QStringLiteral("回答全面"));
    QCOMPARE(edited->overallScore, std::optional<double>(9));
    QCOMPARE(panel()->model()->index(0, QuestionListModel::Score).data().toString(), QStringLiteral("9.0"));
}

void TestUiMainWindow::badInputShowsTheMessageAndSavesNothing_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("errorLabel");
    QTest::addRow("blank question") << QStringLiteral("questionTextEdit") << QStringLiteral("   ")
                                    << QStringLiteral("questionTextErrorLabel");
    QTest::addRow("question over 2000") << QStringLiteral("questionTextEdit") << QString(2001, QLatin1Char('q'))
                                        << QStringLiteral("questionTextErrorLabel");
    QTest::addRow("category over 100") << QStringLiteral("categoryLineEdit") << QString(101, QChar(0x4E2D))
                                       << QStringLiteral("categoryErrorLabel");
    QTest::addRow("answer over 5000") << QStringLiteral("answerTextEdit") << QString(5001, QLatin1Char('a'))
                                      << QStringLiteral("answerErrorLabel");
    QTest::addRow("feedback over 2000") << QStringLiteral("feedbackTextEdit") << QString(2001, QLatin1Char('f'))
                                        << QStringLiteral("feedbackErrorLabel");
}

void TestUiMainWindow::badInputShowsTheMessageAndSavesNothing()
{
    QFETCH(QString, field);
    QFETCH(QString, text);
    QFETCH(QString, errorLabel);
    const Session session = openNewSession();
    panel()->newQuestion();
    if (field != QStringLiteral("questionTextEdit"))
        child<QPlainTextEdit>(w(), QStringLiteral("questionTextEdit"))->setPlainText(QStringLiteral("A question"));
    if (auto *line = w()->findChild<QLineEdit *>(field))
        line->setText(text);
    else
        child<QPlainTextEdit>(w(), field)->setPlainText(text);
    QTest::mouseClick(child<QPushButton>(w(), QStringLiteral("saveQuestionButton")), Qt::LeftButton);
    QVERIFY(!child<QLabel>(w(), errorLabel)->text().isEmpty());
    QCOMPARE(m_db->service().questions(session.sessionId)->size(), 0);
    QVERIFY(panel()->editor()->isNew());
}

void TestUiMainWindow::digitKeysSetTheScore()
{
    openNewSession();
    panel()->newQuestion();
    auto *slider = child<QSlider>(w(), QStringLiteral("scoreSlider"));
    auto *spin = child<QDoubleSpinBox>(w(), QStringLiteral("scoreSpinBox"));
    slider->setFocus();
    QTest::keyClick(slider, Qt::Key_7);
    QCOMPARE(spin->value(), 7.0);
    QCOMPARE(slider->value(), 14);
    QTest::keyClick(slider, Qt::Key_7);
    QCOMPARE(spin->value(), 7.5);
    QTest::keyClick(slider, Qt::Key_End);
    QCOMPARE(spin->value(), 10.0);
    QTest::keyClick(slider, Qt::Key_Left);
    QCOMPARE(spin->value(), 9.5);
    QCOMPARE(panel()->editor()->score(), std::optional<double>(9.5));
}

void TestUiMainWindow::lifecycleButtonsFollowTheStatus()
{
    const Session session = openNewSession();
    auto *start = child<QPushButton>(w(), QStringLiteral("startButton"));
    auto *complete = child<QPushButton>(w(), QStringLiteral("completeButton"));
    auto *cancel = child<QPushButton>(w(), QStringLiteral("cancelButton"));
    QVERIFY(start->isEnabled());
    QVERIFY(!complete->isEnabled());
    QVERIFY(cancel->isEnabled());

    QTest::mouseClick(start, Qt::LeftButton);
    QVERIFY(!start->isEnabled()); // no second click while it is on its way
    QTRY_VERIFY(complete->isEnabled());
    QCOMPARE(m_db->service().session(session.sessionId)->status, SessionStatus::InProgress);
    QVERIFY(!start->isEnabled());
    QVERIFY(cancel->isEnabled());
    m_db->clock().advance(90 * 1000);
    QTRY_VERIFY(child<QLabel>(w(), QStringLiteral("elapsedLabel"))->text().contains(QStringLiteral("0:01:30")));

    // Complete asks first; "No" changes nothing.
    MessageBox::setNextAnswer(QMessageBox::No);
    QTest::mouseClick(complete, Qt::LeftButton);
    QCOMPARE(m_db->service().session(session.sessionId)->status, SessionStatus::InProgress);
    QVERIFY(complete->isEnabled());
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(complete, Qt::LeftButton);
    // The view follows the writer's result.
    QTRY_COMPARE(child<QLabel>(w(), QStringLiteral("statusValueLabel"))->text(),
                 EnumText::name(SessionStatus::Completed));
    QCOMPARE(m_db->service().session(session.sessionId)->status, SessionStatus::Completed);
    QVERIFY(!start->isEnabled());
    QVERIFY(!complete->isEnabled());
    QVERIFY(!cancel->isEnabled());
    QVERIFY(!child<QPushButton>(w(), QStringLiteral("newQuestionButton"))->isEnabled());
    QVERIFY(child<QLineEdit>(w(), QStringLiteral("sessionNameLineEdit"))->isReadOnly());
    QVERIFY(!child<QComboBox>(w(), QStringLiteral("sessionTypeComboBox"))->isEnabled());
    // The verdict stays editable after the end.
    QVERIFY(child<QComboBox>(w(), QStringLiteral("recommendationComboBox"))->isEnabled());

    // A pending session can be cancelled, after confirmation.
    const Session other = openNewSession(QStringLiteral("user_002"));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_COMPARE(child<QLabel>(w(), QStringLiteral("statusValueLabel"))->text(),
                 EnumText::name(SessionStatus::Cancelled));
    QCOMPARE(m_db->service().session(other.sessionId)->status, SessionStatus::Cancelled);
    QVERIFY(!start->isEnabled());
    QVERIFY(!cancel->isEnabled());
}

void TestUiMainWindow::sessionFieldsSaveAsEdited()
{
    const Session session = openNewSession();
    auto *name = child<QLineEdit>(w(), QStringLiteral("sessionNameLineEdit"));
    name->setFocus();
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("Renamed"));
    QTest::keyClick(name, Qt::Key_Return);
    QTRY_COMPARE(m_db->service().session(session.sessionId)->sessionName, QStringLiteral("Renamed"));
    QTRY_COMPARE(child<QLabel>(w(), QStringLiteral("titleLabel"))->text(), QStringLiteral("Renamed"));

    auto *recommendation = child<QComboBox>(w(), QStringLiteral("recommendationComboBox"));
    recommendation->setCurrentIndex(recommendation->findData(int(Recommendation::StrongYes)));
    Q_EMIT recommendation->activated(recommendation->currentIndex());
    QTRY_COMPARE(m_db->service().session(session.sessionId)->recommendation, Recommendation::StrongYes);

    test::typeText(child<QPlainTextEdit>(w(), QStringLiteral("notesTextEdit")), QStringLiteral("沟通清楚"));
    QTRY_COMPARE(m_db->service().session(session.sessionId)->notes, QStringLiteral("沟通清楚"));

    auto *metadata = child<QPlainTextEdit>(w(), QStringLiteral("metadataTextEdit"));
    metadata->setPlainText(QStringLiteral("not json"));
    QTest::mouseClick(child<QPushButton>(w(), QStringLiteral("applyMetadataButton")), Qt::LeftButton);
    QVERIFY(!child<QLabel>(w(), QStringLiteral("metadataErrorLabel"))->text().isEmpty());
    metadata->setPlainText(QStringLiteral("{\"round\": 2}"));
    QTest::mouseClick(child<QPushButton>(w(), QStringLiteral("applyMetadataButton")), Qt::LeftButton);
    QTRY_COMPARE(m_db->service().session(session.sessionId)->metadata.value(QStringLiteral("round")).toInt(), 2);
}

void TestUiMainWindow::unsavedEditsAreProtected()
{
    const Session first = openNewSession();
    const Session second = openNewSession(QStringLiteral("user_002"));
    m_window->sessionBrowser()->selectSession(first.sessionId);
    QCOMPARE(m_window->sessionView()->sessionId(), first.sessionId);
    panel()->newQuestion();
    QTest::keyClicks(child<QPlainTextEdit>(w(), QStringLiteral("questionTextEdit")), QStringLiteral("Unsaved"));
    QVERIFY(panel()->editor()->isDirty());

    // Cancel: stay on the session with the edit.
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    m_window->sessionBrowser()->selectSession(second.sessionId);
    QCOMPARE(m_window->sessionView()->sessionId(), first.sessionId);
    QCOMPARE(m_window->sessionBrowser()->currentSessionId(), first.sessionId);
    QVERIFY(panel()->editor()->isDirty());

    // Save: the question is stored, then (once it has landed) the other session opens.
    MessageBox::setNextAnswer(QMessageBox::Save);
    m_window->sessionBrowser()->selectSession(second.sessionId);
    QTRY_COMPARE(m_window->sessionView()->sessionId(), second.sessionId);
    QCOMPARE(m_window->sessionBrowser()->currentSessionId(), second.sessionId);
    QCOMPARE(m_db->service().questions(first.sessionId)->size(), 1);

    // Discard: nothing stored.
    panel()->newQuestion();
    QTest::keyClicks(child<QPlainTextEdit>(w(), QStringLiteral("questionTextEdit")), QStringLiteral("Dropped"));
    MessageBox::setNextAnswer(QMessageBox::Discard);
    m_window->sessionBrowser()->selectSession(first.sessionId);
    QCOMPARE(m_window->sessionView()->sessionId(), first.sessionId);
    QCOMPARE(m_db->service().questions(second.sessionId)->size(), 0);
}

void TestUiMainWindow::deleteQuestionAsksFirst()
{
    const Session session = openNewSession();
    const QuestionRecord q = m_db->addQuestion(session.sessionId, QStringLiteral("To delete"), 5, Source::Ui);
    auto *table = child<QTableView>(w(), QStringLiteral("questionTableView"));
    QTRY_COMPARE(table->model()->rowCount(), 1);
    table->setCurrentIndex(table->model()->index(0, 0));
    QCOMPARE(panel()->editor()->questionId(), q.questionId);
    auto *remove = child<QPushButton>(w(), QStringLiteral("deleteQuestionButton"));
    MessageBox::setNextAnswer(QMessageBox::No);
    QTest::mouseClick(remove, Qt::LeftButton);
    QVERIFY(m_db->service().question(q.questionId).ok());
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(remove, Qt::LeftButton);
    QTRY_VERIFY(!panel()->isBusy());
    QVERIFY(!m_db->service().question(q.questionId).ok());
    QCOMPARE(table->model()->rowCount(), 0);
    QVERIFY(!panel()->editor()->hasForm());
}

void TestUiMainWindow::deleteSessionAsksFirst()
{
    const Session session = openNewSession();
    m_db->addQuestion(session.sessionId, QStringLiteral("Q1"), 5);
    MessageBox::setNextAnswer(QMessageBox::No);
    m_window->deleteCurrentSession();
    QVERIFY(m_db->service().session(session.sessionId).ok());
    MessageBox::setNextAnswer(QMessageBox::Yes);
    m_window->deleteCurrentSession();
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("1")));
    QTRY_VERIFY(m_window->sessionView()->sessionId().isEmpty());
    QCOMPARE(m_db->service().session(session.sessionId).error().code, ErrorCode::SessionNotFound);
    QCOMPARE(m_window->sessionBrowser()->model()->rowOf(session.sessionId), -1);
}

void TestUiMainWindow::apiQuestionFromAnotherThreadAppears()
{
    const Session session = openNewSession();
    // The HTTP server writes through the same service from its own thread.
    bool ok = false;
    std::unique_ptr<QThread> writer(QThread::create([&] {
        ok = m_db->service()
                 .addQuestion(session.sessionId, test::sampleQuestion(QStringLiteral("来自 Dify 的题目"), 7),
                              Source::Api)
                 .ok();
    }));
    writer->start();
    QVERIFY(writer->wait(10000));
    QVERIFY(ok);
    auto *table = child<QTableView>(w(), QStringLiteral("questionTableView"));
    QTRY_COMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, QuestionListModel::SourceColumn).data().toString(),
             QStringLiteral("AI · unreviewed"));
    QTRY_COMPARE(m_window->sessionBrowser()->model()->index(0, SessionTableModel::Questions).data().toInt(), 1);
    QTRY_COMPARE(m_window->sessionView()->summaryPanel()->summary().totalQuestions, 1);
}

void TestUiMainWindow::acceptMarksAnApiQuestionReviewed()
{
    const Session session = openNewSession();
    const QuestionRecord q = m_db->addQuestion(session.sessionId, QStringLiteral("From the API"), 6);
    auto *table = child<QTableView>(w(), QStringLiteral("questionTableView"));
    table->setCurrentIndex(table->model()->index(0, 0));
    auto *accept = child<QPushButton>(w(), QStringLiteral("acceptQuestionButton"));
    QVERIFY(accept->isVisibleTo(w()));
    QTest::mouseClick(accept, Qt::LeftButton);
    QTRY_VERIFY(!panel()->isBusy());
    QVERIFY(m_db->service().question(q.questionId)->reviewed);
    QCOMPARE(table->model()->index(0, QuestionListModel::SourceColumn).data().toString(), QStringLiteral("AI"));
    QVERIFY(!accept->isVisibleTo(w()));

    // Editing an API question also counts as reviewing it.
    const QuestionRecord other = m_db->addQuestion(session.sessionId, QStringLiteral("Another"), 6);
    table->setCurrentIndex(table->model()->index(1, 0));
    QTest::keyClicks(child<QPlainTextEdit>(w(), QStringLiteral("feedbackTextEdit")), QStringLiteral(" ok"));
    QTest::mouseClick(child<QPushButton>(w(), QStringLiteral("saveQuestionButton")), Qt::LeftButton);
    QTRY_VERIFY(m_db->service().question(other.questionId)->reviewed);
}

void TestUiMainWindow::summaryFollowsTheQuestions()
{
    const Session session = openNewSession();
    SummaryPanel *summary = m_window->sessionView()->summaryPanel();
    m_db->addQuestion(session.sessionId, QStringLiteral("Q1"), 8);
    m_db->addQuestion(session.sessionId, QStringLiteral("Q2"), 6);
    QTRY_COMPARE(child<QLabel>(summary, QStringLiteral("totalLabel"))->text(), QStringLiteral("2"));
    QCOMPARE(child<QLabel>(summary, QStringLiteral("averageLabel"))->text(), QStringLiteral("7.0"));
    QCOMPARE(child<QLabel>(summary, QStringLiteral("typeAverageLabel_technical"))->text(), QStringLiteral("7.0"));
}

void TestUiMainWindow::searchFiltersTheBrowser()
{
    openNewSession(QStringLiteral("alice"));
    openNewSession(QStringLiteral("bob"));
    SessionTableModel *model = m_window->sessionBrowser()->model();
    QCOMPARE(model->rowCount(), 2);
    QTest::keyClicks(child<QLineEdit>(w(), QStringLiteral("searchLineEdit")), QStringLiteral("ali"));
    QTRY_COMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, SessionTableModel::UserId).data().toString(), QStringLiteral("alice"));
    auto *status = child<QComboBox>(w(), QStringLiteral("statusFilterComboBox"));
    status->setCurrentIndex(status->findData(int(SessionStatus::Completed)));
    Q_EMIT status->activated(status->currentIndex());
    QCOMPARE(model->rowCount(), 0);
}

void TestUiMainWindow::closingAsksAboutUnsavedEditsAndSavesTheLayout()
{
    openNewSession();
    panel()->newQuestion();
    QTest::keyClicks(child<QPlainTextEdit>(w(), QStringLiteral("questionTextEdit")), QStringLiteral("Half typed"));
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QVERIFY(!m_window->close());
    QVERIFY(m_window->isVisible());
    MessageBox::setNextAnswer(QMessageBox::Discard);
    m_window->resize(m_window->width() + 10, m_window->height());
    const QSize size = m_window->size();
    QVERIFY(m_window->close());
    QVERIFY(QSettings().contains(QStringLiteral("window/geometry")));
    MainWindow again(*m_client, *m_server, m_db->clock(), nullptr);
    QCOMPARE(again.size(), size);
}

void TestUiMainWindow::aSaveWhileTheDatabaseIsLockedDoesNotBlockTheWindow()
{
    const Session session = openNewSession();
    panel()->newQuestion();
    auto *text = child<QPlainTextEdit>(w(), QStringLiteral("questionTextEdit"));
    test::typeText(text, QStringLiteral("锁住时提交的题目"));
    auto *save = child<QPushButton>(w(), QStringLiteral("saveQuestionButton"));
    auto *status = child<QLabel>(w(), QStringLiteral("saveStatusLabel"));

    WriteLockHolder lock(m_db->filePath());
    QVERIFY(lock.isLocked());
    int ticks = 0;
    QTimer ticker;
    ticker.setInterval(10);
    connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
    ticker.start();
    QElapsedTimer clicked;
    clicked.start();
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY2(clicked.elapsed() < 1000, "the click waited for the database");
    QVERIFY(panel()->isBusy());
    // Neither the button nor Ctrl+Return can submit it twice.
    QVERIFY(!save->isEnabled());
    QTest::keyClick(text, Qt::Key_Return, Qt::ControlModifier);

    // The event loop keeps turning while the write waits for the lock, and the editor says so.
    QTRY_VERIFY(ticks >= 10);
    QTRY_VERIFY(status->isVisible());
    QCOMPARE(status->text(), QStringLiteral("Saving…"));
    QVERIFY(panel()->isBusy());
    QVERIFY(panel()->editor()->isDirty());
    QCOMPARE(m_db->service().questions(session.sessionId)->size(), 0);

    // Released: the save lands, once, and its row is selected.
    lock.release();
    QTRY_VERIFY(!panel()->isBusy());
    const Result<QList<QuestionRecord>> stored = m_db->service().questions(session.sessionId);
    QCOMPARE(stored->size(), 1);
    QCOMPARE(stored->first().questionText, QStringLiteral("锁住时提交的题目"));
    QVERIFY(!status->isVisible());
    QVERIFY(!panel()->editor()->isDirty());
    QCOMPARE(panel()->editor()->questionId(), stored->first().questionId);
    auto *table = child<QTableView>(w(), QStringLiteral("questionTableView"));
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->currentIndex().row(), 0);
}

void TestUiMainWindow::windowWritesRunOnTheWritersThread()
{
    const Session session = openNewSession();
    // Every change signal is emitted by the thread that wrote (after its commit): record which.
    QMutex mutex;
    std::set<QString> signalsSeen;
    QList<QThread *> threads;
    QObject probe;
    InterviewService &service = m_db->service();
    const auto record = [&](const QString &name) {
        return [&, name] {
            QMutexLocker locker(&mutex);
            signalsSeen.insert(name);
            threads << QThread::currentThread();
        };
    };
    connect(&service, &InterviewService::sessionAdded, &probe, record(QStringLiteral("sessionAdded")),
            Qt::DirectConnection);
    connect(&service, &InterviewService::sessionChanged, &probe, record(QStringLiteral("sessionChanged")),
            Qt::DirectConnection);
    connect(&service, &InterviewService::sessionRemoved, &probe, record(QStringLiteral("sessionRemoved")),
            Qt::DirectConnection);
    connect(&service, &InterviewService::questionAdded, &probe, record(QStringLiteral("questionAdded")),
            Qt::DirectConnection);
    connect(&service, &InterviewService::questionChanged, &probe, record(QStringLiteral("questionChanged")),
            Qt::DirectConnection);
    connect(&service, &InterviewService::questionRemoved, &probe, record(QStringLiteral("questionRemoved")),
            Qt::DirectConnection);
    const qint64 writesBefore = m_db->writer().writeCount();

    // Add a question, edit it, rename the session, delete the question.
    panel()->newQuestion();
    auto *text = child<QPlainTextEdit>(w(), QStringLiteral("questionTextEdit"));
    test::typeText(text, QStringLiteral("Written by the writer"));
    QTest::keyClick(text, Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE(panel()->model()->rowCount(), 1);
    QTRY_VERIFY(!panel()->isBusy());
    test::typeText(child<QPlainTextEdit>(w(), QStringLiteral("feedbackTextEdit")), QStringLiteral("ok"));
    QTest::keyClick(text, Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY(!panel()->isBusy());
    auto *name = child<QLineEdit>(w(), QStringLiteral("sessionNameLineEdit"));
    name->setFocus();
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("Renamed"));
    QTest::keyClick(name, Qt::Key_Return);
    QTRY_COMPARE(m_db->service().session(session.sessionId)->sessionName, QStringLiteral("Renamed"));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(child<QPushButton>(w(), QStringLiteral("deleteQuestionButton")), Qt::LeftButton);
    QTRY_COMPARE(panel()->model()->rowCount(), 0);
    QTRY_VERIFY(!panel()->isBusy());

    // Create a session through the dialog, then delete it.
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<NewSessionDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("userIdLineEdit")), QStringLiteral("cand_w"));
        QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("createButton")), Qt::LeftButton);
    });
    m_window->newSession();
    const QString created = m_window->sessionView()->sessionId();
    QVERIFY(created != session.sessionId);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    m_window->deleteCurrentSession();
    QTRY_COMPARE(m_window->sessionBrowser()->model()->rowOf(created), -1);
    QVERIFY(m_window->sessionView()->sessionId() != created);
    QCOMPARE(m_db->service().session(created).error().code, ErrorCode::SessionNotFound);

    QMutexLocker locker(&mutex);
    const std::set<QString> expected {QStringLiteral("sessionAdded"),    QStringLiteral("sessionChanged"),
                                      QStringLiteral("sessionRemoved"),  QStringLiteral("questionAdded"),
                                      QStringLiteral("questionChanged"), QStringLiteral("questionRemoved")};
    QCOMPARE(signalsSeen, expected);
    for (QThread *thread : std::as_const(threads)) {
        QVERIFY(thread != QThread::currentThread()); // not the GUI thread
        QCOMPARE(thread->objectName(), QStringLiteral("ir-writer"));
    }
    QCOMPARE(m_db->writer().writeCount() - writesBefore, 6);
}

void TestUiMainWindow::saveFromTheUnsavedPromptWaitsForTheResult()
{
    const Session first = openNewSession();
    const Session second = openNewSession(QStringLiteral("user_002"));
    SessionBrowser *browser = m_window->sessionBrowser();
    browser->selectSession(first.sessionId);
    QCOMPARE(m_window->sessionView()->sessionId(), first.sessionId);
    panel()->newQuestion();
    auto *text = child<QPlainTextEdit>(w(), QStringLiteral("questionTextEdit"));
    test::typeText(text, QStringLiteral("Saved on the way out"));
    auto *status = child<QLabel>(w(), QStringLiteral("saveStatusLabel"));

    {
        // Save while the lock is held elsewhere: the window stays on the session until it lands.
        WriteLockHolder lock(m_db->filePath());
        QVERIFY(lock.isLocked());
        MessageBox::setNextAnswer(QMessageBox::Save);
        browser->selectSession(second.sessionId);
        QVERIFY(panel()->isBusy());
        QTRY_VERIFY(status->isVisible()); // the event loop has turned meanwhile
        QCOMPARE(m_window->sessionView()->sessionId(), first.sessionId);
        QCOMPARE(browser->currentSessionId(), first.sessionId);
        QCOMPARE(m_db->service().questions(first.sessionId)->size(), 0);
    }
    QTRY_COMPARE(m_window->sessionView()->sessionId(), second.sessionId);
    QCOMPARE(browser->currentSessionId(), second.sessionId);
    QCOMPARE(m_db->service().questions(first.sessionId)->size(), 1);

    // A save that fails keeps the person where they were, with the message and the edits.
    browser->selectSession(first.sessionId);
    QCOMPARE(m_window->sessionView()->sessionId(), first.sessionId);
    ServiceLimits limits = m_db->service().limits();
    limits.questionsPerSession = 1;
    m_db->service().setLimits(limits);
    panel()->newQuestion();
    test::typeText(text, QStringLiteral("One too many"));
    MessageBox::setNextAnswer(QMessageBox::Save);
    browser->selectSession(second.sessionId);
    QTRY_VERIFY(!panel()->isBusy());
    auto *error = child<QLabel>(panel()->editor(), QStringLiteral("errorLabel"));
    QCOMPARE(error->text(), QStringLiteral("The session has reached its limit of 1 question."));
    QCOMPARE(m_window->sessionView()->sessionId(), first.sessionId);
    QCOMPARE(browser->currentSessionId(), first.sessionId);
    QVERIFY(panel()->editor()->isNew());
    QVERIFY(panel()->editor()->isDirty());
    QCOMPARE(text->toPlainText(), QStringLiteral("One too many"));
    QVERIFY(!text->isReadOnly());

    // Closing the window: the same failure keeps it open.
    MessageBox::setNextAnswer(QMessageBox::Save);
    QVERIFY(!m_window->close());
    QTRY_VERIFY(!panel()->isBusy());
    QVERIFY(m_window->isVisible());
    QCOMPARE(error->text(), QStringLiteral("The session has reached its limit of 1 question."));
    QCOMPARE(m_db->service().questions(first.sessionId)->size(), 1);

    // Once the save can succeed, the window closes after it has landed.
    limits.questionsPerSession = 50;
    m_db->service().setLimits(limits);
    MessageBox::setNextAnswer(QMessageBox::Save);
    QVERIFY(!m_window->close()); // not yet: the save is on its way
    QTRY_VERIFY(!m_window->isVisible());
    QCOMPARE(m_db->service().questions(first.sessionId)->size(), 2);
}

void TestUiMainWindow::newSessionDialogWaitsForTheWriter()
{
    InterviewService &service = m_db->service();
    NewSessionDialog dialog(*m_client, m_window.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *userId = child<QLineEdit>(&dialog, QStringLiteral("userIdLineEdit"));
    auto *create = child<QPushButton>(&dialog, QStringLiteral("createButton"));
    QTest::keyClicks(userId, QStringLiteral("cand_9"));
    {
        WriteLockHolder lock(m_db->filePath());
        QVERIFY(lock.isLocked());
        QTest::keyClick(userId, Qt::Key_Return); // Create
        QVERIFY(dialog.isCreating());
        QVERIFY(!create->isEnabled());
        QCOMPARE(create->text(), QStringLiteral("Creating…"));
        QVERIFY(!userId->isEnabled());
        // Enter again creates nothing more; Esc waits: the write cannot be taken back.
        QTest::keyClick(&dialog, Qt::Key_Return);
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QVERIFY(dialog.isVisible());
    }
    QTRY_VERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(*service.countSessions({}), 1);
    QCOMPARE(service.session(dialog.createdSessionId())->userId, QStringLiteral("cand_9"));

    // A refusal shows inline; the dialog stays with what was typed, and Esc works again.
    ServiceLimits limits = service.limits();
    limits.activeSessionsPerUser = 1;
    service.setLimits(limits);
    NewSessionDialog again(*m_client, m_window.get());
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    auto *againUserId = child<QLineEdit>(&again, QStringLiteral("userIdLineEdit"));
    QTest::keyClicks(againUserId, QStringLiteral("cand_9"));
    QTest::keyClick(againUserId, Qt::Key_Return);
    QTRY_VERIFY(!again.isCreating());
    QVERIFY(again.isVisible());
    auto *error = child<QLabel>(&again, QStringLiteral("errorLabel"));
    QVERIFY(error->isVisible());
    QCOMPARE(error->text(),
             QStringLiteral("This candidate already has too many open sessions. Complete or cancel one first."));
    QCOMPARE(againUserId->text(), QStringLiteral("cand_9"));
    QVERIFY(againUserId->isEnabled());
    QVERIFY(child<QPushButton>(&again, QStringLiteral("createButton"))->isEnabled());
    QCOMPARE(*service.countSessions({}), 1);
    QTest::keyClick(&again, Qt::Key_Escape);
    QVERIFY(!again.isVisible());
    QCOMPARE(again.result(), int(QDialog::Rejected));
}

QTEST_MAIN(TestUiMainWindow)
#include "tst_uimainwindow.moc"
