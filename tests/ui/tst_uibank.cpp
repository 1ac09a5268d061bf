// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bankcodec.h"
#include "bankquestiondialog.h"
#include "bankquestiontablemodel.h"
#include "enumtext.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "questionbankview.h"
#include "questionpanel.h"
#include "rules.h"
#include "sessionview.h"
#include "uitesthelpers.h"
#include "windowfixture.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QScrollBar>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>

using namespace ir;
using namespace ir::ui;
using test::child;

// The question bank window (issue 12): create by typing, find by a 2-character Chinese search,
// edit, delete; the form's checks next to their fields; filters, paging, live updates; a recorded
// question saved to the bank in one key press.
class TestUiBank final : public QObject, private test::WindowFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::isolateSettings(); }
    void init();
    void cleanup();

    void createFindEditDelete();
    void formNamesTheFieldAtFault_data();
    void formNamesTheFieldAtFault();
    void serviceProblemsShowNextToTheirField();
    void escapeCancels();
    void filtersByTypeCategoryAndTag();
    void loadsPagesAsTheTableScrolls();
    void followsOtherWriters();
    void savesARecordedQuestionToTheBank();
    void exportsAndImportsAFile_data();
    void exportsAndImportsAFile();

private:
    QuestionBankView *openBank();
    // Runs `fill` on the bank form once it is open, then `open` (which opens it).
    void withDialog(const std::function<void(BankQuestionDialog *)> &fill, const std::function<void()> &open);
    BankQuestion addToBank(const QString &text, QuestionType type = QuestionType::Technical,
                           const QString &category = {}, const QStringList &tags = {});
    QList<BankQuestion> stored();
};

void TestUiBank::init()
{
    QVERIFY(openWindow());
}

void TestUiBank::cleanup()
{
    closeWindow();
}

QuestionBankView *TestUiBank::openBank()
{
    QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_B));
    QuestionBankView *view = m_window->questionBankView();
    if (!view || !QTest::qWaitForWindowExposed(view))
        qFatal("the question bank did not open");
    QApplication::setActiveWindow(view);
    return view;
}

void TestUiBank::withDialog(const std::function<void(BankQuestionDialog *)> &fill, const std::function<void()> &open)
{
    bool filled = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<BankQuestionDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        const auto fail = qScopeGuard([dialog] {
            if (QTest::currentTestFailed())
                dialog->done(QDialog::Rejected); // not left open for ever
        });
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        if (QApplication::activeWindow() != dialog)
            QApplication::setActiveWindow(dialog); // offscreen: the platform's activation comes late
        fill(dialog);
        filled = true;
    });
    open();
    QVERIFY(filled);
    // Offscreen, the window under a closed dialog is not activated again by the platform.
    if (QWidget *under = QApplication::activeWindow(); !under || !under->isVisible()) {
        for (QWidget *top : QApplication::topLevelWidgets()) {
            if (top->isVisible() && top->objectName() == QStringLiteral("questionBankView"))
                QApplication::setActiveWindow(top);
        }
    }
}

BankQuestion TestUiBank::addToBank(const QString &text, QuestionType type, const QString &category,
                                   const QStringList &tags)
{
    BankQuestion q;
    q.questionText = text;
    q.questionType = type;
    q.questionCategory = category;
    q.tags = tags;
    const Result<BankQuestion> created = m_db->service().createBankQuestion(q);
    if (!created)
        qFatal("createBankQuestion: %s", qPrintable(created.error().details));
    return *created;
}

QList<BankQuestion> TestUiBank::stored()
{
    BankFilter all;
    all.pageSize = 1000;
    const Result<Page<BankQuestion>> page = m_db->service().bankQuestions(all);
    if (!page)
        qFatal("bankQuestions failed");
    return page->items;
}

void TestUiBank::createFindEditDelete()
{
    addToBank(QStringLiteral("Explain the difference between a process and a thread."));
    addToBank(QStringLiteral("描述一次团队合作的经历"), QuestionType::Behavioral);
    QuestionBankView *view = openBank();
    new QAbstractItemModelTester(view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest, view);
    QCOMPARE(view->model()->rowCount(), 2);

    // Ctrl+N, type everything, Ctrl+Return.
    withDialog(
        [](BankQuestionDialog *dialog) {
            auto *text = child<QPlainTextEdit>(dialog, QStringLiteral("questionTextEdit"));
            QCOMPARE(QApplication::focusWidget(), text);
            test::typeText(text, QStringLiteral("请解释Python中的GIL及其影响"));
            QTest::keyClick(text, Qt::Key_Tab);
            auto *type = child<QComboBox>(dialog, QStringLiteral("questionTypeComboBox"));
            QCOMPARE(QApplication::focusWidget(), type);
            type->setCurrentIndex(type->findData(int(QuestionType::Technical)));
            QTest::keyClick(type, Qt::Key_Tab);
            auto *category = child<QLineEdit>(dialog, QStringLiteral("categoryLineEdit"));
            QCOMPARE(QApplication::focusWidget(), category);
            test::typeText(category, QStringLiteral("编程基础"));
            QTest::keyClick(category, Qt::Key_Tab);
            auto *difficulty = child<QComboBox>(dialog, QStringLiteral("difficultyComboBox"));
            QCOMPARE(QApplication::focusWidget(), difficulty);
            difficulty->setCurrentIndex(difficulty->findData(int(DifficultyLevel::Hard)));
            QTest::keyClick(difficulty, Qt::Key_Tab);
            auto *tags = child<QLineEdit>(dialog, QStringLiteral("tagsLineEdit"));
            QCOMPARE(QApplication::focusWidget(), tags);
            test::typeText(tags, QStringLiteral("python，并发、 python"));
            QTest::keyClick(tags, Qt::Key_Tab);
            auto *expected = child<QPlainTextEdit>(dialog, QStringLiteral("expectedAnswerTextEdit"));
            QCOMPARE(QApplication::focusWidget(), expected);
            test::typeText(expected, QStringLiteral("全局解释器锁；CPU 密集型多线程受限"));
            QTest::keyClick(expected, Qt::Key_Return, Qt::ControlModifier);
        },
        [view] { QTest::keySequence(view, QKeySequence::New); });
    QList<BankQuestion> bank = stored();
    QCOMPARE(bank.size(), 3);
    const auto gil = std::find_if(bank.cbegin(), bank.cend(),
                                  [](const BankQuestion &q) { return q.questionText.contains(u"GIL"); });
    QVERIFY(gil != bank.cend());
    QCOMPARE(gil->questionText, QStringLiteral("请解释Python中的GIL及其影响"));
    QCOMPARE(gil->questionCategory, QStringLiteral("编程基础"));
    QCOMPARE(gil->difficultyLevel, DifficultyLevel::Hard);
    QCOMPARE(gil->tags, (QStringList {QStringLiteral("python"), QStringLiteral("并发")}));
    QCOMPARE(gil->expectedAnswer, QStringLiteral("全局解释器锁；CPU 密集型多线程受限"));
    const QString id = gil->bankQuestionId;
    QTRY_COMPARE(view->model()->rowCount(), 3);
    // The new question is the current row, its notes below the table.
    QTRY_COMPARE(view->tableView()->currentIndex().data(BankQuestionTableModel::BankQuestionIdRole).toString(), id);
    QVERIFY(child<QTextBrowser>(view, QStringLiteral("detailsTextBrowser"))->toPlainText().contains(u"全局解释器锁"));

    // A 2-character Chinese term finds it, and only it.
    QTest::keySequence(view, QKeySequence::Find);
    auto *search = child<QLineEdit>(view, QStringLiteral("searchLineEdit"));
    QCOMPARE(QApplication::focusWidget(), search);
    test::typeText(search, QStringLiteral("解释"));
    QTRY_COMPARE(view->model()->rowCount(), 1);
    QCOMPARE(view->model()->questionAt(0)->bankQuestionId, id);
    // Untranslated in tests: "question(s)" (the .ts files give "question" / "questions").
    QCOMPARE(child<QLabel>(view, QStringLiteral("bankCountLabel"))->text(), QStringLiteral("1 question(s)"));

    // Down goes to the results; Enter edits.
    QTest::keyClick(search, Qt::Key_Down);
    QCOMPARE(QApplication::focusWidget(), view->tableView());
    withDialog(
        [](BankQuestionDialog *dialog) {
            auto *text = child<QPlainTextEdit>(dialog, QStringLiteral("questionTextEdit"));
            QCOMPARE(text->toPlainText(), QStringLiteral("请解释Python中的GIL及其影响"));
            text->moveCursor(QTextCursor::End);
            test::typeText(text, QStringLiteral("？"));
            auto *category = child<QLineEdit>(dialog, QStringLiteral("categoryLineEdit"));
            category->setFocus();
            category->selectAll();
            test::typeText(category, QStringLiteral("Python"));
            QTest::keyClick(category, Qt::Key_Return); // Enter in a line field saves
        },
        [view] { QTest::keyClick(view->tableView(), Qt::Key_Return); });
    const Result<BankQuestion> edited = m_db->service().bankQuestion(id);
    QVERIFY(edited.ok());
    QCOMPARE(edited->questionText, QStringLiteral("请解释Python中的GIL及其影响？"));
    QCOMPARE(edited->questionCategory, QStringLiteral("Python"));
    QCOMPARE(edited->tags.size(), 2); // untouched
    QTRY_COMPARE(view->model()->questionAt(0)->questionText, QStringLiteral("请解释Python中的GIL及其影响？"));

    // Delete asks first: No keeps it, Yes deletes it.
    view->tableView()->setFocus();
    MessageBox::setNextAnswer(QMessageBox::No);
    QTest::keyClick(view->tableView(), Qt::Key_Delete);
    QVERIFY(MessageBox::lastText().contains(u"GIL"));
    QVERIFY(test::settleWrites(*m_db));
    QVERIFY(m_db->service().bankQuestion(id).ok());
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::keyClick(view->tableView(), Qt::Key_Delete);
    QTRY_COMPARE(view->model()->rowCount(), 0);
    QCOMPARE(m_db->service().bankQuestion(id).error().code, ErrorCode::BankQuestionNotFound);
    QCOMPARE(stored().size(), 2);
    // The search cleared: the others are still there.
    search->clear();
    QTRY_COMPARE(view->model()->rowCount(), 2);
}

void TestUiBank::formNamesTheFieldAtFault_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("category");
    QTest::addColumn<QString>("tags");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("errorLabel");
    QTest::addColumn<QString>("problem");

    const QString ok = QStringLiteral("什么是闭包？");
    const QString tooLong = QStringLiteral("Too long");
    QTest::addRow("no text") << QString() << QString() << QString() << QString()
                             << QStringLiteral("questionTextErrorLabel") << QStringLiteral("required");
    QTest::addRow("blank text") << QStringLiteral("   ") << QString() << QString() << QString()
                                << QStringLiteral("questionTextErrorLabel") << QStringLiteral("required");
    QTest::addRow("text too long") << QString(rules::QUESTION_TEXT.max + 1, u'问') << QString() << QString()
                                   << QString() << QStringLiteral("questionTextErrorLabel") << tooLong;
    QTest::addRow("category too long") << ok << QString(rules::QUESTION_CATEGORY.max + 1, u'类') << QString()
                                       << QString() << QStringLiteral("categoryErrorLabel") << tooLong;
    QTest::addRow("tag too long") << ok << QString() << QString(rules::TAG.max + 1, u't') << QString()
                                  << QStringLiteral("tagsErrorLabel") << QStringLiteral("too long");
    QStringList many;
    for (int i = 0; i <= rules::MAX_TAGS; ++i)
        many << QStringLiteral("t%1").arg(i);
    QTest::addRow("too many tags") << ok << QString() << many.join(u',') << QString()
                                   << QStringLiteral("tagsErrorLabel") << QStringLiteral("Too many tags");
    QTest::addRow("notes too long") << ok << QString() << QString() << QString(rules::EXPECTED_ANSWER.max + 1, u'答')
                                    << QStringLiteral("expectedAnswerErrorLabel") << tooLong;
}

void TestUiBank::formNamesTheFieldAtFault()
{
    QFETCH(QString, text);
    QFETCH(QString, category);
    QFETCH(QString, tags);
    QFETCH(QString, expected);
    QFETCH(QString, errorLabel);
    QFETCH(QString, problem);

    BankQuestionDialog dialog(*m_client, m_window.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    child<QPlainTextEdit>(&dialog, QStringLiteral("questionTextEdit"))->setPlainText(text);
    child<QLineEdit>(&dialog, QStringLiteral("categoryLineEdit"))->setText(category);
    child<QLineEdit>(&dialog, QStringLiteral("tagsLineEdit"))->setText(tags);
    child<QPlainTextEdit>(&dialog, QStringLiteral("expectedAnswerTextEdit"))->setPlainText(expected);
    QTest::mouseClick(child<QPushButton>(&dialog, QStringLiteral("saveButton")), Qt::LeftButton);
    QVERIFY(test::settleWrites(*m_db));
    QVERIFY(dialog.isVisible());
    auto *label = child<QLabel>(&dialog, errorLabel);
    QVERIFY(label->isVisible());
    QVERIFY2(label->text().contains(problem), qPrintable(label->text()));
    // Only that field's label speaks.
    for (QLabel *other : dialog.findChildren<QLabel *>(QRegularExpression(QStringLiteral("ErrorLabel$")))) {
        if (other != label)
            QVERIFY2(other->isHidden(), qPrintable(other->objectName()));
    }
    QVERIFY(stored().isEmpty());
    // Fixed, it saves.
    child<QPlainTextEdit>(&dialog, QStringLiteral("questionTextEdit"))->setPlainText(QStringLiteral("什么是闭包？"));
    child<QLineEdit>(&dialog, QStringLiteral("categoryLineEdit"))->clear();
    child<QLineEdit>(&dialog, QStringLiteral("tagsLineEdit"))->clear();
    child<QPlainTextEdit>(&dialog, QStringLiteral("expectedAnswerTextEdit"))->clear();
    QTest::keyClick(&dialog, Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(stored().size(), 1);
}

void TestUiBank::serviceProblemsShowNextToTheirField()
{
    // A question deleted while its form is open: the service's answer shows in the form, which
    // stays open with what was typed.
    const BankQuestion q = addToBank(QStringLiteral("What is a closure?"));
    BankQuestionDialog dialog(*m_client, m_window.get());
    dialog.setQuestion(q);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(m_db->service().deleteBankQuestion(q.bankQuestionId).ok());
    auto *text = child<QPlainTextEdit>(&dialog, QStringLiteral("questionTextEdit"));
    text->setFocus();
    text->moveCursor(QTextCursor::End);
    QTest::keyClicks(text, QStringLiteral(" In JavaScript?"));
    QTest::keyClick(text, Qt::Key_Return, Qt::ControlModifier);
    auto *error = child<QLabel>(&dialog, QStringLiteral("errorLabel"));
    QTRY_VERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("no longer in the bank")), qPrintable(error->text()));
    QVERIFY(dialog.isVisible());
    QCOMPARE(text->toPlainText(), QStringLiteral("What is a closure? In JavaScript?"));
    QVERIFY(!dialog.isSaving());
    QVERIFY(text->isEnabled());
}

void TestUiBank::escapeCancels()
{
    QuestionBankView *view = openBank();
    withDialog(
        [](BankQuestionDialog *dialog) {
            auto *text = child<QPlainTextEdit>(dialog, QStringLiteral("questionTextEdit"));
            QTest::keyClicks(text, QStringLiteral("Never saved"));
            QTest::keyClick(text, Qt::Key_Escape);
        },
        [view] {
            QTest::mouseClick(child<QPushButton>(view, QStringLiteral("newBankQuestionButton")), Qt::LeftButton);
        });
    QVERIFY(test::settleWrites(*m_db));
    QVERIFY(stored().isEmpty());
    QVERIFY(!QApplication::activeModalWidget());
}

void TestUiBank::filtersByTypeCategoryAndTag()
{
    addToBank(QStringLiteral("Design a rate limiter"), QuestionType::ProjectBased, QStringLiteral("System design"),
              {QStringLiteral("backend")});
    addToBank(QStringLiteral("Tell me about a conflict"), QuestionType::Behavioral, QStringLiteral("团队协作"),
              {QStringLiteral("soft")});
    addToBank(QStringLiteral("What is the GIL?"), QuestionType::Technical, QStringLiteral("Python"),
              {QStringLiteral("backend"), QStringLiteral("python")});
    QuestionBankView *view = openBank();
    QCOMPARE(view->model()->rowCount(), 3);

    // Type: the keyboard picks it.
    auto *type = child<QComboBox>(view, QStringLiteral("typeFilterComboBox"));
    type->setFocus();
    while (type->currentData().toInt() != int(QuestionType::Behavioral))
        QTest::keyClick(type, Qt::Key_Down);
    QTRY_COMPARE(view->model()->rowCount(), 1);
    QCOMPARE(view->model()->questionAt(0)->questionText, QStringLiteral("Tell me about a conflict"));
    while (type->currentIndex() != 0)
        QTest::keyClick(type, Qt::Key_Up);
    QTRY_COMPARE(view->model()->rowCount(), 3);

    // Tag: the tags in use are offered.
    auto *tag = child<QComboBox>(view, QStringLiteral("tagFilterComboBox"));
    QVERIFY(tag->findText(QStringLiteral("backend")) > 0);
    QVERIFY(tag->findText(QStringLiteral("python")) > 0);
    tag->setFocus();
    while (tag->currentText() != QStringLiteral("backend"))
        QTest::keyClick(tag, Qt::Key_Down);
    QTRY_COMPARE(view->model()->rowCount(), 2);
    QCOMPARE(view->model()->filter().tag, QStringLiteral("backend"));

    // Category: typed (exact), Enter applies; with the tag still set only one is left.
    auto *category = child<QComboBox>(view, QStringLiteral("categoryFilterComboBox"));
    category->setFocus();
    test::typeText(category->lineEdit(), QStringLiteral("Python"));
    QTest::keyClick(category->lineEdit(), Qt::Key_Return);
    QTRY_COMPARE(view->model()->rowCount(), 1);
    QCOMPARE(view->model()->questionAt(0)->questionText, QStringLiteral("What is the GIL?"));
    category->lineEdit()->clear();
    QTRY_COMPARE(view->model()->rowCount(), 2);
}

void TestUiBank::loadsPagesAsTheTableScrolls()
{
    const int count = BankQuestionTableModel::PAGE_SIZE * 9 + 17;
    QList<BankQuestion> drafts;
    for (int i = 0; i < count; ++i) {
        BankQuestion q;
        q.questionText = QStringLiteral("题目 %1").arg(i, 4, 10, QLatin1Char('0'));
        drafts << q;
    }
    QCOMPARE(*m_db->service().importBankQuestions(drafts), count);
    QuestionBankView *view = openBank();
    new QAbstractItemModelTester(view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest, view);
    QCOMPARE(view->model()->totalCount(), count);
    // Whole pages, as many as the view asked for to fill itself: far from all of them.
    QVERIFY(view->model()->rowCount() >= BankQuestionTableModel::PAGE_SIZE);
    QVERIFY(view->model()->rowCount() <= 3 * BankQuestionTableModel::PAGE_SIZE);
    QCOMPARE(view->model()->rowCount() % BankQuestionTableModel::PAGE_SIZE, 0);
    QCOMPARE(child<QLabel>(view, QStringLiteral("bankCountLabel"))->text(),
             QStringLiteral("%1 question(s)").arg(count));
    QTableView *table = view->tableView();
    table->setFocus();
    for (int i = 0; i < 20 && view->model()->rowCount() < count; ++i) {
        const int before = view->model()->rowCount();
        QTest::keyClick(table, Qt::Key_End, Qt::ControlModifier);
        // The view asks for the next page as it reaches the end.
        QTRY_VERIFY(view->model()->rowCount() > before);
    }
    QTRY_COMPARE(view->model()->rowCount(), count);
    QStringList ids;
    for (int row = 0; row < count; ++row)
        ids << view->model()->questionAt(row)->bankQuestionId;
    ids.removeDuplicates();
    QCOMPARE(ids.size(), count);
}

void TestUiBank::followsOtherWriters()
{
    QuestionBankView *view = openBank();
    QCOMPARE(view->model()->rowCount(), 0);
    // As the HTTP API would: straight to the service, from another thread's point of view a signal.
    const BankQuestion q = addToBank(QStringLiteral("Posted over HTTP"), QuestionType::Logical);
    QTRY_COMPARE(view->model()->rowCount(), 1);
    QCOMPARE(view->model()->index(0, BankQuestionTableModel::Type).data().toString(),
             EnumText::name(QuestionType::Logical));
    BankQuestionPatch patch;
    patch.questionText = QStringLiteral("Changed over HTTP");
    QVERIFY(m_db->service().updateBankQuestion(q.bankQuestionId, patch).ok());
    QTRY_COMPARE(view->model()->questionAt(0)->questionText, QStringLiteral("Changed over HTTP"));
    QVERIFY(m_db->service().deleteBankQuestion(q.bankQuestionId).ok());
    QTRY_COMPARE(view->model()->rowCount(), 0);
}

void TestUiBank::savesARecordedQuestionToTheBank()
{
    const Session session = m_db->createSession();
    QuestionDraft draft = test::sampleQuestion(QStringLiteral("  解释一下Python的装饰器  "));
    draft.questionCategory = QStringLiteral("编程基础");
    draft.interviewerFeedback = QStringLiteral("好的回答会提到闭包");
    QVERIFY(m_db->service().addQuestion(session.sessionId, draft, Source::Ui).ok());
    QVERIFY(test::openInBrowser(m_window->sessionBrowser(), session.sessionId));
    QuestionPanel *panel = m_window->sessionView()->questionPanel();
    auto *table = child<QTableView>(panel, QStringLiteral("questionTableView"));
    QTRY_COMPARE(table->model()->rowCount(), 1);
    QAction *action = panel->saveToBankAction();
    QVERIFY(!action->isEnabled()); // nothing selected yet
    table->setFocus();
    table->setCurrentIndex(table->model()->index(0, 0));
    QVERIFY(action->isEnabled());
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));

    QTest::keyClick(table, Qt::Key_B, Qt::ControlModifier | Qt::ShiftModifier);
    QStatusBar *status = m_window->statusBar();
    QTRY_VERIFY2(status->currentMessage().contains(QStringLiteral("Saved to the question bank")),
                 qPrintable(status->currentMessage()));
    QList<BankQuestion> bank = stored();
    QCOMPARE(bank.size(), 1);
    QCOMPARE(bank.first().questionText.trimmed(), QStringLiteral("解释一下Python的装饰器"));
    QCOMPARE(bank.first().questionCategory, QStringLiteral("编程基础"));
    QCOMPARE(bank.first().expectedAnswer, QStringLiteral("好的回答会提到闭包"));

    // Again: the bank has it already, and says so; no second copy.
    status->clearMessage();
    QTest::keyClick(table, Qt::Key_B, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY2(status->currentMessage().contains(QStringLiteral("already has")),
                 qPrintable(status->currentMessage()));
    QCOMPARE(stored().size(), 1);
}

void TestUiBank::exportsAndImportsAFile_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addRow("csv") << QStringLiteral("bank.csv");
    QTest::addRow("json") << QStringLiteral("bank.json");
}

void TestUiBank::exportsAndImportsAFile()
{
    QFETCH(QString, fileName);
    const BankQuestion closure = addToBank(QStringLiteral("闭包是什么？"), QuestionType::Technical,
                                           QStringLiteral("编程基础"), {QStringLiteral("js"), QStringLiteral("函数")});
    addToBank(QStringLiteral("Design a cache"), QuestionType::ProjectBased);
    QuestionBankView *view = openBank();
    QTemporaryDir dir;
    const QString path = dir.filePath(fileName);
    // The file question answered with path (the dialog itself is Qt's).
    QuestionBankView::setFileChooser([path](bool) { return path; });
    const auto reset = qScopeGuard([] { QuestionBankView::setFileChooser({}); });
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QTest::mouseClick(child<QPushButton>(view, QStringLiteral("exportBankButton")), Qt::LeftButton);
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("Exported 2")), qPrintable(MessageBox::lastText()));
    const Result<QList<BankQuestion>> written = BankCodec::readFile(path);
    QVERIFY(written.ok());
    QCOMPARE(written->size(), 2);

    // One deleted, the file imported back: it returns, the other is skipped.
    QVERIFY(m_db->service().deleteBankQuestion(closure.bankQuestionId).ok());
    QTRY_COMPARE(view->model()->rowCount(), 1);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QTest::mouseClick(child<QPushButton>(view, QStringLiteral("importBankButton")), Qt::LeftButton);
    QTRY_COMPARE(view->model()->rowCount(), 2);
    QTRY_VERIFY2(MessageBox::lastText().contains(QStringLiteral("skipped")), qPrintable(MessageBox::lastText()));
    const QList<BankQuestion> bank = stored();
    const auto back = std::find_if(bank.cbegin(), bank.cend(), [](const BankQuestion &q) {
        return q.questionText == QStringLiteral("闭包是什么？");
    });
    QVERIFY(back != bank.cend());
    QCOMPARE(back->tags, (QStringList {QStringLiteral("js"), QStringLiteral("函数")}));
    QCOMPARE(back->questionCategory, QStringLiteral("编程基础"));
}

QTEST_MAIN(TestUiBank)
#include "tst_uibank.moc"
