// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storagehealth.h"

#include <QFrame>

#include <functional>
#include <memory>

namespace Ui {
class StorageBanner;
}

namespace ir::ui {

// The bar at the top of the window while the database has a fault (StorageHealth): what
// happened and what to do, in plain words, with the buttons that help (open the data folder,
// restore the latest automatic backup at the next start, quit). Not modal; it hides when the
// fault clears. Palette colours only (the tool tip's), so it follows dark themes.
class StorageBanner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StorageBanner)

public:
    // Opens a folder in the file manager; false when it could not.
    using FolderOpener = std::function<bool(const QString &folder)>;

    explicit StorageBanner(StorageHealth &health, QWidget *parent = nullptr);
    ~StorageBanner() override;

    // The database file: its folder is the data folder and its backups the ones to restore.
    // Without it the banner only tells (no folder or restore buttons).
    void setDatabasePath(const QString &path);
    // Tests: replaces QDesktopServices::openUrl.
    void setFolderOpener(FolderOpener opener) { m_openFolder = std::move(opener); }

    StorageFault shownFault() const { return m_shown; }
    QString text() const;

    void openDataFolder();
    // Confirms, then asks the next start to restore the newest automatic backup; the banner then
    // says to restart and offers to quit.
    void restoreLatestBackup();

Q_SIGNALS:
    // The person wants to quit (to restart on a restored or refound file).
    void quitRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    QString message(StorageFault fault, bool hasBackup, bool restoreScheduled) const;
    QString latestBackupTime() const;

    std::unique_ptr<Ui::StorageBanner> m_ui;
    StorageHealth &m_health;
    QString m_databasePath;
    StorageFault m_shown = StorageFault::None;
    FolderOpener m_openFolder;
};

} // namespace ir::ui
