// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bankquestionpicker.h"
#include "kiteditor.h"
#include "kitlistmodel.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "questionbankview.h"
#include "rules.h"
#include "uitesthelpers.h"
#include "windowfixture.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using namespace ir;
using namespace ir::ui;
using test::child;

// The kit editor (issue 12): build a kit by keyboard with competencies and bank questions,
// reorder, save, reopen; the form's and the service's problems next to their fields; unsaved
// edits asked about; deleting asks first; other writers' kits show.
class TestUiKits final : public QObject, private test::WindowFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::isolateSettings(); }
    void init();
    void cleanup();

    void buildReorderSaveReopen();
    void formNamesTheFieldAtFault_data();
    void formNamesTheFieldAtFault();
    void aQuestionGoneFromTheBankIsNamed();
    void leavingAsksAboutUnsavedEdits_data();
    void leavingAsksAboutUnsavedEdits();
    void escapeRevertsOnceConfirmed();
    void deleteAsksFirst();
    void followsOtherWriters();

private:
    KitEditor *openKits();
    // Offscreen, the window under a closed dialog is not activated again by the platform.
    static void activate(QWidget *window)
    {
        QApplication::setActiveWindow(window);
        QVERIFY(QTest::qWaitForWindowActive(window));
    }
    BankQuestion addToBank(const QString &text);
    Kit addKit(const QString &name);
    // Adds a competency through the form: Add, then its fields by typing.
    void addCompetency(KitEditor *editor, const QString &name, const QString &key, double weight,
                       const QStringList &rubric);
    template<typename T>
    T *in(KitEditor *editor, const char *name)
    {
        return child<T>(editor, QString::fromLatin1(name));
    }
};

void TestUiKits::init()
{
    QVERIFY(openWindow());
}

void TestUiKits::cleanup()
{
    closeWindow();
}

KitEditor *TestUiKits::openKits()
{
    QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    KitEditor *editor = m_window->kitEditor();
    if (!editor || !QTest::qWaitForWindowExposed(editor))
        qFatal("the kit editor did not open");
    QApplication::setActiveWindow(editor);
    new QAbstractItemModelTester(editor->model(), QAbstractItemModelTester::FailureReportingMode::QtTest, editor);
    return editor;
}

BankQuestion TestUiKits::addToBank(const QString &text)
{
    BankQuestion q;
    q.questionText = text;
    const Result<BankQuestion> created = m_db->service().createBankQuestion(q);
    if (!created)
        qFatal("createBankQuestion failed");
    return *created;
}

Kit TestUiKits::addKit(const QString &name)
{
    Kit kit;
    kit.name = name;
    const Result<Kit> created = m_db->service().createKit(kit);
    if (!created)
        qFatal("createKit failed");
    return *created;
}

void TestUiKits::addCompetency(KitEditor *editor, const QString &name, const QString &key, double weight,
                               const QStringList &rubric)
{
    QTest::mouseClick(in<QPushButton>(editor, "addCompetencyButton"), Qt::LeftButton);
    auto *nameEdit = in<QLineEdit>(editor, "competencyNameLineEdit");
    QCOMPARE(QApplication::focusWidget(), nameEdit);
    test::typeText(nameEdit, name);
    auto *keyEdit = in<QLineEdit>(editor, "keyLineEdit");
    if (!key.isEmpty()) {
        keyEdit->setFocus();
        keyEdit->selectAll();
        QTest::keyClicks(keyEdit, key);
    }
    auto *weightBox = in<QDoubleSpinBox>(editor, "weightDoubleSpinBox");
    weightBox->setFocus();
    weightBox->selectAll();
    QTest::keyClicks(weightBox, QLocale().toString(weight));
    const char *levels[] = {"rubric1TextEdit", "rubric2TextEdit", "rubric3TextEdit", "rubric4TextEdit"};
    for (int level = 0; level < rubric.size(); ++level) {
        auto *edit = in<QPlainTextEdit>(editor, levels[level]);
        edit->setFocus();
        test::typeText(edit, rubric.at(level));
    }
}

void TestUiKits::buildReorderSaveReopen()
{
    const BankQuestion first = addToBank(QStringLiteral("请介绍一下你最熟悉的编程语言"));
    const BankQuestion second = addToBank(QStringLiteral("How would you design a rate limiter?"));
    addToBank(QStringLiteral("Not planned"));
    KitEditor *editor = openKits();
    QVERIFY(editor->kitId().isEmpty()); // no kit yet: a new one

    QTest::keySequence(editor, QKeySequence::New);
    auto *name = in<QLineEdit>(editor, "nameLineEdit");
    QCOMPARE(QApplication::focusWidget(), name);
    test::typeText(name, QStringLiteral("后端工程师 技术面"));
    QTest::keyClick(name, Qt::Key_Tab);
    auto *position = in<QLineEdit>(editor, "positionLineEdit");
    QCOMPARE(QApplication::focusWidget(), position);
    test::typeText(position, QStringLiteral("Backend engineer"));
    QTest::keyClick(position, Qt::Key_Tab);
    auto *type = in<QComboBox>(editor, "sessionTypeComboBox");
    QCOMPARE(QApplication::focusWidget(), type);
    type->setCurrentIndex(type->findData(int(SessionType::CompanyPosition)));
    QTest::keyClick(type, Qt::Key_Tab);
    auto *difficulty = in<QComboBox>(editor, "difficultyComboBox");
    QCOMPARE(QApplication::focusWidget(), difficulty);
    difficulty->setCurrentIndex(difficulty->findData(int(DifficultyLevel::Hard)));
    QTest::keyClick(difficulty, Qt::Key_Tab);
    auto *duration = in<QSpinBox>(editor, "durationSpinBox");
    QCOMPARE(QApplication::focusWidget(), duration);
    duration->selectAll();
    QTest::keyClicks(duration, QStringLiteral("45"));

    // Two competencies: an English name suggests its key, a Chinese one needs it typed.
    addCompetency(editor, QStringLiteral("Problem Solving"), {}, 2,
                  {QStringLiteral("No structure"), QStringLiteral("Some structure"), QStringLiteral("Structured"),
                   QStringLiteral("Elegant and complete")});
    QCOMPARE(in<QLineEdit>(editor, "keyLineEdit")->text(), QStringLiteral("problem_solving"));
    addCompetency(editor, QStringLiteral("沟通"), QStringLiteral("communication"), 1.5,
                  {QStringLiteral("难以理解"), QStringLiteral("基本清楚"), QStringLiteral("清楚"),
                   QStringLiteral("清楚且有说服力")});
    auto *competencies = in<QListWidget>(editor, "competencyListWidget");
    QCOMPARE(competencies->count(), 2);
    QCOMPARE(competencies->currentRow(), 1);
    // Alt+Up on the list: 沟通 first.
    competencies->setFocus();
    QTest::keyClick(competencies, Qt::Key_Up, Qt::AltModifier);
    QCOMPARE(competencies->currentRow(), 0);
    QVERIFY(competencies->item(0)->text().startsWith(QStringLiteral("沟通")));

    // Two bank questions picked in the bank's order, then the second moved up.
    auto *tabs = in<QTabWidget>(editor, "kitTabWidget");
    bool picked = false;
    QTimer::singleShot(0, this, [&] {
        auto *picker = qobject_cast<BankQuestionPicker *>(QApplication::activeModalWidget());
        QVERIFY(picker);
        const auto fail = qScopeGuard([picker] {
            if (QTest::currentTestFailed())
                picker->done(QDialog::Rejected); // not left open for ever
        });
        activate(picker);
        QTableView *table = picker->bankView()->tableView();
        QTRY_COMPARE(table->model()->rowCount(), 3);
        const auto rowOf = [table](const QString &id) {
            for (int row = 0; row < table->model()->rowCount(); ++row) {
                if (table->model()->index(row, 0).data(Qt::UserRole + 1).toString() == id)
                    return row;
            }
            return -1;
        };
        table->setFocus();
        table->selectionModel()->select(table->model()->index(rowOf(first.bankQuestionId), 0),
                                        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        table->selectionModel()->select(table->model()->index(rowOf(second.bankQuestionId), 0),
                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
        table->selectionModel()->setCurrentIndex(table->model()->index(rowOf(second.bankQuestionId), 0),
                                                 QItemSelectionModel::NoUpdate);
        picked = true;
        QTest::keyClick(table, Qt::Key_Return);
    });
    QTest::mouseClick(in<QPushButton>(editor, "addQuestionsButton"), Qt::LeftButton);
    QVERIFY(picked);
    activate(editor);
    QCOMPARE(tabs->currentWidget(), in<QWidget>(editor, "questionsTab"));
    auto *planned = in<QListWidget>(editor, "plannedQuestionListWidget");
    QCOMPARE(planned->count(), 2);
    const QStringList bankOrder
        = {planned->item(0)->data(Qt::UserRole).toString(), planned->item(1)->data(Qt::UserRole).toString()};
    QCOMPARE(QSet<QString>(bankOrder.cbegin(), bankOrder.cend()),
             (QSet<QString> {first.bankQuestionId, second.bankQuestionId}));
    QCOMPARE(QApplication::focusWidget(), planned);
    planned->setCurrentRow(1);
    QTest::keyClick(planned, Qt::Key_Up, Qt::AltModifier);
    QCOMPARE(planned->currentRow(), 0);
    const QStringList order = {bankOrder.at(1), bankOrder.at(0)};
    QVERIFY(planned->item(0)->text().startsWith(QStringLiteral("1. ")));
    QCOMPARE(tabs->tabText(tabs->indexOf(in<QWidget>(editor, "questionsTab"))), QStringLiteral("&Questions (2)"));

    // Enter in a line field saves.
    QVERIFY(editor->isDirty());
    name->setFocus();
    QTest::keyClick(name, Qt::Key_Return);
    QTRY_VERIFY(!editor->kitId().isEmpty());
    QVERIFY(!editor->isDirty());
    const Result<Kit> kit = m_db->service().kit(editor->kitId());
    QVERIFY(kit.ok());
    QCOMPARE(kit->name, QStringLiteral("后端工程师 技术面"));
    QCOMPARE(kit->position, QStringLiteral("Backend engineer"));
    QCOMPARE(kit->sessionType, SessionType::CompanyPosition);
    QCOMPARE(kit->difficultyLevel, DifficultyLevel::Hard);
    QCOMPARE(kit->estimatedDuration, 45);
    QCOMPARE(kit->competencies.size(), 2);
    QCOMPARE(kit->competencies.at(0).key, QStringLiteral("communication"));
    QCOMPARE(kit->competencies.at(0).name, QStringLiteral("沟通"));
    QCOMPARE(kit->competencies.at(0).weight, 1.5);
    QCOMPARE(kit->competencies.at(0).rubric.at(3), QStringLiteral("清楚且有说服力"));
    QCOMPARE(kit->competencies.at(1).key, QStringLiteral("problem_solving"));
    QCOMPARE(kit->competencies.at(1).weight, 2.0);
    QCOMPARE(kit->competencies.at(1).rubric.at(0), QStringLiteral("No structure"));
    QCOMPARE(kit->bankQuestionIds, order);
    QTRY_COMPARE(editor->model()->rowCount(), 1);
    QCOMPARE(in<QListView>(editor, "kitListView")->currentIndex().row(), 0);

    // Reopened (a fresh editor over the same database): everything as saved.
    KitEditor reopened(*m_client);
    reopened.show();
    QVERIFY(QTest::qWaitForWindowExposed(&reopened));
    QCOMPARE(reopened.kitId(), kit->kitId);
    QVERIFY(!reopened.isDirty());
    QCOMPARE(in<QLineEdit>(&reopened, "nameLineEdit")->text(), kit->name);
    QCOMPARE(in<QLineEdit>(&reopened, "positionLineEdit")->text(), kit->position);
    QCOMPARE(in<QComboBox>(&reopened, "sessionTypeComboBox")->currentData().toInt(), int(SessionType::CompanyPosition));
    QCOMPARE(in<QComboBox>(&reopened, "difficultyComboBox")->currentData().toInt(), int(DifficultyLevel::Hard));
    QCOMPARE(in<QSpinBox>(&reopened, "durationSpinBox")->value(), 45);
    auto *list = in<QListWidget>(&reopened, "competencyListWidget");
    QCOMPARE(list->count(), 2);
    QCOMPARE(in<QLineEdit>(&reopened, "keyLineEdit")->text(), QStringLiteral("communication"));
    QCOMPARE(in<QPlainTextEdit>(&reopened, "rubric2TextEdit")->toPlainText(), QStringLiteral("基本清楚"));
    list->setCurrentRow(1);
    QCOMPARE(in<QLineEdit>(&reopened, "competencyNameLineEdit")->text(), QStringLiteral("Problem Solving"));
    QCOMPARE(in<QDoubleSpinBox>(&reopened, "weightDoubleSpinBox")->value(), 2.0);
    QCOMPARE(in<QPlainTextEdit>(&reopened, "rubric4TextEdit")->toPlainText(), QStringLiteral("Elegant and complete"));
    auto *reopenedPlan = in<QListWidget>(&reopened, "plannedQuestionListWidget");
    QCOMPARE(reopenedPlan->count(), 2);
    QCOMPARE(reopenedPlan->item(0)->data(Qt::UserRole).toString(), order.at(0));
    QCOMPARE(reopenedPlan->item(1)->data(Qt::UserRole).toString(), order.at(1));
    QVERIFY(!reopened.isDirty()); // looking at a competency changes nothing
}

void TestUiKits::formNamesTheFieldAtFault_data()
{
    QTest::addColumn<QString>("kitName");
    QTest::addColumn<QStringList>("competency"); // name, key (typed when not empty), a rubric text
    QTest::addColumn<bool>("twice"); // the same competency added twice
    QTest::addColumn<QString>("errorLabel");
    QTest::addColumn<QString>("problem");

    const QString kit = QStringLiteral("Kit");
    QTest::addRow("no name") << QString() << QStringList {} << false << QStringLiteral("nameErrorLabel")
                             << QStringLiteral("required");
    QTest::addRow("name too long") << QString(rules::KIT_NAME.max + 1, u'名') << QStringList {} << false
                                   << QStringLiteral("nameErrorLabel") << QStringLiteral("Too long");
    QTest::addRow("no key for a Chinese name")
        << kit << QStringList {QStringLiteral("沟通"), QString(), QString()} << false << QStringLiteral("keyErrorLabel")
        << QStringLiteral("required");
    QTest::addRow("key with capitals") << kit
                                       << QStringList {QStringLiteral("Depth"), QStringLiteral("Depth"), QString()}
                                       << false << QStringLiteral("keyErrorLabel") << QStringLiteral("lowercase");
    QTest::addRow("key repeated") << kit << QStringList {QStringLiteral("Depth"), QString(), QString()} << true
                                  << QStringLiteral("keyErrorLabel") << QStringLiteral("Another competency");
    QTest::addRow("no competency name") << kit << QStringList {QString(), QStringLiteral("depth"), QString()} << false
                                        << QStringLiteral("competencyNameErrorLabel") << QStringLiteral("required");
    QTest::addRow("rubric too long") << kit
                                     << QStringList {QStringLiteral("Depth"), QString(),
                                                     QString(rules::RUBRIC_TEXT.max + 1, u'r')}
                                     << false << QStringLiteral("rubricErrorLabel") << QStringLiteral("Level 1");
}

void TestUiKits::formNamesTheFieldAtFault()
{
    QFETCH(QString, kitName);
    QFETCH(QStringList, competency);
    QFETCH(bool, twice);
    QFETCH(QString, errorLabel);
    QFETCH(QString, problem);

    KitEditor *editor = openKits();
    in<QLineEdit>(editor, "nameLineEdit")->setText(kitName);
    for (int i = 0; i < (twice ? 2 : 1) && !competency.isEmpty(); ++i) {
        QTest::mouseClick(in<QPushButton>(editor, "addCompetencyButton"), Qt::LeftButton);
        test::typeText(in<QLineEdit>(editor, "competencyNameLineEdit"), competency.at(0));
        if (!competency.at(1).isEmpty()) {
            auto *key = in<QLineEdit>(editor, "keyLineEdit");
            key->setFocus();
            key->selectAll();
            QTest::keyClicks(key, competency.at(1));
        }
        in<QPlainTextEdit>(editor, "rubric1TextEdit")->setPlainText(competency.at(2));
    }
    QTest::mouseClick(in<QPushButton>(editor, "saveKitButton"), Qt::LeftButton);
    QVERIFY(test::settleWrites(*m_db));
    QVERIFY(editor->kitId().isEmpty());
    QCOMPARE(m_db->service().kits()->size(), 0);
    auto *label = in<QLabel>(editor, errorLabel.toLatin1().constData());
    QVERIFY(label->isVisible());
    QVERIFY2(label->text().contains(problem), qPrintable(label->text()));
    for (QLabel *other : editor->findChildren<QLabel *>(QRegularExpression(QStringLiteral("ErrorLabel$")))) {
        if (other != label)
            QVERIFY2(other->isHidden(), qPrintable(other->objectName()));
    }
    // The cursor is in the field at fault.
    QVERIFY(QApplication::focusWidget());
    QVERIFY2(errorLabel.startsWith(QApplication::focusWidget()->objectName().remove(
                 QRegularExpression(QStringLiteral("(LineEdit|TextEdit)$"))))
                 || errorLabel == QStringLiteral("rubricErrorLabel"),
             qPrintable(QApplication::focusWidget()->objectName()));
}

void TestUiKits::aQuestionGoneFromTheBankIsNamed()
{
    const BankQuestion q = addToBank(QStringLiteral("Soon deleted"));
    KitEditor *editor = openKits();
    in<QLineEdit>(editor, "nameLineEdit")->setText(QStringLiteral("Kit"));
    QTimer::singleShot(0, this, [&] {
        auto *picker = qobject_cast<BankQuestionPicker *>(QApplication::activeModalWidget());
        QVERIFY(picker);
        const auto fail = qScopeGuard([picker] {
            if (QTest::currentTestFailed())
                picker->done(QDialog::Rejected);
        });
        activate(picker);
        QTableView *table = picker->bankView()->tableView();
        table->setFocus();
        table->setCurrentIndex(table->model()->index(0, 0));
        QTest::mouseClick(child<QPushButton>(picker, QStringLiteral("addButton")), Qt::LeftButton);
    });
    QTest::mouseClick(in<QPushButton>(editor, "addQuestionsButton"), Qt::LeftButton);
    activate(editor);
    QCOMPARE(in<QListWidget>(editor, "plannedQuestionListWidget")->count(), 1);
    // Someone deletes it from the bank meanwhile: the service refuses the kit and the form says why.
    QVERIFY(m_db->service().deleteBankQuestion(q.bankQuestionId).ok());
    QTest::keySequence(editor, QKeySequence::Save);
    auto *label = in<QLabel>(editor, "questionsErrorLabel");
    QTRY_VERIFY(label->isVisible());
    QVERIFY2(label->text().contains(QStringLiteral("no longer in the question bank")), qPrintable(label->text()));
    QVERIFY(editor->kitId().isEmpty());
    QVERIFY(editor->isDirty()); // nothing typed is lost
    // Removed from the plan, it saves.
    auto *planned = in<QListWidget>(editor, "plannedQuestionListWidget");
    planned->setFocus();
    planned->setCurrentRow(0);
    QTest::keyClick(planned, Qt::Key_Delete);
    QCOMPARE(planned->count(), 0);
    QTest::keySequence(editor, QKeySequence::Save);
    QTRY_VERIFY(!editor->kitId().isEmpty());
    QVERIFY(label->isHidden());
}

void TestUiKits::leavingAsksAboutUnsavedEdits_data()
{
    QTest::addColumn<int>("answer");
    QTest::addColumn<bool>("moves");
    QTest::addColumn<QString>("storedName");

    QTest::addRow("cancel stays") << int(QMessageBox::Cancel) << false << QStringLiteral("Alpha");
    QTest::addRow("discard moves") << int(QMessageBox::Discard) << true << QStringLiteral("Alpha");
    QTest::addRow("save saves, then moves") << int(QMessageBox::Save) << true << QStringLiteral("Alpha 2");
}

void TestUiKits::leavingAsksAboutUnsavedEdits()
{
    QFETCH(int, answer);
    QFETCH(bool, moves);
    QFETCH(QString, storedName);

    const Kit alpha = addKit(QStringLiteral("Alpha"));
    const Kit beta = addKit(QStringLiteral("Beta"));
    KitEditor *editor = openKits();
    QCOMPARE(editor->kitId(), alpha.kitId); // the first by name
    auto *name = in<QLineEdit>(editor, "nameLineEdit");
    name->setFocus();
    name->end(false);
    QTest::keyClicks(name, QStringLiteral(" 2"));
    QVERIFY(editor->isDirty());
    auto *list = in<QListView>(editor, "kitListView");
    list->setFocus();
    MessageBox::setNextAnswer(QMessageBox::StandardButton(answer));
    QTest::keyClick(list, Qt::Key_Down);
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("unsaved")));
    QTRY_COMPARE(editor->kitId(), moves ? beta.kitId : alpha.kitId);
    QCOMPARE(list->currentIndex().data(KitListModel::KitIdRole).toString(), editor->kitId());
    QVERIFY(test::settleWrites(*m_db));
    QCOMPARE(m_db->service().kit(alpha.kitId)->name, storedName);
    if (!moves)
        QCOMPARE(name->text(), QStringLiteral("Alpha 2"));
}

void TestUiKits::escapeRevertsOnceConfirmed()
{
    addKit(QStringLiteral("Alpha"));
    KitEditor *editor = openKits();
    auto *position = in<QLineEdit>(editor, "positionLineEdit");
    position->setFocus();
    QTest::keyClicks(position, QStringLiteral("Tester"));
    MessageBox::setNextAnswer(QMessageBox::No);
    QTest::keyClick(position, Qt::Key_Escape);
    QCOMPARE(position->text(), QStringLiteral("Tester"));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::keyClick(position, Qt::Key_Escape);
    QCOMPARE(position->text(), QString());
    QVERIFY(!editor->isDirty());
    // With nothing to revert, Esc closes the kit window.
    QTest::keyClick(position, Qt::Key_Escape);
    QTRY_VERIFY(!editor->isVisible());
}

void TestUiKits::deleteAsksFirst()
{
    const Kit alpha = addKit(QStringLiteral("Alpha"));
    KitEditor *editor = openKits();
    auto *list = in<QListView>(editor, "kitListView");
    list->setFocus();
    MessageBox::setNextAnswer(QMessageBox::No);
    QTest::keyClick(list, Qt::Key_Delete);
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("Alpha")));
    QVERIFY(test::settleWrites(*m_db));
    QVERIFY(m_db->service().kit(alpha.kitId).ok());
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::keyClick(list, Qt::Key_Delete);
    QTRY_COMPARE(editor->model()->rowCount(), 0);
    QCOMPARE(m_db->service().kit(alpha.kitId).error().code, ErrorCode::KitNotFound);
    QTRY_VERIFY(editor->kitId().isEmpty()); // once the write's answer is in
    QCOMPARE(in<QLineEdit>(editor, "nameLineEdit")->text(), QString());
}

void TestUiKits::followsOtherWriters()
{
    KitEditor *editor = openKits();
    QCOMPARE(editor->model()->rowCount(), 0);
    const Kit posted = addKit(QStringLiteral("Posted over HTTP"));
    QTRY_COMPARE(editor->model()->rowCount(), 1);
    KitPatch patch;
    patch.position = QStringLiteral("SRE");
    QVERIFY(m_db->service().updateKit(posted.kitId, patch).ok());
    QTRY_COMPARE(editor->model()->kitAt(0)->position, QStringLiteral("SRE"));
    // The kit on screen, untouched, follows too.
    editor->selectKit(posted.kitId);
    QCOMPARE(editor->kitId(), posted.kitId);
    patch.position = QStringLiteral("DBA");
    QVERIFY(m_db->service().updateKit(posted.kitId, patch).ok());
    QTRY_COMPARE(in<QLineEdit>(editor, "positionLineEdit")->text(), QStringLiteral("DBA"));
}

QTEST_MAIN(TestUiKits)
#include "tst_uikits.moc"
