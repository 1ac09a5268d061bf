// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "backuprotation.h"
#include "candidatesview.h"
#include "enumtext.h"
#include "erasecandidatedialog.h"
#include "fileactions.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "sessionview.h"
#include "uitesthelpers.h"
#include "windowfixture.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

using namespace ir;
using namespace ir::ui;
using test::child;

// The Candidates window (issue 13): the service's figures per person, the profile saved through
// the writer, the export of everything about a person, and their erasure (the user id typed first).
class TestUiCandidates final : public QObject, private test::WindowFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::isolateSettings(); }
    void init();
    void cleanup();

    void listShowsTheServiceFigures();
    void searchAndPositionFilter();
    void editingTheProfileSaves();
    void tooLongEmailIsNamed();
    void enterOpensTheSessionInTheMainWindow();
    void exportWritesThePersonsQuestions();
    void eraseNeedsTheIdTypedAndDeletesTheBackups();

private:
    CandidatesView *openCandidates();
    int rowOf(const QString &userId) const;
    QString cellText(const QString &userId, int column) const;

    CandidatesView *m_view = nullptr;
};

void TestUiCandidates::init()
{
    QVERIFY(openWindow());
    // user_a: two interviews (8 and 6), user_b: one (9).
    const Session a1 = m_db->createSession(QStringLiteral("user_a"));
    m_db->addQuestion(a1.sessionId, QStringLiteral("请介绍一下Python的GIL"), 8);
    m_db->clock().advance(60 * 1000);
    const Session a2 = m_db->createSession(QStringLiteral("user_a"));
    m_db->addQuestion(a2.sessionId, QStringLiteral("解释装饰器"), 6);
    const Session b1 = m_db->createSession(QStringLiteral("user_b"));
    m_db->addQuestion(b1.sessionId, QStringLiteral("什么是闭包"), 9);
    CandidatePatch patch;
    patch.position = QStringLiteral("后端工程师");
    QVERIFY(m_db->service().updateCandidate(QStringLiteral("user_b"), patch));
    m_view = nullptr;
}

void TestUiCandidates::cleanup()
{
    FileActions::setFileChooser({});
    m_view = nullptr;
    closeWindow();
}

CandidatesView *TestUiCandidates::openCandidates()
{
    QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_view = m_window->candidatesView();
    if (!m_view || !QTest::qWaitForWindowExposed(m_view))
        return nullptr;
    return m_view;
}

int TestUiCandidates::rowOf(const QString &userId) const
{
    const QStandardItemModel *model = m_view->model();
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->item(r, 0)->text() == userId)
            return r;
    }
    return -1;
}

QString TestUiCandidates::cellText(const QString &userId, int column) const
{
    const int row = rowOf(userId);
    return row < 0 ? QString() : m_view->model()->item(row, column)->text();
}

void TestUiCandidates::listShowsTheServiceFigures()
{
    QVERIFY(openCandidates());
    QTRY_COMPARE(m_view->model()->rowCount(), 2);
    for (const QString &id : {QStringLiteral("user_a"), QStringLiteral("user_b")}) {
        const Result<Candidate> c = m_db->service().candidate(id);
        QVERIFY(c);
        QCOMPARE(cellText(id, 3), QLocale().toString(c->sessions));
        QVERIFY(c->averageScore);
        QCOMPARE(cellText(id, 5), QLocale().toString(*c->averageScore, 'f', 1));
        QCOMPARE(cellText(id, 6), EnumText::name(c->latestRecommendation));
    }
    QCOMPARE(cellText(QStringLiteral("user_a"), 3), QLocale().toString(2));
    QCOMPARE(cellText(QStringLiteral("user_a"), 5), QLocale().toString(7.0, 'f', 1));
    QCOMPARE(cellText(QStringLiteral("user_b"), 2), QStringLiteral("后端工程师"));

    // A new interview shows without reopening the window.
    m_db->createSession(QStringLiteral("user_c"));
    QTRY_COMPARE(m_view->model()->rowCount(), 3);
}

void TestUiCandidates::searchAndPositionFilter()
{
    QVERIFY(openCandidates());
    QTRY_COMPARE(m_view->model()->rowCount(), 2);
    auto *search = child<QLineEdit>(m_view, QStringLiteral("searchLineEdit"));
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("_b"));
    QTRY_COMPARE(m_view->model()->rowCount(), 1);
    QCOMPARE(m_view->model()->item(0, 0)->text(), QStringLiteral("user_b"));
    search->clear();
    QTRY_COMPARE(m_view->model()->rowCount(), 2);

    auto *position = child<QComboBox>(m_view, QStringLiteral("positionComboBox"));
    const int index = position->findText(QStringLiteral("后端工程师"));
    QVERIFY(index > 0);
    position->setFocus();
    position->setCurrentIndex(index);
    QTRY_COMPARE(m_view->model()->rowCount(), 1);
    QCOMPARE(m_view->model()->item(0, 0)->text(), QStringLiteral("user_b"));
}

void TestUiCandidates::editingTheProfileSaves()
{
    QVERIFY(openCandidates());
    QTRY_VERIFY(rowOf(QStringLiteral("user_a")) >= 0);
    m_view->tableView()->setFocus();
    m_view->selectCandidate(QStringLiteral("user_a"));
    QCOMPARE(m_view->currentUserId(), QStringLiteral("user_a"));
    auto *name = child<QLineEdit>(m_view, QStringLiteral("displayNameLineEdit"));
    auto *email = child<QLineEdit>(m_view, QStringLiteral("emailLineEdit"));
    auto *position = child<QLineEdit>(m_view, QStringLiteral("positionLineEdit"));
    auto *notes = child<QPlainTextEdit>(m_view, QStringLiteral("notesPlainTextEdit"));
    name->setFocus();
    test::typeText(name, QStringLiteral("张三"));
    email->setFocus();
    QTest::keyClicks(email, QStringLiteral("zhang@example.com"));
    position->setFocus();
    test::typeText(position, QStringLiteral("数据工程师"));
    notes->setFocus();
    test::typeText(notes, QStringLiteral("英语流利"));
    QTest::mouseClick(child<QPushButton>(m_view, QStringLiteral("saveProfileButton")), Qt::LeftButton);
    QTRY_COMPARE(m_db->service().candidate(QStringLiteral("user_a"))->displayName, QStringLiteral("张三"));
    const Candidate saved = *m_db->service().candidate(QStringLiteral("user_a"));
    QCOMPARE(saved.email, QStringLiteral("zhang@example.com"));
    QCOMPARE(saved.position, QStringLiteral("数据工程师"));
    QCOMPARE(saved.notes, QStringLiteral("英语流利"));
    QTRY_COMPARE(cellText(QStringLiteral("user_a"), 1), QStringLiteral("张三"));
    QVERIFY(child<QLabel>(m_view, QStringLiteral("profileErrorLabel"))->isHidden());
}

void TestUiCandidates::tooLongEmailIsNamed()
{
    QVERIFY(openCandidates());
    QTRY_VERIFY(rowOf(QStringLiteral("user_a")) >= 0);
    m_view->selectCandidate(QStringLiteral("user_a"));
    auto *email = child<QLineEdit>(m_view, QStringLiteral("emailLineEdit"));
    email->setText(QString(int(rules::CANDIDATE_EMAIL.max) + 1, QLatin1Char('x')));
    QTest::mouseClick(child<QPushButton>(m_view, QStringLiteral("saveProfileButton")), Qt::LeftButton);
    auto *error = child<QLabel>(m_view, QStringLiteral("profileErrorLabel"));
    QTRY_VERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("Email")), qPrintable(error->text()));
    QVERIFY(m_db->service().candidate(QStringLiteral("user_a"))->email.isEmpty());
}

void TestUiCandidates::enterOpensTheSessionInTheMainWindow()
{
    QVERIFY(openCandidates());
    QTRY_VERIFY(rowOf(QStringLiteral("user_b")) >= 0);
    m_view->selectCandidate(QStringLiteral("user_b"));
    auto *sessions = child<QTableView>(m_view, QStringLiteral("sessionsTableView"));
    QTRY_COMPARE(sessions->model()->rowCount(), 1);
    sessions->setFocus();
    sessions->setCurrentIndex(sessions->model()->index(0, 0));
    QTest::keyClick(sessions, Qt::Key_Return);
    const QString expected = m_db->service().latestSession(QStringLiteral("user_b"))->value().sessionId;
    QTRY_COMPARE(m_window->sessionView()->sessionId(), expected);
}

void TestUiCandidates::exportWritesThePersonsQuestions()
{
    QVERIFY(openCandidates());
    QTRY_VERIFY(rowOf(QStringLiteral("user_a")) >= 0);
    m_view->selectCandidate(QStringLiteral("user_a"));
    const QString path = QDir(m_db->dir()).filePath(QStringLiteral("person.json"));
    FileActions::setFileChooser(
        [path](FileActions::Dialog, const QString &, const QString &, const QStringList &, QString *) { return path; });
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QTest::mouseClick(child<QPushButton>(m_view, QStringLiteral("exportPersonButton")), Qt::LeftButton);
    QTRY_COMPARE(m_view->lastExportPath(), path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY(text.contains(QStringLiteral("请介绍一下Python的GIL")));
    QVERIFY(text.contains(QStringLiteral("解释装饰器")));
    QVERIFY(!text.contains(QStringLiteral("什么是闭包"))); // another person's
    const Result<Page<AuditEntry>> audit = m_db->service().auditLog(1, 20);
    QVERIFY(audit);
    QVERIFY(std::any_of(audit->items.cbegin(), audit->items.cend(),
                        [](const AuditEntry &e) { return e.action == AuditAction::PersonExport; }));
}

void TestUiCandidates::eraseNeedsTheIdTypedAndDeletesTheBackups()
{
    // A backup that cannot be read counts as holding the person.
    const QString folder = BackupRotation::folderFor(m_db->filePath());
    QVERIFY(QDir().mkpath(folder));
    const QString backup = QDir(folder).filePath(BackupRotation::fileNameFor(m_db->clock().nowMs()));
    {
        QFile file(backup);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a database");
    }
    m_window->setBackupFolder(folder);
    QVERIFY(openCandidates());
    QTRY_VERIFY(rowOf(QStringLiteral("user_a")) >= 0);
    m_view->selectCandidate(QStringLiteral("user_a"));
    QTest::mouseClick(child<QPushButton>(m_view, QStringLiteral("erasePersonButton")), Qt::LeftButton);
    EraseCandidateDialog *dialog = m_view->eraseDialog();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QTRY_COMPARE(dialog->holdingBackups(), 1);
    auto *deleteBackups = child<QCheckBox>(dialog, QStringLiteral("deleteBackupsCheckBox"));
    QVERIFY(deleteBackups->isVisible());
    QVERIFY(child<QLabel>(dialog, QStringLiteral("backupsLabel"))->text().contains(QLatin1Char('1')));
    QVERIFY(!dialog->eraseButton()->isEnabled());
    auto *progress = child<QLabel>(dialog, QStringLiteral("progressLabel"));
    QVERIFY(!progress->isVisible());
    auto *confirm = child<QLineEdit>(dialog, QStringLiteral("confirmLineEdit"));
    confirm->setFocus();
    QTest::keyClicks(confirm, QStringLiteral("user_b"));
    QVERIFY(!dialog->eraseButton()->isEnabled());
    confirm->clear();
    QTest::keyClicks(confirm, QStringLiteral("user_a"));
    QVERIFY(dialog->eraseButton()->isEnabled());
    deleteBackups->setFocus();
    QTest::keyClick(deleteBackups, Qt::Key_Space);
    QVERIFY(deleteBackups->isChecked());
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QTest::mouseClick(dialog->eraseButton(), Qt::LeftButton);
    // Until the writer has the text out of the files, the dialog says why it takes a moment.
    QVERIFY(progress->isVisible());
    QVERIFY(!confirm->isEnabled());

    QTRY_VERIFY(!m_db->service().candidate(QStringLiteral("user_a")));
    QTRY_COMPARE(rowOf(QStringLiteral("user_a")), -1);
    QCOMPARE(rowOf(QStringLiteral("user_b")) >= 0, true);
    QTRY_VERIFY(!QFile::exists(backup));
    QTRY_VERIFY(!m_view->eraseDialog());
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("user_a")));
    const Result<Page<AuditEntry>> audit = m_db->service().auditLog(1, 20);
    QVERIFY(audit);
    const auto erasure = std::find_if(audit->items.cbegin(), audit->items.cend(),
                                      [](const AuditEntry &e) { return e.action == AuditAction::Erasure; });
    QVERIFY(erasure != audit->items.cend());
    QVERIFY(!erasure->subject.contains(QStringLiteral("user_a")));
}

QTEST_MAIN(TestUiCandidates)
#include "tst_uicandidates.moc"
