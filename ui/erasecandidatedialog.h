// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backuprotation.h"
#include "candidate.h"

#include <QDialog>

#include <memory>

namespace Ui {
class EraseCandidateDialog;
}

class QPushButton;

namespace ir {
class ServiceClient;
} // namespace ir

namespace ir::ui {

// The erasure of one person (issue 13): the Erase button works once the user id is typed; it
// names how many automatic backups still hold the person (looked up off the GUI thread) and can
// delete those too. The erasure runs on the writer; the dialog closes once it is done.
class EraseCandidateDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EraseCandidateDialog)

public:
    EraseCandidateDialog(ServiceClient &client, const QString &userId, const QString &backupFolder,
                         QWidget *parent = nullptr);
    ~EraseCandidateDialog() override;

    QPushButton *eraseButton() const { return m_eraseButton; }
    // How many backups hold the person; -1 while that is being found out.
    int holdingBackups() const { return m_backupsKnown ? int(m_backups.size()) : -1; }
    ErasureReport report() const { return m_report; }
    int removedBackups() const { return m_removedBackups; }

Q_SIGNALS:
    // After the erasure (and the backups' removal, if asked) is done.
    void erased(const QString &userId);

private:
    void retranslate();
    void updateButton();
    void erase();
    void backupsFound(const Result<QList<BackupFile>> &found);
    void showProgress(bool shown);
    void finish();

    std::unique_ptr<Ui::EraseCandidateDialog> m_ui;
    ServiceClient &m_client;
    QString m_userId;
    QPushButton *m_eraseButton = nullptr;
    QList<BackupFile> m_backups;
    bool m_backupsKnown = false;
    bool m_erasing = false;
    ErasureReport m_report;
    int m_removedBackups = 0;
};

} // namespace ir::ui
