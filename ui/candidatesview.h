// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "candidate.h"
#include "erasecandidatedialog.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <memory>

namespace Ui {
class CandidatesView;
}

class QStandardItemModel;
class QTableView;

namespace ir {
class ServiceClient;
} // namespace ir

namespace ir::ui {

class CompareDialog;

// The candidates (issue 13): everyone the sessions name, with the service's figures, found by
// search and position; the selected person's profile (saved through the writer), their
// interviews (Enter opens one in the main window), the export of everything stored about them
// and their erasure. Follows the service's change signals.
class CandidatesView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CandidatesView)

public:
    explicit CandidatesView(ServiceClient &client, QWidget *parent = nullptr);
    ~CandidatesView() override;

    // The automatic backups' folder ("" when there are none, e.g. team mode): the erasure names
    // the backups there that still hold the person.
    void setBackupFolder(const QString &folder) { m_backupFolder = folder; }
    QTableView *tableView() const;
    QStandardItemModel *model() const { return m_model; }
    QString currentUserId() const { return m_currentId; }
    // Selects a person if their row is shown.
    void selectCandidate(const QString &userId);
    // The user ids of the selected rows, in the table's order.
    QStringList selectedIds() const;
    void showWindow();
    void reload();

    void saveProfile();
    void exportPerson();
    void erasePerson();
    EraseCandidateDialog *eraseDialog() const { return m_eraseDialog; }
    // Side by side: the 2–10 selected people, or everyone the position filter names.
    void compareSelected();
    void comparePosition();
    CompareDialog *compareDialog() const;
    // The last file exportPerson() wrote ("" before the first).
    QString lastExportPath() const { return m_lastExportPath; }

Q_SIGNALS:
    void openSessionRequested(const QString &sessionId);
    // An export was written (path) or failed (message).
    void personExported(const QString &path);
    void profileSaved(const QString &userId);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void fillPositions();
    void showCurrent();
    void fillSessions(const QString &userId);
    void updateButtons();
    void openCurrentSession();
    CompareDialog *showCompareDialog();

    std::unique_ptr<Ui::CandidatesView> m_ui;
    ServiceClient &m_client;
    QStandardItemModel *m_model = nullptr;
    QStandardItemModel *m_sessionsModel = nullptr;
    QTimer m_reloadTimer;
    QTimer m_searchTimer;
    QString m_currentId;
    Candidate m_current;
    QString m_backupFolder;
    QString m_lastExportPath;
    QPointer<EraseCandidateDialog> m_eraseDialog;
    QPointer<CompareDialog> m_compareDialog;
    bool m_filling = false;
    bool m_saving = false;
    bool m_exporting = false;
};

} // namespace ir::ui
