// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exporter.h"
#include "fakeservercontrol.h"
#include "fileactions.h"
#include "languages.h"
#include "mainwindow.h"
#include "newsessiondialog.h"
#include "serviceclient.h"
#include "sessionbrowser.h"
#include "sessiontablemodel.h"
#include "sessionview.h"
#include "settingsdialog.h"
#include "tempdatabase.h"
#include "uitesthelpers.h"

#include <QAbstractButton>
#include <QDockWidget>
#include <QGroupBox>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QSpinBox>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace ir;
using namespace ir::ui;
using test::child;

namespace {

// One access key a widget registers (as Qt does: a label only with a buddy, buttons, group
// boxes, tabs, menu bar titles), named by where it comes from.
struct AccessKey
{
    QString owner;
    QString text;
    QString key; // "Alt+F"; empty when the text has no '&' letter
};

void addKey(QList<AccessKey> &keys, const QString &owner, const QString &text)
{
    keys.append({owner, text, QKeySequence::mnemonic(text).toString(QKeySequence::PortableText)});
}

// Every access key of the widgets a person sees in window (not those of other windows such as
// a floating dock or a dialog).
QList<AccessKey> visibleAccessKeys(const QWidget *window)
{
    QList<AccessKey> keys;
    const QList<QWidget *> widgets = window->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (!w->isVisible() || w->window() != window)
            continue;
        if (auto *label = qobject_cast<QLabel *>(w)) {
            if (label->buddy())
                addKey(keys, label->objectName(), label->text());
        } else if (auto *button = qobject_cast<QAbstractButton *>(w)) {
            addKey(keys, button->objectName(), button->text());
        } else if (auto *group = qobject_cast<QGroupBox *>(w)) {
            addKey(keys, group->objectName(), group->title());
        } else if (auto *tabs = qobject_cast<QTabBar *>(w)) {
            const QString owner = tabs->parentWidget() ? tabs->parentWidget()->objectName() : tabs->objectName();
            for (int i = 0; i < tabs->count(); ++i) {
                if (tabs->isTabVisible(i))
                    addKey(keys, owner + QStringLiteral("[%1]").arg(i), tabs->tabText(i));
            }
        } else if (auto *bar = qobject_cast<QMenuBar *>(w)) {
            const QList<QAction *> actions = bar->actions();
            for (QAction *action : actions) {
                if (action->isVisible())
                    addKey(keys, action->menu() ? action->menu()->objectName() : action->objectName(), action->text());
            }
        }
    }
    return keys;
}

// "Alt+S: startButton “&Start interview”, scoreLabel “&Score:”" for each key used twice.
QStringList clashes(const QList<AccessKey> &keys)
{
    QMap<QString, QStringList> byKey;
    for (const AccessKey &k : keys) {
        if (!k.key.isEmpty())
            byKey[k.key] << QStringLiteral("%1 “%2”").arg(k.owner, k.text);
    }
    QStringList found;
    for (auto it = byKey.cbegin(); it != byKey.cend(); ++it) {
        if (it->size() > 1)
            found << it.key() + QStringLiteral(": ") + it->join(QStringLiteral(", "));
    }
    return found;
}

// Claims Ctrl+E and Ctrl+K through ShortcutOverride as a line edit, spin box or text edit does
// under X11's key scheme (end of line, delete to the end of the line); the offscreen platform
// has Windows' keys, where nobody claims them.
class ClaimsEmacsKeys final : public QObject
{
public:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() != QEvent::ShortcutOverride)
            return false;
        const QKeyCombination keys = static_cast<QKeyEvent *>(event)->keyCombination();
        if (keys == (Qt::CTRL | Qt::Key_E) || keys == (Qt::CTRL | Qt::Key_K)) {
            event->accept();
            return true;
        }
        return false;
    }
};

enum class State {
    NoSession,
    Pending,
    PendingApiQuestion,
    NewQuestion,
    InProgress,
    Completed,
    Summary,
    Notes,
    Scorecard
};

} // namespace

// Access keys (Alt+letter) never clash: in each state of the main window and in each dialog, in
// English and in Chinese, every visible access key has one target.
class TestUiAccessKeys final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::isolateSettings(); }
    void init();
    void cleanup();

    void mainWindowKeysAreUnique_data();
    void mainWindowKeysAreUnique();
    void dialogKeysAreUnique_data();
    void dialogKeysAreUnique();
    void serverPanelKeysAreUnique_data();
    void serverPanelKeysAreUnique();
    void chineseKeepsTheEnglishKeys();
    void altFOpensTheFileMenu_data();
    void altFOpensTheFileMenu();
    void altSStartsTheInterview_data();
    void altSStartsTheInterview();
    void altAAcceptsTheQuestion();
    void windowCommandsWorkFromEveryWidget();

private:
    void languageRows();
    void bringInto(State state);
    QMap<QString, QString> keysByOwner(State state);

    std::unique_ptr<Languages> m_languages;
    std::unique_ptr<test::TempDatabase> m_db;
    std::unique_ptr<test::FakeServerControl> m_server;
    std::unique_ptr<ServiceClient> m_client;
    std::unique_ptr<MainWindow> m_window;
    QString m_sessionId;
};

void TestUiAccessKeys::init()
{
    m_languages = std::make_unique<Languages>();
    m_languages->install(QStringLiteral("en"));
    m_db = std::make_unique<test::TempDatabase>();
    QVERIFY(m_db->isValid());
    m_server = std::make_unique<test::FakeServerControl>();
    m_client = std::make_unique<ServiceClient>(m_db->service(), m_db->writer());
    m_window = std::make_unique<MainWindow>(*m_client, *m_server, m_db->clock(), m_languages.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestUiAccessKeys::cleanup()
{
    m_window.reset();
    m_client.reset();
    m_server.reset();
    m_db.reset();
    m_languages.reset();
    m_sessionId.clear();
}

void TestUiAccessKeys::languageRows()
{
    QTest::addColumn<QString>("language");
}

void TestUiAccessKeys::bringInto(State state)
{
    if (state == State::NoSession)
        return;
    InterviewService &service = m_db->service();
    SessionDraft draft;
    draft.userId = QStringLiteral("user_001");
    draft.sessionName = QStringLiteral("Python开发工程师面试");
    if (state == State::Scorecard) {
        // From a kit, so that the scorecard shows its competencies and the note on one.
        Kit kit;
        kit.name = QStringLiteral("后端工程师");
        Competency competency;
        competency.key = QStringLiteral("communication");
        competency.name = QStringLiteral("沟通");
        kit.competencies = {competency};
        const Result<Kit> stored = service.createKit(kit);
        QVERIFY(stored.ok());
        draft.kitId = stored->kitId;
    }
    const Result<Session> created = service.createSession(draft, Source::Ui);
    QVERIFY(created.ok());
    m_sessionId = created->sessionId;
    m_db->addQuestion(m_sessionId, QStringLiteral("What is a closure?"), 8, Source::Ui);
    if (state == State::PendingApiQuestion)
        m_db->addQuestion(m_sessionId, QStringLiteral("What is the GIL?"), 7, Source::Api);
    if (state == State::InProgress || state == State::Completed) {
        SessionPatch patch;
        patch.status = SessionStatus::InProgress;
        QVERIFY(service.updateSession(m_sessionId, patch, Source::Ui).ok());
        if (state == State::Completed) {
            patch.status = SessionStatus::Completed;
            QVERIFY(service.updateSession(m_sessionId, patch, Source::Ui).ok());
        }
    }
    SessionBrowser *browser = m_window->sessionBrowser();
    QTRY_VERIFY(browser->model()->rowOf(m_sessionId) >= 0);
    browser->selectSession(m_sessionId);
    QTRY_COMPARE(m_window->sessionView()->sessionId(), m_sessionId);
    auto *questions = child<QTableView>(m_window.get(), QStringLiteral("questionTableView"));
    QTRY_COMPARE(questions->model()->rowCount(), state == State::PendingApiQuestion ? 2 : 1);
    questions->setCurrentIndex(questions->model()->index(questions->model()->rowCount() - 1, 0));
    if (state == State::PendingApiQuestion)
        QTRY_VERIFY(child<QAbstractButton>(m_window.get(), QStringLiteral("acceptQuestionButton"))->isVisible());
    if (state == State::NewQuestion)
        QTest::mouseClick(child<QAbstractButton>(m_window.get(), QStringLiteral("newQuestionButton")), Qt::LeftButton);
    auto *tabs = child<QTabWidget>(m_window.get(), QStringLiteral("tabWidget"));
    if (state == State::Summary)
        tabs->setCurrentIndex(1);
    if (state == State::Notes)
        tabs->setCurrentIndex(2);
    if (state == State::Scorecard)
        tabs->setCurrentWidget(child<QWidget>(m_window.get(), QStringLiteral("scorecardTab")));
}

void TestUiAccessKeys::mainWindowKeysAreUnique_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("state");
    const QList<QPair<const char *, State>> states = {
        {"no session", State::NoSession},
        {"pending", State::Pending},
        {"AI question", State::PendingApiQuestion},
        {"new question", State::NewQuestion},
        {"in progress", State::InProgress},
        {"completed", State::Completed},
        {"summary tab", State::Summary},
        {"notes tab", State::Notes},
        {"scorecard tab", State::Scorecard},
    };
    for (const char *language : {"en", "zh_CN"}) {
        for (const auto &[name, state] : states)
            QTest::addRow("%s %s", language, name) << QString::fromLatin1(language) << int(state);
    }
}

void TestUiAccessKeys::mainWindowKeysAreUnique()
{
    QFETCH(QString, language);
    QFETCH(int, state);
    m_window->applyLanguage(language);
    bringInto(State(state));
    if (QTest::currentTestFailed())
        return;
    const QList<AccessKey> keys = visibleAccessKeys(m_window.get());
    QVERIFY(keys.size() > 3);
    const QStringList found = clashes(keys);
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QStringLiteral("; "))));
}

void TestUiAccessKeys::dialogKeysAreUnique_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("dialog");
    for (const char *language : {"en", "zh_CN"}) {
        for (const char *dialog : {"new session", "settings"})
            QTest::addRow("%s %s", language, dialog) << QString::fromLatin1(language) << QString::fromLatin1(dialog);
    }
}

void TestUiAccessKeys::dialogKeysAreUnique()
{
    QFETCH(QString, language);
    QFETCH(QString, dialog);
    m_window->applyLanguage(language);
    std::unique_ptr<QDialog> shown;
    if (dialog == u"settings")
        shown = std::make_unique<SettingsDialog>(m_window.get());
    else
        shown = std::make_unique<NewSessionDialog>(*m_client, m_window.get());
    shown->show();
    QVERIFY(QTest::qWaitForWindowExposed(shown.get()));
    const QList<AccessKey> keys = visibleAccessKeys(shown.get());
    QVERIFY(std::count_if(keys.cbegin(), keys.cend(), [](const AccessKey &k) { return !k.key.isEmpty(); }) >= 3);
    const QStringList found = clashes(keys);
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QStringLiteral("; "))));
}

void TestUiAccessKeys::serverPanelKeysAreUnique_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("tab");
    QTest::addColumn<bool>("changed");
    for (const char *language : {"en", "zh_CN"}) {
        for (int tab = 0; tab < 3; ++tab) {
            QTest::addRow("%s tab %d", language, tab) << QString::fromLatin1(language) << tab << false;
            QTest::addRow("%s tab %d, settings changed", language, tab) << QString::fromLatin1(language) << tab << true;
        }
    }
}

// The server panel as its own window (a floating dock): its keys are unique among themselves.
void TestUiAccessKeys::serverPanelKeysAreUnique()
{
    QFETCH(QString, language);
    QFETCH(int, tab);
    QFETCH(bool, changed);
    m_window->applyLanguage(language);
    auto *dock = child<QDockWidget>(m_window.get(), QStringLiteral("serverDock"));
    dock->setFloating(true);
    dock->show();
    QVERIFY(QTest::qWaitForWindowExposed(dock));
    child<QTabWidget>(dock, QStringLiteral("serverTabWidget"))->setCurrentIndex(tab);
    if (changed) {
        // Start turns into Restart once the address differs from the running server's.
        auto *port = child<QSpinBox>(dock, QStringLiteral("portSpinBox"));
        port->setValue(port->value() + 1);
    }
    const QList<AccessKey> keys = visibleAccessKeys(dock);
    QVERIFY(std::count_if(keys.cbegin(), keys.cend(), [](const AccessKey &k) { return !k.key.isEmpty(); }) >= 5);
    const QStringList found = clashes(keys);
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QStringLiteral("; "))));
}

QMap<QString, QString> TestUiAccessKeys::keysByOwner(State state)
{
    QMap<QString, QString> byOwner;
    const QList<AccessKey> keys = visibleAccessKeys(m_window.get());
    for (const AccessKey &k : keys)
        byOwner.insert(k.owner, k.key);
    Q_UNUSED(state)
    return byOwner;
}

// A person who learnt Alt+S in one language finds it in the other.
void TestUiAccessKeys::chineseKeepsTheEnglishKeys()
{
    bringInto(State::PendingApiQuestion);
    const QMap<QString, QString> english = keysByOwner(State::PendingApiQuestion);
    m_window->applyLanguage(QStringLiteral("zh_CN"));
    const QMap<QString, QString> chinese = keysByOwner(State::PendingApiQuestion);
    m_window->applyLanguage(QStringLiteral("en"));
    QStringList differ;
    for (auto it = english.cbegin(); it != english.cend(); ++it) {
        if (chinese.value(it.key()) != it.value())
            differ << QStringLiteral("%1: %2 / %3").arg(it.key(), it.value(), chinese.value(it.key()));
    }
    QVERIFY2(differ.isEmpty(), qPrintable(differ.join(QStringLiteral("; "))));
}

void TestUiAccessKeys::altFOpensTheFileMenu_data()
{
    QTest::addColumn<QString>("language");
    QTest::addRow("en") << QStringLiteral("en");
    QTest::addRow("zh_CN") << QStringLiteral("zh_CN");
}

void TestUiAccessKeys::altFOpensTheFileMenu()
{
    QFETCH(QString, language);
    m_window->applyLanguage(language);
    bringInto(State::Pending);
    auto *fileMenu = child<QMenu>(m_window.get(), QStringLiteral("fileMenu"));
    auto *dateFilter = child<QAbstractButton>(m_window.get(), QStringLiteral("dateFilterCheckBox"));
    QVERIFY(!dateFilter->isChecked());
    child<QTableView>(m_window.get(), QStringLiteral("sessionTableView"))->setFocus();
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::AltModifier);
    QTRY_VERIFY(fileMenu->isVisible());
    QVERIFY(!dateFilter->hasFocus());
    QTest::keyClick(fileMenu, Qt::Key_Escape);
    QTRY_VERIFY(!fileMenu->isVisible());
}

void TestUiAccessKeys::altSStartsTheInterview_data()
{
    altFOpensTheFileMenu_data();
}

void TestUiAccessKeys::altSStartsTheInterview()
{
    QFETCH(QString, language);
    m_window->applyLanguage(language);
    bringInto(State::Pending);
    if (QTest::currentTestFailed())
        return;
    child<QWidget>(m_window.get(), QStringLiteral("questionTableView"))->setFocus();
    QTest::keyClick(m_window.get(), Qt::Key_S, Qt::AltModifier);
    QTRY_COMPARE(m_db->service().session(m_sessionId)->status, SessionStatus::InProgress);
}

void TestUiAccessKeys::altAAcceptsTheQuestion()
{
    bringInto(State::PendingApiQuestion);
    if (QTest::currentTestFailed())
        return;
    const QString questionId = m_db->service().questions(m_sessionId)->last().questionId;
    QVERIFY(!m_db->service().questions(m_sessionId)->last().reviewed);
    child<QWidget>(m_window.get(), QStringLiteral("questionTableView"))->setFocus();
    QTest::keyClick(m_window.get(), Qt::Key_A, Qt::AltModifier);
    QTRY_VERIFY(m_db->service().questions(m_sessionId)->last().reviewed);
    QCOMPARE(m_db->service().questions(m_sessionId)->last().questionId, questionId);
}

// Ctrl+E (export) and Ctrl+K (server panel) work whichever widget has the focus, also one that
// claims those keys for itself, as text fields do on X11 desktops.
void TestUiAccessKeys::windowCommandsWorkFromEveryWidget()
{
    Exporter exporter(m_db->service());
    m_window->setFileServices(FileServices {&exporter, {}, {}});
    int exports = 0;
    FileActions::setFileChooser(
        [&exports](FileActions::Dialog, const QString &, const QString &, const QStringList &, QString *) {
            ++exports;
            return QString(); // cancelled
        });
    bringInto(State::InProgress);
    child<QAbstractButton>(m_window.get(), QStringLiteral("dateFilterCheckBox"))->setChecked(true);
    auto *dock = child<QDockWidget>(m_window.get(), QStringLiteral("serverDock"));
    ClaimsEmacsKeys claim;
    QStringList focusable;
    QStringList failed;
    const QList<QWidget *> widgets = m_window->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (!w->isVisible() || !w->isEnabled() || !(w->focusPolicy() & Qt::TabFocus) || w->window() != m_window.get())
            continue;
        w->installEventFilter(&claim);
        w->setFocus();
        if (!w->hasFocus())
            continue;
        const QString name
            = QStringLiteral("%1 %2").arg(QString::fromLatin1(w->metaObject()->className()), w->objectName());
        focusable << name;
        const int before = exports;
        QTest::keyClick(w, Qt::Key_E, Qt::ControlModifier);
        if (exports != before + 1)
            failed << name + QStringLiteral(" (Ctrl+E)");
        QTest::keyClick(w, Qt::Key_K, Qt::ControlModifier);
        if (!dock->isVisible())
            failed << name + QStringLiteral(" (Ctrl+K)");
        dock->hide();
    }
    FileActions::setFileChooser({});
    QVERIFY2(focusable.size() > 10, qPrintable(focusable.join(QStringLiteral(", "))));
    QVERIFY(focusable.filter(QStringLiteral("QLineEdit")).size() >= 3);
    QVERIFY2(failed.isEmpty(), qPrintable(failed.join(QStringLiteral(", "))));
}

QTEST_MAIN(TestUiAccessKeys)
#include "tst_uiaccesskeys.moc"
