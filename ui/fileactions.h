// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dataimporter.h"
#include "exportformat.h"
#include "queries.h"
#include "result.h"

#include <QCoreApplication>
#include <QObject>

#include <functional>

class QLabel;
class QPushButton;
class QUrl;
class QWidget;

namespace ir {
class Exporter;
}

namespace ir::ui {

// What the File menu needs beyond the service; app/ provides it (the window never sees the
// database itself).
struct FileServices
{
    using ImportDone = std::function<void(const Result<ImportReport> &)>;

    Exporter *exporter = nullptr;
    // Imports an export file through the process's one writer, off the calling thread; done runs
    // later on context's thread (not if context is gone by then).
    std::function<void(QObject *context, const QString &path, ImportDone done)> importFile;
    std::function<Status(const QString &path)> backup;
    // Team mode: backup writes the JSON export of the PostgreSQL database, not an SQLite copy.
    bool backupIsJsonExport = false;
};

// File → Export / Export Filtered / Import / Back Up: the dialogs, progress and messages.
class FileActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FileActions)

public:
    enum class Dialog { Save, Open };
    // Asks for a file name; returns "" when cancelled. Tests replace it (see setFileChooser);
    // without one, a QFileDialog asks.
    using FileChooser = std::function<QString(Dialog dialog, const QString &title, const QString &suggestedPath,
                                              const QStringList &filters, QString *selectedFilter)>;
    // Shows a folder in the file manager; false when that failed. Tests replace it.
    using FolderOpener = std::function<bool(const QUrl &folder)>;

    FileActions(FileServices services, QWidget *window);
    ~FileActions() override;

    bool canExport() const { return m_services.exporter != nullptr; }

    // The open session as one file, offered as <candidate>_<session name>_<date>.<ext>; the format
    // is the one the file name's extension names, else the chosen filter's (whose extension the
    // name then gets). A saved file is announced in the status bar with an "Open folder" button.
    void exportSession(const QString &sessionId);
    // Every session the browser's filter matches, as CSV or JSON, with progress and cancel.
    void exportSessions(const SessionFilter &filter);
    // Asks for a file and imports it; the report shows once the import has landed.
    void importFile();
    bool isImporting() const { return m_importing; }
    void backup();

    static void setFileChooser(FileChooser chooser);
    static void setFolderOpener(FolderOpener opener);
    // A save dialog (or the test's chooser) for one file named fileName in the last folder used;
    // "" when cancelled. For other windows' single-file exports (a person's data).
    static QString askSaveFile(QWidget *parent, const QString &title, const QString &fileName,
                               const QStringList &filters);
    // The last saved export's path ("" before the first).
    QString lastSavedPath() const { return m_lastSavedPath; }

Q_SIGNALS:
    void importingChanged(bool importing);
    void imported();

private:
    QString chooseSavePath(const QString &title, const QString &fileName, const QList<ExportFormat> &formats,
                           ExportFormat *format);
    static QString lastFolder();
    static void rememberFolder(const QString &path);
    // "Exported to <path>" and an "Open folder" button in the window's status bar.
    void announceSaved(const QString &path);
    void retranslateSavedNotice();
    void openSavedFolder();
    // Retranslates the notice when the language changes.
    bool eventFilter(QObject *watched, QEvent *event) override;
    void setImporting(bool importing);
    void showImportReport(const Result<ImportReport> &report);

    FileServices m_services;
    QWidget *m_window = nullptr;
    bool m_importing = false;
    QString m_lastSavedPath;
    QLabel *m_savedLabel = nullptr;
    QPushButton *m_openFolderButton = nullptr;
};

} // namespace ir::ui
