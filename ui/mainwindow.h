// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

#include <memory>

namespace Ui {
class MainWindow;
}

class QToolButton;

namespace ir {
class Clock;
class ServerControl;
class ServiceClient;
} // namespace ir

namespace ir::ui {

class AuditLogView;
class CalibrationView;
class CandidatesView;
class ExpiryBanner;
class FileActions;
class KitEditor;
class QuestionBankView;
struct FileServices;
class Languages;
class ServerPanel;
class SessionBrowser;
class SessionView;
class StorageBanner;

// The application window: the session browser, the open session and the API server panel. It
// reads through the service and writes through the process's one writer (ServiceClient), so it
// never waits for the database.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    // languages may be null (tests); then the language setting is stored but not applied.
    MainWindow(ServiceClient &client, ServerControl &server, const Clock &clock, Languages *languages,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    SessionBrowser *sessionBrowser() const { return m_browser; }
    SessionView *sessionView() const { return m_sessionView; }
    ServerPanel *serverPanel() const { return m_serverPanel; }
    // The bar above the sessions while the database has a fault.
    StorageBanner *storageBanner() const { return m_storageBanner; }

    // Enables File → Export, Export Sessions, Import and Back Up.
    void setFileServices(FileServices services);
    FileActions *fileActions() const { return m_fileActions; }

    void newSession();
    // The question bank and the kits, each in a window of its own (made on first use).
    void openQuestionBank();
    void openKits();
    QuestionBankView *questionBankView() const { return m_bankView; }
    KitEditor *kitEditor() const { return m_kitEditor; }
    // The candidates (issue 13), in a window of its own (made on first use).
    void openCandidates();
    CandidatesView *candidatesView() const { return m_candidatesView; }
    // Interviewer calibration and the audit log (issue 13), each in a window of its own.
    void openCalibration();
    void openAuditLog();
    CalibrationView *calibrationView() const { return m_calibrationView; }
    AuditLogView *auditLogView() const { return m_auditLogView; }
    // The week-ahead warning of the retention period.
    ExpiryBanner *expiryBanner() const { return m_expiryBanner; }
    // The automatic backups' folder ("" when none): the erasure of a person names those holding them.
    void setBackupFolder(const QString &folder);
    void deleteCurrentSession();
    void openSettings();
    // Switches the window's language ("" = the system's).
    void applyLanguage(const QString &code);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void openSession(const QString &sessionId);
    void updateSessionActions();
    void retranslateFileActions();
    void restoreLayout();
    // Floats the server panel when, docked, it would push the window past its screen.
    void keepServerPanelOnScreen();
    void saveLayout() const;
    void updateTitle();
    void showAbout();

    std::unique_ptr<Ui::MainWindow> m_ui;
    ServiceClient &m_client;
    Languages *m_languages = nullptr;
    SessionBrowser *m_browser = nullptr;
    SessionView *m_sessionView = nullptr;
    ServerPanel *m_serverPanel = nullptr;
    StorageBanner *m_storageBanner = nullptr;
    QToolButton *m_serverStatusButton = nullptr;
    QAction *m_exportSessionsAction = nullptr;
    // Commands that work from any widget of the window, even one that claims their keys.
    QList<QAction *> m_windowCommands;
    FileActions *m_fileActions = nullptr;
    QuestionBankView *m_bankView = nullptr;
    KitEditor *m_kitEditor = nullptr;
    CandidatesView *m_candidatesView = nullptr;
    CalibrationView *m_calibrationView = nullptr;
    AuditLogView *m_auditLogView = nullptr;
    ExpiryBanner *m_expiryBanner = nullptr;
    QString m_backupFolder;
    QString m_deletingSessionId; // its deletion is in flight
};

} // namespace ir::ui
