// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "enumtext.h"
#include "fakeservercontrol.h"
#include "languages.h"
#include "mainwindow.h"
#include "serviceclient.h"
#include "sessionbrowser.h"
#include "sessiontablemodel.h"
#include "sessionview.h"
#include "settingskeys.h"
#include "tempdatabase.h"
#include "uitesthelpers.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QDockWidget>
#include <QFile>
#include <QHeaderView>
#include <QMenu>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace ir;
using namespace ir::ui;
using test::child;

namespace {

// The offscreen screen is a 1366×768 laptop's (see main()).
constexpr QSize LAPTOP(1366, 768);
constexpr QSize SMALL(1024, 640);

// The part of widget a person sees, in its own coordinates (clipped by every ancestor).
QRect seenPart(const QWidget *widget)
{
    return widget->visibleRegion().boundingRect();
}

} // namespace

// The window fits a small laptop: it shrinks to 1024×640 with a session open, the server panel
// never pushes it past the screen, the session list shows its main columns without scrolling
// sideways, and the question editor's buttons always show.
class TestUiLayout final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void languages_data();
    void windowShrinksToASmallLaptop_data() { languages_data(); }
    void windowShrinksToASmallLaptop();
    void serverPanelStaysOnTheScreen_data() { languages_data(); }
    void serverPanelStaysOnTheScreen();
    void serverPanelFloatsOnASmallScreen_data() { languages_data(); }
    void serverPanelFloatsOnASmallScreen();
    void sessionListShowsItsColumnsWithoutScrolling_data() { languages_data(); }
    void sessionListShowsItsColumnsWithoutScrolling();
    void columnsHideAndMoveAndAreKept();
    void anUnsortableColumnKeepsTheOrder();

private:
    void createWindow();
    void openSession();

    std::unique_ptr<Languages> m_languages;
    std::unique_ptr<test::TempDatabase> m_db;
    std::unique_ptr<test::FakeServerControl> m_server;
    std::unique_ptr<ServiceClient> m_client;
    std::unique_ptr<MainWindow> m_window;
    QString m_sessionId;
};

void TestUiLayout::initTestCase()
{
    test::isolateSettings();
    QCOMPARE(QGuiApplication::primaryScreen()->availableGeometry().size(), LAPTOP);
}

void TestUiLayout::init()
{
    QSettings().clear(); // each test is a first run
    m_languages = std::make_unique<Languages>();
    m_db = std::make_unique<test::TempDatabase>();
    QVERIFY(m_db->isValid());
    m_server = std::make_unique<test::FakeServerControl>();
    m_client = std::make_unique<ServiceClient>(m_db->service(), m_db->writer());
}

void TestUiLayout::cleanup()
{
    m_window.reset();
    m_client.reset();
    m_server.reset();
    m_db.reset();
    m_languages.reset();
}

void TestUiLayout::createWindow()
{
    m_window = std::make_unique<MainWindow>(*m_client, *m_server, m_db->clock(), m_languages.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestUiLayout::languages_data()
{
    QTest::addColumn<QString>("language");
    QTest::addRow("en") << QStringLiteral("en");
    QTest::addRow("zh_CN") << QStringLiteral("zh_CN");
}

// A session with a long name, an unreviewed AI question (the review bar shows) selected.
void TestUiLayout::openSession()
{
    SessionDraft draft;
    draft.userId = QStringLiteral("candidate_with_a_long_id_042");
    draft.sessionName = QStringLiteral("Python开发工程师面试 · senior backend engineer, second round");
    draft.sessionType = SessionType::CompanyPosition;
    const Result<Session> created = m_db->service().createSession(draft, Source::Api);
    QVERIFY(created.ok());
    m_sessionId = created->sessionId;
    m_db->addQuestion(m_sessionId, QStringLiteral("请介绍一下你最熟悉的编程语言及其特点"), 8.5, Source::Api);
    SessionBrowser *browser = m_window->sessionBrowser();
    QTRY_VERIFY(browser->model()->rowOf(m_sessionId) >= 0);
    browser->selectSession(m_sessionId);
    QTRY_COMPARE(m_window->sessionView()->sessionId(), m_sessionId);
    auto *questions = child<QTableView>(m_window.get(), QStringLiteral("questionTableView"));
    QTRY_COMPARE(questions->model()->rowCount(), 1);
    questions->setCurrentIndex(questions->model()->index(0, 0));
    QTRY_VERIFY(child<QWidget>(m_window.get(), QStringLiteral("acceptQuestionButton"))->isVisible());
}

void TestUiLayout::windowShrinksToASmallLaptop()
{
    QFETCH(QString, language);
    m_languages->install(language);
    createWindow();
    openSession();
    const QSize minimum = m_window->minimumSizeHint();
    QVERIFY2(minimum.width() <= SMALL.width() && minimum.height() <= SMALL.height(),
             qPrintable(QStringLiteral("minimum %1×%2").arg(minimum.width()).arg(minimum.height())));
    m_window->resize(SMALL);
    QTRY_COMPARE(m_window->size(), SMALL);
    // Save and Revert are whole in sight, not behind a scroll bar.
    for (const char *name : {"saveQuestionButton", "revertQuestionButton", "acceptQuestionButton"}) {
        const auto *button = child<QPushButton>(m_window.get(), QString::fromLatin1(name));
        QTRY_COMPARE(seenPart(button), button->rect());
    }
    // The form scrolls up and down by itself, never sideways.
    const auto *form = child<QScrollArea>(m_window.get(), QStringLiteral("formScrollArea"));
    QVERIFY(!form->horizontalScrollBar()->isVisible());
}

void TestUiLayout::serverPanelStaysOnTheScreen()
{
    QFETCH(QString, language);
    m_languages->install(language);
    createWindow();
    openSession();
    QVERIFY(m_window->width() <= LAPTOP.width());
    auto *dock = child<QDockWidget>(m_window.get(), QStringLiteral("serverDock"));
    QVERIFY(!dock->isVisible());
    QTest::keyClick(m_window.get(), Qt::Key_K, Qt::ControlModifier);
    QTRY_VERIFY(dock->isVisible());
    QVERIFY2(m_window->minimumSizeHint().width() <= LAPTOP.width(),
             qPrintable(QString::number(m_window->minimumSizeHint().width())));
    QTRY_VERIFY(m_window->frameGeometry().right() < LAPTOP.width());
    // And it still shrinks as far as the screen asks, dock and all.
    m_window->resize(SMALL);
    QTRY_COMPARE(m_window->width(), std::max(SMALL.width(), m_window->minimumSizeHint().width()));
    QVERIFY(m_window->width() <= LAPTOP.width());
}

void TestUiLayout::serverPanelFloatsOnASmallScreen()
{
    // On a 1024×640 screen there is no room for the panel beside a session: it opens as a
    // window of its own on that screen, and the main window stays inside the screen.
    QFETCH(QString, language);
    m_languages->install(language);
    QScreen *small = nullptr;
    for (QScreen *screen : QGuiApplication::screens()) {
        if (screen->size() == SMALL)
            small = screen;
    }
    QVERIFY(small);
    const QRect area = small->availableGeometry();
    m_window = std::make_unique<MainWindow>(*m_client, *m_server, m_db->clock(), m_languages.get());
    m_window->setGeometry(QRect(area.topLeft(), SMALL));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTRY_COMPARE(m_window->screen(), small);
    // The whole window, frame included, on the screen.
    const QRect frame = m_window->frameGeometry();
    const QRect inside = m_window->geometry();
    m_window->setGeometry(
        area.marginsRemoved(QMargins(inside.left() - frame.left(), inside.top() - frame.top(),
                                     frame.right() - inside.right(), frame.bottom() - inside.bottom())));
    QTRY_VERIFY(area.contains(m_window->frameGeometry()));
    openSession();
    auto *dock = child<QDockWidget>(m_window.get(), QStringLiteral("serverDock"));
    QTest::keyClick(m_window.get(), Qt::Key_K, Qt::ControlModifier);
    QTRY_VERIFY(dock->isVisible());
    QTRY_VERIFY(dock->isFloating());
    QTRY_VERIFY2(area.contains(m_window->frameGeometry()),
                 qPrintable(QStringLiteral("%1,%2 %3x%4")
                                .arg(m_window->frameGeometry().x())
                                .arg(m_window->frameGeometry().y())
                                .arg(m_window->frameGeometry().width())
                                .arg(m_window->frameGeometry().height())));
    QTRY_VERIFY(area.contains(dock->frameGeometry()));
}

void TestUiLayout::sessionListShowsItsColumnsWithoutScrolling()
{
    QFETCH(QString, language);
    m_languages->install(language);
    createWindow();
    openSession();
    QTableView *table = m_window->sessionBrowser()->tableView();
    QHeaderView *header = table->horizontalHeader();
    QTRY_VERIFY(!table->horizontalScrollBar()->isVisible());
    for (int column :
         {int(SessionTableModel::UserId), int(SessionTableModel::Name), int(SessionTableModel::Status),
          int(SessionTableModel::Questions), int(SessionTableModel::Average), int(SessionTableModel::Recommendation)}) {
        QVERIFY2(!header->isSectionHidden(column), qPrintable(QString::number(column)));
        const int left = header->sectionViewportPosition(column);
        QVERIFY2(left >= 0 && left + header->sectionSize(column) <= table->viewport()->width(),
                 qPrintable(QString::number(column)));
        // Wide enough for its header's text.
        const QString title = table->model()->headerData(column, Qt::Horizontal).toString();
        QVERIFY2(header->sectionSize(column) > header->fontMetrics().horizontalAdvance(title), qPrintable(title));
    }
    QVERIFY(header->sectionSize(SessionTableModel::Name) >= header->fontMetrics().averageCharWidth() * 10);
    QCOMPARE(table->model()->index(0, SessionTableModel::Recommendation).data().toString(),
             EnumText::name(Recommendation::NoDecision));
}

void TestUiLayout::columnsHideAndMoveAndAreKept()
{
    createWindow();
    openSession();
    QTableView *table = m_window->sessionBrowser()->tableView();
    QHeaderView *header = table->horizontalHeader();
    // The header's context menu lists the columns; unchecking one hides it.
    const QPoint at(header->sectionViewportPosition(SessionTableModel::Status) + 2, header->height() / 2);
    QContextMenuEvent event(QContextMenuEvent::Mouse, at, header->viewport()->mapToGlobal(at));
    QApplication::sendEvent(header->viewport(), &event);
    auto *menu = child<QMenu>(m_window.get(), QStringLiteral("columnMenu"));
    QTRY_VERIFY(menu->isVisible());
    auto *average = child<QAction>(menu, QStringLiteral("column%1Action").arg(int(SessionTableModel::Average)));
    QVERIFY(average->isChecked());
    QVERIFY(!child<QAction>(menu, QStringLiteral("column%1Action").arg(int(SessionTableModel::Name)))->isEnabled());
    QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(average).center());
    QTRY_VERIFY(header->isSectionHidden(SessionTableModel::Average));
    menu->close();
    // Type was hidden; shown again from the menu.
    QVERIFY(header->isSectionHidden(SessionTableModel::Type));
    QApplication::sendEvent(header->viewport(), &event);
    QTRY_VERIFY(menu->isVisible());
    auto *type = child<QAction>(menu, QStringLiteral("column%1Action").arg(int(SessionTableModel::Type)));
    QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(type).center());
    QTRY_VERIFY(!header->isSectionHidden(SessionTableModel::Type));
    menu->close();
    // Dragged: the status goes first.
    header->moveSection(header->visualIndex(SessionTableModel::Status), 0);
    QCOMPARE(header->logicalIndex(0), int(SessionTableModel::Status));
    QVERIFY(QSettings().contains(keys::sessionHeader()));

    // The next start shows the same columns in the same order.
    m_window.reset();
    createWindow();
    header = m_window->sessionBrowser()->tableView()->horizontalHeader();
    QVERIFY(header->isSectionHidden(SessionTableModel::Average));
    QVERIFY(!header->isSectionHidden(SessionTableModel::Type));
    QCOMPARE(header->logicalIndex(0), int(SessionTableModel::Status));

    // Reset Columns: the first-run layout again.
    QApplication::sendEvent(header->viewport(), &event);
    menu = child<QMenu>(m_window.get(), QStringLiteral("columnMenu"));
    QTRY_VERIFY(menu->isVisible());
    auto *reset = child<QAction>(menu, QStringLiteral("resetColumnsAction"));
    QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(reset).center());
    QTRY_VERIFY(!header->isSectionHidden(SessionTableModel::Average));
    QVERIFY(header->isSectionHidden(SessionTableModel::Type));
    QCOMPARE(header->logicalIndex(0), int(SessionTableModel::Created));
}

void TestUiLayout::anUnsortableColumnKeepsTheOrder()
{
    createWindow();
    openSession();
    QTableView *table = m_window->sessionBrowser()->tableView();
    QHeaderView *header = table->horizontalHeader();
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                      QPoint(header->sectionViewportPosition(SessionTableModel::Questions)
                                 + header->sectionSize(SessionTableModel::Questions) / 2,
                             header->height() / 2));
    QTRY_COMPARE(header->sortIndicatorSection(), int(SessionTableModel::Questions));
    QCOMPARE(m_window->sessionBrowser()->model()->filter().sortKey, SessionSortKey::QuestionCount);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                      QPoint(header->sectionViewportPosition(SessionTableModel::Recommendation)
                                 + header->sectionSize(SessionTableModel::Recommendation) / 2,
                             header->height() / 2));
    QCOMPARE(header->sortIndicatorSection(), int(SessionTableModel::Questions));
    QCOMPARE(m_window->sessionBrowser()->model()->filter().sortKey, SessionSortKey::QuestionCount);
}

// The offscreen platform's screen is 800×800 unless told otherwise: make it a 1366×768 laptop
// (the primary screen) with a 1024×640 one beside it.
int main(int argc, char *argv[])
{
    QTemporaryDir dir;
    const QString config = dir.filePath(QStringLiteral("laptop.json"));
    QFile file(config);
    if (!file.open(QIODevice::WriteOnly))
        return 1;
    // And a smaller one to its right, for the window moved there.
    file.write(QStringLiteral(R"({"screens": [{"name": "laptop", "x": 0, "y": 0, "width": %1, "height": %2,
                                  "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1},
                                 {"name": "small", "x": %1, "y": 0, "width": %3, "height": %4,
                                  "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]})")
                   .arg(LAPTOP.width())
                   .arg(LAPTOP.height())
                   .arg(SMALL.width())
                   .arg(SMALL.height())
                   .toUtf8());
    file.close();
    if (qEnvironmentVariable("QT_QPA_PLATFORM", QStringLiteral("offscreen")) == u"offscreen")
        qputenv("QT_QPA_PLATFORM", QStringLiteral("offscreen:configfile=%1").arg(config).toLocal8Bit());
    QApplication app(argc, argv);
    TestUiLayout test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_uilayout.moc"
