// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fileactions.h"

#include "exporter.h"
#include "messagebox.h"

#include <QApplication>
#include <QDateTime>
#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMainWindow>
#include <QProgressDialog>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QUrl>

namespace ir::ui {
namespace {

const QString LAST_FOLDER_KEY = QStringLiteral("files/lastFolder");
const QString LAST_FORMAT_KEY = QStringLiteral("files/lastExportFormat");

FileActions::FileChooser &fileChooser()
{
    static FileActions::FileChooser chooser;
    return chooser;
}

FileActions::FolderOpener &folderOpener()
{
    static FileActions::FolderOpener opener;
    return opener;
}

// The first extension of a filter such as "HTML (*.html *.htm)": "html".
QString filterSuffix(const QString &filter)
{
    const qsizetype star = filter.indexOf(QStringLiteral("*."));
    if (star < 0)
        return {};
    const qsizetype end = filter.indexOf(QRegularExpression(QStringLiteral("[ )]")), star);
    return filter.mid(star + 2, end < 0 ? -1 : end - star - 2);
}

QString askForFile(QWidget *parent, FileActions::Dialog dialog, const QString &title, const QString &suggested,
                   const QStringList &filters, QString *selectedFilter)
{
    if (const FileActions::FileChooser &chooser = fileChooser())
        return chooser(dialog, title, suggested, filters, selectedFilter);
    const bool save = dialog == FileActions::Dialog::Save;
    const QFileInfo suggestedInfo(suggested);
    QFileDialog fileDialog(parent, title, save ? suggestedInfo.absolutePath() : suggested);
    fileDialog.setObjectName(QStringLiteral("fileDialog"));
    fileDialog.setAcceptMode(save ? QFileDialog::AcceptSave : QFileDialog::AcceptOpen);
    fileDialog.setFileMode(save ? QFileDialog::AnyFile : QFileDialog::ExistingFile);
    fileDialog.setNameFilters(filters);
    if (!selectedFilter->isEmpty())
        fileDialog.selectNameFilter(*selectedFilter);
    if (save) {
        fileDialog.selectFile(suggestedInfo.fileName());
        // A name typed without an extension gets the chosen filter's, before the dialog checks
        // whether that file exists (so its overwrite question is about the file we write).
        fileDialog.setDefaultSuffix(filterSuffix(fileDialog.selectedNameFilter()));
        QObject::connect(&fileDialog, &QFileDialog::filterSelected, &fileDialog,
                         [&fileDialog](const QString &filter) { fileDialog.setDefaultSuffix(filterSuffix(filter)); });
    }
    if (fileDialog.exec() != QDialog::Accepted || fileDialog.selectedFiles().isEmpty())
        return {};
    *selectedFilter = fileDialog.selectedNameFilter();
    return fileDialog.selectedFiles().constFirst();
}

} // namespace

FileActions::FileActions(FileServices services, QWidget *window)
    : QObject(window)
    , m_services(std::move(services))
    , m_window(window)
{ }

FileActions::~FileActions()
{
    if (m_importing)
        QApplication::restoreOverrideCursor();
}

void FileActions::setFileChooser(FileChooser chooser)
{
    fileChooser() = std::move(chooser);
}

QString FileActions::askSaveFile(QWidget *parent, const QString &title, const QString &fileName,
                                 const QStringList &filters)
{
    QString selected = filters.value(0);
    const QString path
        = askForFile(parent, Dialog::Save, title, QDir(lastFolder()).filePath(fileName), filters, &selected);
    if (!path.isEmpty())
        rememberFolder(path);
    return path;
}

void FileActions::setFolderOpener(FolderOpener opener)
{
    folderOpener() = std::move(opener);
}

QString FileActions::lastFolder()
{
    const QString stored = QSettings().value(LAST_FOLDER_KEY).toString();
    if (!stored.isEmpty() && QFileInfo(stored).isDir())
        return stored;
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

void FileActions::rememberFolder(const QString &path)
{
    QSettings().setValue(LAST_FOLDER_KEY, QFileInfo(path).absolutePath());
}

QString FileActions::chooseSavePath(const QString &title, const QString &fileName, const QList<ExportFormat> &formats,
                                    ExportFormat *format)
{
    QStringList filters;
    for (ExportFormat candidate : formats)
        filters << exportformat::fileDialogFilter(candidate);
    const auto remembered = exportformat::fromWireName(QSettings().value(LAST_FORMAT_KEY).toString());
    ExportFormat preferred = remembered && formats.contains(*remembered) ? *remembered : formats.first();
    QString selectedFilter = exportformat::fileDialogFilter(preferred);
    const QString suggested = QDir(lastFolder()).filePath(fileName + u'.' + exportformat::fileExtension(preferred));
    QString path = askForFile(m_window, Dialog::Save, title, suggested, filters, &selectedFilter);
    if (path.isEmpty())
        return {};
    // The name says what the file is: li_wei.pdf is a PDF whatever the "Files of type" filter
    // showed. Without an extension of ours, the filter decides and the name gets its extension.
    if (const auto named = exportformat::fromFileName(path); named && formats.contains(*named)) {
        preferred = *named;
    } else {
        for (ExportFormat candidate : formats) {
            if (exportformat::fileDialogFilter(candidate) == selectedFilter)
                preferred = candidate;
        }
        path += u'.' + exportformat::fileExtension(preferred);
    }
    QSettings().setValue(LAST_FORMAT_KEY, exportformat::wireName(preferred));
    rememberFolder(path);
    *format = preferred;
    return path;
}

void FileActions::exportSession(const QString &sessionId)
{
    if (!m_services.exporter || sessionId.isEmpty())
        return;
    QList<ExportFormat> formats;
    for (ExportFormat format : exportformat::all()) {
        if (m_services.exporter->supports(format))
            formats << format;
    }
    ExportFormat format = formats.first();
    // Without its extension: chooseSavePath adds the one of the format it offers.
    const Result<QString> fileName = m_services.exporter->suggestedFileName(sessionId, format);
    const QString baseName = fileName ? fileName->chopped(exportformat::fileExtension(format).size() + 1) : sessionId;
    const QString path = chooseSavePath(tr("Export session"), baseName, formats, &format);
    if (path.isEmpty())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status written = m_services.exporter->exportSessionToFile(sessionId, format, path);
    QApplication::restoreOverrideCursor();
    if (!written) {
        MessageBox::warning(m_window, tr("Export session"),
                            tr("The session could not be exported: %1").arg(written.error().details));
        return;
    }
    announceSaved(path);
}

void FileActions::announceSaved(const QString &path)
{
    m_lastSavedPath = path;
    auto *mainWindow = qobject_cast<QMainWindow *>(m_window);
    if (!mainWindow)
        return;
    if (!m_savedLabel) {
        m_savedLabel = new QLabel(mainWindow);
        m_savedLabel->setObjectName(QStringLiteral("exportSavedLabel"));
        // A long path must not widen the window: the label may shrink below its text (a minimum
        // of one pixel, as 0 would mean "the text's width"); the tooltip has it all.
        m_savedLabel->setMinimumWidth(1);
        m_savedLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_openFolderButton = new QPushButton(mainWindow);
        m_openFolderButton->setObjectName(QStringLiteral("openFolderButton"));
        connect(m_openFolderButton, &QPushButton::clicked, this, &FileActions::openSavedFolder);
        // The button right after the message (the status bar's stretch follows them).
        mainWindow->statusBar()->addWidget(m_savedLabel);
        mainWindow->statusBar()->addWidget(m_openFolderButton);
        m_openFolderButton->installEventFilter(this);
    }
    retranslateSavedNotice();
    m_savedLabel->show();
    m_openFolderButton->show();
}

void FileActions::retranslateSavedNotice()
{
    const QString shown = QDir::toNativeSeparators(m_lastSavedPath);
    m_savedLabel->setText(tr("Exported to %1").arg(shown));
    m_savedLabel->setToolTip(shown);
    m_openFolderButton->setText(tr("Open folder"));
    m_openFolderButton->setToolTip(
        tr("Show %1 in the file manager").arg(QDir::toNativeSeparators(QFileInfo(m_lastSavedPath).absolutePath())));
}

bool FileActions::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_openFolderButton && event->type() == QEvent::LanguageChange)
        retranslateSavedNotice();
    return QObject::eventFilter(watched, event);
}

void FileActions::openSavedFolder()
{
    if (m_lastSavedPath.isEmpty())
        return;
    const QUrl folder = QUrl::fromLocalFile(QFileInfo(m_lastSavedPath).absolutePath());
    const FolderOpener &opener = folderOpener();
    const bool opened = opener ? opener(folder) : QDesktopServices::openUrl(folder);
    if (!opened)
        MessageBox::warning(
            m_window, tr("Open folder"),
            tr("The folder %1 could not be opened.").arg(QDir::toNativeSeparators(folder.toLocalFile())));
}

void FileActions::exportSessions(const SessionFilter &filter)
{
    if (!m_services.exporter)
        return;
    ExportFormat format = ExportFormat::Csv;
    const QString name = QStringLiteral("interview-sessions-")
        + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmm"));
    const QString path = chooseSavePath(tr("Export sessions"), name, exportformat::bulkFormats(), &format);
    if (path.isEmpty())
        return;
    QProgressDialog progress(tr("Exporting sessions…"), tr("Cancel"), 0, 100, m_window);
    progress.setObjectName(QStringLiteral("exportProgressDialog"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    const auto onProgress = [&progress](qint64 done, qint64 total) {
        progress.setMaximum(int(std::max<qint64>(total, 1)));
        progress.setValue(int(std::min(done, total)));
        QCoreApplication::processEvents();
        return !progress.wasCanceled();
    };
    const Result<BulkReport> report = m_services.exporter->exportSessionsToFile(filter, format, path, {}, onProgress);
    progress.reset();
    if (!report) {
        MessageBox::warning(m_window, tr("Export sessions"),
                            tr("The sessions could not be exported: %1").arg(report.error().details));
    } else if (!report->cancelled) {
        announceSaved(path);
        MessageBox::information(m_window, tr("Export sessions"),
                                tr("Exported %1 with %2 to %3.")
                                    .arg(tr("%Ln session(s)", nullptr, int(report->sessions)),
                                         tr("%Ln question(s)", nullptr, int(report->questions)),
                                         QDir::toNativeSeparators(path)));
    }
}

void FileActions::importFile()
{
    if (!m_services.importFile || m_importing)
        return;
    QString filter = exportformat::fileDialogFilter(ExportFormat::Json);
    const QString path = askForFile(m_window, Dialog::Open, tr("Import sessions"), lastFolder(), {filter}, &filter);
    if (path.isEmpty())
        return;
    rememberFolder(path);
    setImporting(true);
    m_services.importFile(this, path, [this](const Result<ImportReport> &report) {
        setImporting(false);
        showImportReport(report);
    });
}

void FileActions::setImporting(bool importing)
{
    if (importing == m_importing)
        return;
    m_importing = importing;
    // Busy, not wait: the window stays usable while the writer imports.
    if (importing)
        QApplication::setOverrideCursor(Qt::BusyCursor);
    else
        QApplication::restoreOverrideCursor();
    Q_EMIT importingChanged(importing);
}

void FileActions::showImportReport(const Result<ImportReport> &report)
{
    if (!report) {
        MessageBox::warning(m_window, tr("Import sessions"),
                            tr("Nothing was imported: %1").arg(report.error().details));
        return;
    }
    QString text = tr("Imported %1 with %2.")
                       .arg(tr("%Ln session(s)", nullptr, int(report->sessionsImported)),
                            tr("%Ln question(s)", nullptr, int(report->questionsImported)));
    if (!report->skippedSessionIds.isEmpty()) {
        text += u'\n'
            + tr("Skipped sessions already in the database: %1")
                  .arg(report->skippedSessionIds.join(QStringLiteral(", ")));
    }
    if (!report->skippedQuestionIds.isEmpty()) {
        text += u'\n'
            + tr("Skipped questions whose ID already exists: %1")
                  .arg(report->skippedQuestionIds.join(QStringLiteral(", ")));
    }
    // Reload first, so the window shows the rows while the report is up.
    Q_EMIT imported();
    MessageBox::information(m_window, tr("Import sessions"), text);
}

void FileActions::backup()
{
    if (!m_services.backup)
        return;
    const bool json = m_services.backupIsJsonExport;
    QString filter = json ? tr("JSON export (*.json)") : tr("SQLite database (*.db)");
    const QString name = QStringLiteral("interview-recorder-backup-")
        + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmm"))
        + (json ? QStringLiteral(".json") : QStringLiteral(".db"));
    QString path = askForFile(m_window, Dialog::Save, tr("Back up database"), QDir(lastFolder()).filePath(name),
                              {filter}, &filter);
    if (path.isEmpty())
        return;
    rememberFolder(path);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status written = m_services.backup(path);
    QApplication::restoreOverrideCursor();
    if (!written) {
        MessageBox::warning(m_window, tr("Back up database"), tr("The backup failed: %1").arg(written.error().details));
        return;
    }
    MessageBox::information(
        m_window, tr("Back up database"),
        json ? tr("The team database was exported to %1 (every session and question, as "
                  "JSON; the database server's own backups hold the rest).")
                   .arg(QDir::toNativeSeparators(path))
             : tr("The database was copied to %1 and verified.").arg(QDir::toNativeSeparators(path)));
}

} // namespace ir::ui
