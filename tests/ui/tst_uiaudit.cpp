// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditlogmodel.h"
#include "auditlogview.h"
#include "enumtext.h"
#include "mainwindow.h"
#include "timetext.h"
#include "uitesthelpers.h"
#include "windowfixture.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QLineEdit>
#include <QLocale>
#include <QTableView>
#include <QTest>

using namespace ir;
using namespace ir::ui;
using namespace Qt::StringLiterals;

// The audit log window (issue 13): every entry with its local time, the action and actor in
// words, read a page at a time as the table scrolls, nothing editable.
class TestUiAudit final : public QObject, private test::WindowFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::isolateSettings(); }
    void init() { QVERIFY(openWindow()); }
    void cleanup() { closeWindow(); }

    void entriesInWords_data();
    void entriesInWords();
    void scrollingFetchesMore();
    void nothingIsEditable();

private:
    AuditLogView *openAuditLog();
    AuditLogView *m_view = nullptr;
};

AuditLogView *TestUiAudit::openAuditLog()
{
    QAction *action = m_window->findChild<QAction *>(u"auditLogAction"_s);
    if (!action)
        return nullptr;
    action->trigger();
    m_view = m_window->auditLogView();
    if (!m_view || !QTest::qWaitForWindowExposed(m_view))
        return nullptr;
    return m_view;
}

void TestUiAudit::entriesInWords_data()
{
    QTest::addColumn<int>("action");
    QTest::addColumn<int>("actor");
    QTest::addColumn<QString>("subject");
    QTest::addColumn<int>("count");
    QTest::addRow("erasure by the API") << int(AuditAction::Erasure) << int(Actor::Api) << u"sha256:0123456789abcdef"_s
                                        << 3;
    QTest::addRow("purge by the command line") << int(AuditAction::Purge) << int(Actor::Cli) << u"sha256:aa"_s << 12;
    QTest::addRow("export in the window") << int(AuditAction::PersonExport) << int(Actor::Ui) << u"sha256:bb"_s << 1;
    QTest::addRow("session deleted") << int(AuditAction::SessionDeletion) << int(Actor::Ui) << u"sess_1"_s << 1;
    QTest::addRow("key changed") << int(AuditAction::ApiKeyChange) << int(Actor::Ui) << u"api_key"_s << 0;
}

void TestUiAudit::entriesInWords()
{
    QFETCH(int, action);
    QFETCH(int, actor);
    QFETCH(QString, subject);
    QFETCH(int, count);
    m_db->clock().set(1764590400000); // 2025-12-01 12:00 UTC
    QVERIFY(m_db->service().recordAudit(AuditAction(action), Actor(actor), subject, count));
    QVERIFY(openAuditLog());
    const AuditLogModel *model = m_view->model();
    QTRY_COMPARE(model->rowCount(), 1);
    const auto text = [model](int column) { return model->index(0, column).data().toString(); };
    QCOMPARE(text(AuditLogModel::TimeColumn), momentText(qint64(1764590400000)));
    QCOMPARE(text(AuditLogModel::ActionColumn), EnumText::name(AuditAction(action)));
    QCOMPARE(text(AuditLogModel::ActorColumn), EnumText::name(Actor(actor)));
    QCOMPARE(text(AuditLogModel::SubjectColumn), subject);
    QCOMPARE(text(AuditLogModel::CountColumn), QLocale().toString(count));
    // The table shows the model's words, not the wire names.
    QVERIFY(text(AuditLogModel::ActionColumn) != toWire(AuditAction(action)));
}

void TestUiAudit::scrollingFetchesMore()
{
    constexpr int ENTRIES = 230;
    for (int i = 0; i < ENTRIES; ++i) {
        m_db->clock().advance(1000);
        QVERIFY(m_db->service().recordAudit(AuditAction::SessionDeletion, Actor::Api, u"sess_%1"_s.arg(i), 1));
    }
    QVERIFY(openAuditLog());
    AuditLogModel *model = m_view->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_view->reload();
    QCOMPARE(model->rowCount(), model->pageSize()); // one page, not the whole log
    QCOMPARE(model->total(), qint64(ENTRIES));
    QCOMPARE(model->index(0, AuditLogModel::SubjectColumn).data().toString(), u"sess_%1"_s.arg(ENTRIES - 1));
    // Ctrl+End to the bottom: the view asks for the next pages until everything is there.
    QTableView *table = m_view->tableView();
    table->setFocus();
    table->setCurrentIndex(model->index(0, 0));
    for (int before = model->rowCount(); before < ENTRIES; before = model->rowCount()) {
        QTest::keyClick(table, Qt::Key_End, Qt::ControlModifier);
        QTRY_VERIFY(model->rowCount() > before);
    }
    QTRY_COMPARE(model->rowCount(), ENTRIES);
    QCOMPARE(model->index(ENTRIES - 1, AuditLogModel::SubjectColumn).data().toString(), u"sess_0"_s);
}

void TestUiAudit::nothingIsEditable()
{
    QVERIFY(m_db->service().recordAudit(AuditAction::ApiKeyChange, Actor::Ui, u"api_key"_s));
    QVERIFY(openAuditLog());
    const AuditLogModel *model = m_view->model();
    QTRY_COMPARE(model->rowCount(), 1);
    QTableView *table = m_view->tableView();
    for (int column = 0; column < model->columnCount(); ++column) {
        const QModelIndex index = model->index(0, column);
        QVERIFY(!(model->flags(index) & Qt::ItemIsEditable));
        table->setCurrentIndex(index);
        QTest::keyClick(table, Qt::Key_F2);
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, Qt::NoModifier, table->visualRect(index).center());
        QVERIFY(!table->viewport()->findChild<QLineEdit *>()); // no editor opened
        QVERIFY(!table->indexWidget(index));
    }
    QCOMPARE(model->index(0, AuditLogModel::SubjectColumn).data().toString(), u"api_key"_s);
}

QTEST_MAIN(TestUiAudit)
#include "tst_uiaudit.moc"
