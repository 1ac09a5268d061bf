// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"
#include "ui_mainwindow.h"

#include "auditlogview.h"
#include "calibrationview.h"
#include "candidatesview.h"
#include "expirybanner.h"
#include "fileactions.h"
#include "kiteditor.h"
#include "languages.h"
#include "messagebox.h"
#include "newsessiondialog.h"
#include "questionbankview.h"
#include "questionpanel.h"
#include "serverpanel.h"
#include "serviceclient.h"
#include "sessionbrowser.h"
#include "sessiontablemodel.h"
#include "sessionview.h"
#include "settingsdialog.h"
#include "settingskeys.h"
#include "storagebanner.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QKeyEvent>
#include <QLineEdit>
#include <QScreen>
#include <QSettings>
#include <QTableView>
#include <QToolButton>

namespace ir::ui {

MainWindow::MainWindow(ServiceClient &client, ServerControl &server, const Clock &clock, Languages *languages,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_client(client)
    , m_languages(languages)
{
    InterviewService &service = client.service();
    m_ui->setupUi(this);
    setWindowIcon(QIcon(QStringLiteral(":/icons/io.github.interviewrecorder.InterviewRecorder.svg")));
    m_browser = new SessionBrowser(service, m_ui->mainSplitter);
    m_browser->setObjectName(QStringLiteral("sessionBrowser"));
    m_sessionView = new SessionView(client, clock, m_ui->mainSplitter);
    m_sessionView->setObjectName(QStringLiteral("sessionView"));
    m_ui->mainSplitter->addWidget(m_browser);
    m_ui->mainSplitter->addWidget(m_sessionView);
    m_ui->mainSplitter->setStretchFactor(0, 2);
    m_ui->mainSplitter->setStretchFactor(1, 3);
    // Above everything else, like a browser's information bar; hidden while the database is well.
    m_storageBanner = new StorageBanner(service.storageHealth(), m_ui->centralWidget);
    m_ui->centralLayout->insertWidget(0, m_storageBanner);
    // Through closeEvent, so unsaved edits are asked about as on any close.
    connect(m_storageBanner, &StorageBanner::quitRequested, this, &QWidget::close);
    // Below it: sessions the retention period erases within a week (checked now and daily).
    m_expiryBanner = new ExpiryBanner(service, clock, m_ui->centralWidget);
    m_ui->centralLayout->insertWidget(1, m_expiryBanner);
    connect(m_expiryBanner, &ExpiryBanner::settingsRequested, this, &MainWindow::openSettings);
    connect(m_expiryBanner, &ExpiryBanner::exportRequested, this, [this](qint64 createdBeforeMs) {
        if (!m_fileActions)
            return;
        SessionFilter filter;
        filter.createdTo = createdBeforeMs;
        filter.descending = false;
        m_fileActions->exportSessions(filter);
    });
    m_serverPanel = new ServerPanel(server, m_ui->serverDockContents);
    m_serverPanel->setObjectName(QStringLiteral("serverPanel"));
    m_ui->serverDockLayout->addWidget(m_serverPanel);

    QAction *serverToggle = m_ui->serverDock->toggleViewAction();
    serverToggle->setObjectName(QStringLiteral("serverPanelAction"));
    serverToggle->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    m_ui->viewMenu->addAction(serverToggle);
    m_serverStatusButton = new QToolButton(this);
    m_serverStatusButton->setObjectName(QStringLiteral("serverStatusButton"));
    m_serverStatusButton->setAutoRaise(true);
    m_serverStatusButton->setText(m_serverPanel->statusText());
    statusBar()->addPermanentWidget(m_serverStatusButton);
    connect(m_serverStatusButton, &QToolButton::clicked, this, [this] {
        m_ui->serverDock->show();
        m_ui->serverDock->raise();
    });
    connect(m_serverPanel, &ServerPanel::statusTextChanged, m_serverStatusButton, &QToolButton::setText);
    // Data rights: an erased person leaves the request log; a new API key is on record.
    connect(&service, &InterviewService::candidateErased, m_serverPanel,
            [this](const QString &userId, const QStringList &sessionIds) {
                m_serverPanel->forgetInLog(QStringList {userId} + sessionIds);
            });
    connect(m_serverPanel, &ServerPanel::apiKeyRegenerated, this, [this] {
        InterviewService &audited = m_client.service();
        m_client.write<Done>(
            this,
            [&audited] { return audited.recordAudit(AuditAction::ApiKeyChange, Actor::Ui, QStringLiteral("api_key")); },
            [](const Status &) {});
    });
    connect(m_ui->serverDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible)
            keepServerPanelOnScreen();
    });

    m_ui->newSessionAction->setShortcut(QKeySequence::New);
    m_ui->quitAction->setShortcut(QKeySequence::Quit);
    m_ui->findAction->setShortcut(QKeySequence::Find);
    m_ui->deleteSessionAction->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_Delete));
    m_ui->settingsAction->setShortcut(QKeySequence::Preferences);
    connect(m_ui->newSessionAction, &QAction::triggered, this, &MainWindow::newSession);
    connect(m_ui->deleteSessionAction, &QAction::triggered, this, &MainWindow::deleteCurrentSession);
    connect(m_ui->settingsAction, &QAction::triggered, this, &MainWindow::openSettings);
    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    m_ui->questionBankAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    m_ui->kitsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    connect(m_ui->questionBankAction, &QAction::triggered, this, &MainWindow::openQuestionBank);
    connect(m_ui->kitsAction, &QAction::triggered, this, &MainWindow::openKits);
    m_ui->candidatesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    connect(m_ui->candidatesAction, &QAction::triggered, this, &MainWindow::openCandidates);
    connect(m_ui->calibrationAction, &QAction::triggered, this, &MainWindow::openCalibration);
    connect(m_ui->auditLogAction, &QAction::triggered, this, &MainWindow::openAuditLog);
    connect(m_ui->findAction, &QAction::triggered, this, [this] {
        if (auto *search = m_browser->findChild<QLineEdit *>(QStringLiteral("searchLineEdit"))) {
            search->setFocus();
            search->selectAll();
        }
    });
    // Export, import and backup work once app/ hands over the file services (setFileServices).
    m_exportSessionsAction = new QAction(this);
    m_exportSessionsAction->setObjectName(QStringLiteral("exportSessionsAction"));
    m_exportSessionsAction->setEnabled(false);
    m_ui->fileMenu->insertAction(m_ui->importAction, m_exportSessionsAction);
    m_ui->exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    retranslateFileActions();
    // With X11's key scheme (KDE, GNOME, any X11 or Wayland desktop) a focused line edit, spin
    // box or editable combo box claims Ctrl+E (end of line) and Ctrl+K (delete to the end of the
    // line) through ShortcutOverride, so these never reached the window from a text field. The
    // application filter sees that event before the widget does and keeps it for the window.
    m_windowCommands = {m_ui->exportAction, serverToggle};
    qApp->installEventFilter(this);

    m_browser->setLeaveGuard([this] {
        // Asked while the browser's current row is already the one chosen: once an unsaved
        // question has been saved, go there.
        const QString chosen = m_browser->model()->sessionIdAt(m_browser->tableView()->currentIndex().row());
        return m_sessionView->maybeKeepEdits([this, chosen] { m_browser->selectSession(chosen); });
    });
    connect(m_browser, &SessionBrowser::currentSessionChanged, this, &MainWindow::openSession);
    connect(m_browser, &SessionBrowser::newSessionRequested, this, &MainWindow::newSession);
    connect(m_browser, &SessionBrowser::deleteSessionRequested, this, &MainWindow::deleteCurrentSession);
    connect(&service, &InterviewService::sessionChanged, this, [this](const QString &id) {
        if (id == m_sessionView->sessionId())
            updateTitle();
    });
    connect(&service, &InterviewService::sessionRemoved, this, [this] {
        updateSessionActions();
        updateTitle();
    });
    m_ui->deleteSessionAction->setEnabled(false);
    restoreLayout();
    updateTitle();
    m_expiryBanner->check();
}

MainWindow::~MainWindow()
{
    qApp->removeEventFilter(this);
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride && watched->isWidgetType()
        && static_cast<QWidget *>(watched)->window() == this) {
        const QKeySequence pressed(static_cast<QKeyEvent *>(event)->keyCombination());
        for (const QAction *command : std::as_const(m_windowCommands)) {
            if (command->isEnabled() && command->shortcut() == pressed) {
                event->ignore(); // not overridden: the shortcut runs
                return true;
            }
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::setFileServices(FileServices services)
{
    const bool canImport = bool(services.importFile);
    const bool canBackup = bool(services.backup);
    m_fileActions = new FileActions(std::move(services), this);
    updateSessionActions();
    m_exportSessionsAction->setEnabled(m_fileActions->canExport());
    m_expiryBanner->setCanExport(m_fileActions->canExport());
    m_ui->importAction->setEnabled(canImport);
    m_ui->backupAction->setEnabled(canBackup);
    connect(m_ui->exportAction, &QAction::triggered, m_fileActions,
            [this] { m_fileActions->exportSession(m_sessionView->sessionId()); });
    connect(m_exportSessionsAction, &QAction::triggered, m_fileActions,
            [this] { m_fileActions->exportSessions(m_browser->model()->filter()); });
    connect(m_ui->importAction, &QAction::triggered, m_fileActions, &FileActions::importFile);
    connect(m_ui->backupAction, &QAction::triggered, m_fileActions, &FileActions::backup);
    // One import at a time: the action waits for the answer of the one in flight.
    connect(m_fileActions, &FileActions::importingChanged, m_ui->importAction,
            [this, canImport](bool importing) { m_ui->importAction->setEnabled(canImport && !importing); });
    // Imported rows bypass the service's change signals: reload what the window shows.
    connect(m_fileActions, &FileActions::imported, this, [this] {
        m_browser->model()->reload();
        openSession(m_sessionView->sessionId());
    });
}

void MainWindow::retranslateFileActions()
{
    m_exportSessionsAction->setText(tr("Export &Sessions…"));
    m_exportSessionsAction->setToolTip(tr("Export every session the current search and filters show, as CSV or JSON"));
}

void MainWindow::openSession(const QString &sessionId)
{
    m_sessionView->showSession(sessionId);
    updateSessionActions();
    updateTitle();
}

void MainWindow::updateSessionActions()
{
    const QString open = m_sessionView->sessionId();
    m_ui->deleteSessionAction->setEnabled(!open.isEmpty() && open != m_deletingSessionId);
    m_ui->exportAction->setEnabled(m_fileActions && m_fileActions->canExport() && !open.isEmpty());
}

void MainWindow::newSession()
{
    if (!m_sessionView->maybeKeepEdits([this] { newSession(); }))
        return;
    // The dialog closes once the session exists (or stays with the problem shown).
    NewSessionDialog dialog(m_client, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString id = dialog.createdSessionId();
    m_browser->model()->reload();
    m_browser->selectSession(id);
    if (m_sessionView->sessionId() != id)
        openSession(id); // hidden by the current filter, but open all the same
}

void MainWindow::openQuestionBank()
{
    if (!m_bankView) {
        m_bankView = new QuestionBankView(m_client, this);
        m_bankView->setObjectName(QStringLiteral("questionBankView"));
    }
    m_bankView->showWindow();
}

void MainWindow::openKits()
{
    if (!m_kitEditor) {
        m_kitEditor = new KitEditor(m_client, this);
        m_kitEditor->setObjectName(QStringLiteral("kitEditor"));
    }
    m_kitEditor->showWindow();
}

void MainWindow::openCandidates()
{
    if (!m_candidatesView) {
        m_candidatesView = new CandidatesView(m_client, this);
        m_candidatesView->setObjectName(QStringLiteral("candidatesView"));
        m_candidatesView->setBackupFolder(m_backupFolder);
        connect(m_candidatesView, &CandidatesView::openSessionRequested, this, [this](const QString &id) {
            m_browser->selectSession(id);
            if (m_sessionView->sessionId() != id)
                openSession(id); // hidden by the current filter, but open all the same
            raise();
            activateWindow();
        });
    }
    m_candidatesView->showWindow();
}

void MainWindow::openCalibration()
{
    if (!m_calibrationView) {
        m_calibrationView = new CalibrationView(m_client.service(), this);
        m_calibrationView->setObjectName(QStringLiteral("calibrationView"));
    }
    m_calibrationView->showWindow();
}

void MainWindow::openAuditLog()
{
    if (!m_auditLogView) {
        m_auditLogView = new AuditLogView(m_client.service(), this);
        m_auditLogView->setObjectName(QStringLiteral("auditLogView"));
    }
    m_auditLogView->showWindow();
}

void MainWindow::setBackupFolder(const QString &folder)
{
    m_backupFolder = folder;
    if (m_candidatesView)
        m_candidatesView->setBackupFolder(folder);
}

void MainWindow::deleteCurrentSession()
{
    const Session session = m_sessionView->session(); // what the question below is about
    if (session.sessionId.isEmpty() || !m_deletingSessionId.isEmpty())
        return;
    const QString name = session.sessionName.isEmpty() ? session.sessionId : session.sessionName;
    if (!MessageBox::confirm(this, tr("Delete session"),
                             tr("Delete the session “%1” of %2 with its %Ln question(s)? This cannot be undone.",
                                nullptr, session.totalQuestions)
                                 .arg(name, session.userId)))
        return;
    const QString id = session.sessionId;
    m_deletingSessionId = id;
    updateSessionActions();
    m_client.deleteSession(this, id, [this, id](const Status &removed) {
        m_deletingSessionId.clear();
        if (!removed) {
            updateSessionActions();
            MessageBox::warning(this, tr("Delete session"),
                                tr("The session could not be deleted: %1").arg(removed.error().details));
            return;
        }
        // The service's sessionRemoved (queued before this reply) has closed it already.
        const QString open = m_sessionView->sessionId();
        if (open.isEmpty() || open == id)
            openSession({});
        else
            updateSessionActions();
    });
}

void MainWindow::openSettings()
{
    SettingsDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    applyLanguage(dialog.languageCode());
    m_expiryBanner->check(); // the retention period may have changed
}

void MainWindow::applyLanguage(const QString &code)
{
    Languages::storeCode(code);
    if (m_languages)
        m_languages->install(code);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_sessionView->maybeKeepEdits([this] { close(); })) {
        event->ignore();
        return;
    }
    saveLayout();
    QMainWindow::closeEvent(event);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslateFileActions();
        m_serverStatusButton->setText(m_serverPanel->statusText());
        updateTitle();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::keepServerPanelOnScreen()
{
    QDockWidget *dock = m_ui->serverDock;
    const QScreen *shown = screen();
    if (dock->isFloating() || !shown)
        return;
    const QRect available = shown->availableGeometry();
    const int frame = frameGeometry().width() - width();
    if (minimumSizeHint().width() + frame <= available.width() && frameGeometry().right() <= available.right())
        return;
    // Too narrow a screen for both side by side: the panel becomes a window of its own at the
    // screen's right edge, and the main window goes back inside the screen.
    const int restoreWidth = std::min(width(), available.width() - frame);
    dock->setFloating(true);
    dock->resize(dock->sizeHint().boundedTo(available.size()));
    // Once it is a window its frame is known: the frame too must fit on the screen.
    const QSize frameExtra = dock->frameGeometry().size() - dock->size();
    dock->resize(dock->sizeHint().boundedTo(available.size() - frameExtra));
    // move() places the frame: the whole panel window stays on the screen.
    dock->move(available.right() - dock->frameGeometry().width() + 1, available.top());
    layout()->activate(); // the minimum without the docked panel
    resize(std::max(restoreWidth, minimumSizeHint().width()), height());
    if (frameGeometry().right() > available.right())
        move(std::max(available.left(), available.right() - frameGeometry().width() + 1), y());
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(keys::windowGeometry()).toByteArray())) {
        // First run: most of the screen, whatever its size and scale (a 1366×768 laptop's
        // 1229×655 or so still shows the whole question editor).
        const QRect available = screen() ? screen()->availableGeometry() : QRect();
        if (available.isValid())
            resize(available.size() * 9 / 10);
        m_ui->serverDock->hide();
    }
    restoreState(settings.value(keys::windowState()).toByteArray());
    if (!m_ui->mainSplitter->restoreState(settings.value(keys::mainSplitter()).toByteArray())) {
        // First run: the list gets a little less than half, enough for its default columns.
        m_ui->mainSplitter->setSizes({width() * 9 / 20, width() * 11 / 20});
    }
    m_browser->restoreHeaderState(settings.value(keys::sessionHeader()).toByteArray());
    m_sessionView->questionPanel()->restoreSplitterState(settings.value(keys::questionSplitter()).toByteArray());
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.setValue(keys::windowGeometry(), saveGeometry());
    settings.setValue(keys::windowState(), saveState());
    settings.setValue(keys::mainSplitter(), m_ui->mainSplitter->saveState());
    settings.setValue(keys::sessionHeader(), m_browser->saveHeaderState());
    settings.setValue(keys::questionSplitter(), m_sessionView->questionPanel()->saveSplitterState());
}

void MainWindow::updateTitle()
{
    const Session &session = m_sessionView->session();
    if (session.sessionId.isEmpty()) {
        setWindowTitle(tr("Interview Recorder"));
        return;
    }
    const QString name = session.sessionName.isEmpty() ? tr("Untitled session") : session.sessionName;
    setWindowTitle(tr("%1 – %2 – Interview Recorder").arg(name, session.userId));
}

void MainWindow::showAbout()
{
    MessageBox::information(this, tr("About Interview Recorder"),
                            tr("Interview Recorder %1\n\nRecord interviews on the desktop: questions, answers, "
                               "feedback and scores, also posted live by a Dify workflow through the built-in "
                               "HTTP API.")
                                .arg(QStringLiteral(IR_VERSION)));
}

} // namespace ir::ui
