// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storagebanner.h"
#include "ui_storagebanner.h"

#include "backuprestore.h"
#include "backuprotation.h"
#include "messagebox.h"

#include <QDateTime>
#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QLocale>
#include <QStyle>
#include <QUrl>

namespace ir::ui {
namespace {

bool isLasting(StorageFault fault)
{
    return fault == StorageFault::Missing || fault == StorageFault::Corrupt;
}

} // namespace

StorageBanner::StorageBanner(StorageHealth &health, QWidget *parent)
    : QFrame(parent)
    , m_ui(std::make_unique<Ui::StorageBanner>())
    , m_health(health)
    , m_openFolder([](const QString &folder) { return QDesktopServices::openUrl(QUrl::fromLocalFile(folder)); })
{
    m_ui->setupUi(this);
    // An information bar in the colours the palette gives tool tips: readable in any theme.
    setBackgroundRole(QPalette::ToolTipBase);
    setForegroundRole(QPalette::ToolTipText);
    m_ui->messageLabel->setForegroundRole(QPalette::ToolTipText);
    connect(m_ui->openDataFolderButton, &QPushButton::clicked, this, &StorageBanner::openDataFolder);
    connect(m_ui->restoreBackupButton, &QPushButton::clicked, this, &StorageBanner::restoreLatestBackup);
    connect(m_ui->quitButton, &QPushButton::clicked, this, &StorageBanner::quitRequested);
    // Reported on whichever thread met the fault. The state at arrival is the truth: a burst of
    // changes shows its last.
    connect(&m_health, &StorageHealth::faultChanged, this, &StorageBanner::refresh, Qt::QueuedConnection);
    refresh();
}

StorageBanner::~StorageBanner() = default;

void StorageBanner::setDatabasePath(const QString &path)
{
    m_databasePath = path;
    refresh();
}

QString StorageBanner::text() const
{
    return m_ui->messageLabel->text();
}

void StorageBanner::refresh()
{
    m_shown = m_health.fault();
    if (m_shown == StorageFault::None) {
        hide();
        return;
    }
    const bool knowsFolder = !m_databasePath.isEmpty();
    const bool hasBackup = knowsFolder && !BackupRotation::list(BackupRotation::folderFor(m_databasePath)).isEmpty();
    const bool scheduled = knowsFolder && BackupRestore::isScheduled(m_databasePath);
    m_ui->messageLabel->setText(message(m_shown, hasBackup, scheduled));
    const QStyle::StandardPixmap icon
        = isLasting(m_shown) ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning;
    const int extent = style()->pixelMetric(QStyle::PM_ButtonIconSize, nullptr, this);
    m_ui->iconLabel->setPixmap(
        style()->standardIcon(icon, nullptr, this).pixmap(QSize(extent, extent), devicePixelRatioF()));
    m_ui->openDataFolderButton->setVisible(knowsFolder && (isLasting(m_shown) || m_shown == StorageFault::ReadOnly));
    m_ui->restoreBackupButton->setVisible(m_shown == StorageFault::Corrupt && hasBackup && !scheduled);
    m_ui->quitButton->setVisible(m_shown == StorageFault::Missing || (m_shown == StorageFault::Corrupt && scheduled));
    show();
}

QString StorageBanner::message(StorageFault fault, bool hasBackup, bool restoreScheduled) const
{
    switch (fault) {
    case StorageFault::None:
        break;
    case StorageFault::Locked:
        return tr("Another program holds the database; your changes are not being saved. Close it or wait.");
    case StorageFault::DiskFull:
        return tr("The disk is full: free some space; nothing new is saved until then.");
    case StorageFault::Missing:
        return tr("The database file was deleted or replaced while the app was running. Nothing you do now can be "
                  "saved: restart Interview Recorder; restore from a backup if the file is gone.");
    case StorageFault::Corrupt:
        if (restoreScheduled) {
            return tr("The backup of %1 will be restored the next time Interview Recorder starts; the damaged file "
                      "is kept beside it. Quit and start Interview Recorder again.")
                .arg(latestBackupTime());
        }
        if (hasBackup) {
            return tr("The database file is damaged: what you change now may not be saved. Restore the latest "
                      "automatic backup (%1), then start Interview Recorder again.")
                .arg(latestBackupTime());
        }
        return tr("The database file is damaged and there is no automatic backup yet. Quit Interview Recorder and "
                  "put a copy you trust in the data folder in its place.");
    case StorageFault::ReadOnly:
        return tr("The database cannot be written to (read-only file, folder or disk): your changes are not being "
                  "saved. Check the permissions of the data folder.");
    case StorageFault::Unreachable:
        return tr("The database server cannot be reached: your changes are not being saved. Interview Recorder "
                  "reconnects by itself as soon as the server answers again.");
    }
    return {};
}

QString StorageBanner::latestBackupTime() const
{
    const QList<BackupFile> backups = BackupRotation::list(BackupRotation::folderFor(m_databasePath));
    if (backups.isEmpty())
        return {};
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(backups.first().takenAtMs), QLocale::ShortFormat);
}

void StorageBanner::openDataFolder()
{
    if (m_databasePath.isEmpty())
        return;
    const QString folder = QFileInfo(m_databasePath).absolutePath();
    if (!m_openFolder(folder)) {
        MessageBox::warning(window(), tr("Open data folder"),
                            tr("The folder %1 could not be opened.").arg(QDir::toNativeSeparators(folder)));
    }
}

void StorageBanner::restoreLatestBackup()
{
    if (m_databasePath.isEmpty())
        return;
    const QString title = tr("Restore from backup");
    const QList<BackupFile> backups = BackupRotation::list(BackupRotation::folderFor(m_databasePath));
    if (backups.isEmpty()) {
        MessageBox::warning(window(), title, tr("There is no automatic backup to restore."));
        refresh();
        return;
    }
    const QString when = latestBackupTime();
    if (!MessageBox::confirm(window(), title,
                             tr("Replace the damaged database with the automatic backup of %1?\n\nWhat was saved "
                                "after that time is lost. The damaged file is kept beside it as %2.damaged-…, and "
                                "the backup takes its place when Interview Recorder starts again.")
                                 .arg(when, QFileInfo(m_databasePath).fileName())))
        return;
    if (const Status scheduled = BackupRestore::schedule(m_databasePath, backups.first().path); !scheduled) {
        MessageBox::warning(window(), title,
                            tr("The restore could not be prepared: %1").arg(scheduled.error().details));
        return;
    }
    // The banner now says to quit and start again, with the button for it.
    refresh();
}

void StorageBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        if (m_shown != StorageFault::None)
            refresh();
    }
    QFrame::changeEvent(event);
}

} // namespace ir::ui
