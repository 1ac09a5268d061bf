// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"
#include "fakeservercontrol.h"
#include "mainwindow.h"
#include "serviceclient.h"
#include "sessionbrowser.h"
#include "sessiontablemodel.h"
#include "tempdatabase.h"
#include "uitesthelpers.h"

#include <QElapsedTimer>
#include <QScrollBar>
#include <QTableView>
#include <QTest>

using namespace ir;
using namespace ir::ui;

// 100,000 sessions: the window opens at once and scrolling loads page by page, never all rows.
// IR_UI_SCALE_SESSIONS overrides the count (e.g. for a quicker run).
class TestUiScale final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::isolateSettings(); }
    void manySessionsOpenAndScroll();
};

void TestUiScale::manySessionsOpenAndScroll()
{
    const int count = qEnvironmentVariableIsSet("IR_UI_SCALE_SESSIONS")
        ? qEnvironmentVariableIntValue("IR_UI_SCALE_SESSIONS")
        : 100000;
    test::TempDatabase db(ServiceLimits {50, 1000000});
    QElapsedTimer timer;
    timer.start();
    {
        Transaction transaction(db.database());
        for (int i = 0; i < count; ++i) {
            SessionDraft draft;
            draft.userId = QStringLiteral("user_%1").arg(i % 1000, 4, 10, QLatin1Char('0'));
            draft.sessionName = QStringLiteral("Session %1").arg(i);
            db.clock().advance(1000);
            QVERIFY(db.service().createSession(draft, Source::Api).ok());
        }
        QVERIFY(transaction.commit().ok());
    }
    qInfo("created %d sessions in %lld ms", count, timer.elapsed());

    test::FakeServerControl server;
    timer.restart();
    ServiceClient client(db.service(), db.writer());
    MainWindow window(client, server, db.clock(), nullptr);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const qint64 openMs = timer.elapsed();
    SessionTableModel *model = window.sessionBrowser()->model();
    QCOMPARE(model->totalCount(), count);
    QVERIFY(model->rowCount() <= 2 * SessionTableModel::PAGE_SIZE);

    // Scroll to the end of what is loaded, again and again, as a person dragging would.
    QTableView *table = window.sessionBrowser()->tableView();
    qint64 worstStep = 0;
    timer.restart();
    for (int step = 0; step < 20; ++step) {
        QElapsedTimer stepTimer;
        stepTimer.start();
        table->verticalScrollBar()->setValue(table->verticalScrollBar()->maximum());
        QCoreApplication::processEvents();
        worstStep = std::max(worstStep, stepTimer.elapsed());
    }
    qInfo("opened in %lld ms; 20 scrolls to the end: %lld ms, worst %lld ms; %d of %d rows loaded", openMs,
          timer.elapsed(), worstStep, model->rowCount(), count);
    QVERIFY(model->rowCount() > SessionTableModel::PAGE_SIZE);
    QVERIFY(model->rowCount() < count);
    // Sorting by another column re-queries instead of sorting loaded rows.
    timer.restart();
    model->sort(SessionTableModel::UserId, Qt::AscendingOrder);
    qInfo("sort by candidate: %lld ms", timer.elapsed());
    QCOMPARE(model->index(0, SessionTableModel::UserId).data().toString(), QStringLiteral("user_0000"));
    timer.restart();
    SessionFilter search;
    search.searchText = QStringLiteral("Session 4242");
    model->setFilter(search);
    qInfo("search over all sessions: %lld ms, %lld matches", timer.elapsed(), model->totalCount());
    QVERIFY(model->totalCount() >= 1);
    // The deepest page costs most (SQL OFFSET): measure one fetch near the end.
    model->setFilter({});
    SessionFilter deep;
    deep.offset = count - SessionTableModel::PAGE_SIZE;
    deep.limit = SessionTableModel::PAGE_SIZE;
    timer.restart();
    QVERIFY(db.service().sessions(deep).ok());
    qInfo("one page at offset %d: %lld ms", deep.offset, timer.elapsed());
    QVERIFY(openMs < 5000);
}

QTEST_MAIN(TestUiScale)
#include "tst_uiscale.moc"
