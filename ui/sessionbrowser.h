// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTimer>
#include <QWidget>

#include <functional>
#include <memory>

namespace Ui {
class SessionBrowser;
}

class QMenu;
class QTableView;

namespace ir {
class InterviewService;
}

namespace ir::ui {

class SessionTableModel;

// The list of sessions with search and filters; rows load lazily as the table scrolls.
class SessionBrowser final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionBrowser)

public:
    explicit SessionBrowser(InterviewService &service, QWidget *parent = nullptr);
    ~SessionBrowser() override;

    // Asked before the selection moves away from the current session; false keeps it.
    void setLeaveGuard(std::function<bool()> guard) { m_leaveGuard = std::move(guard); }
    QString currentSessionId() const { return m_currentId; }
    // Selects a session if its row is loaded (after creating one, it is the first row).
    void selectSession(const QString &sessionId);
    SessionTableModel *model() const { return m_model; }
    QTableView *tableView() const;
    QByteArray saveHeaderState() const;
    void restoreHeaderState(const QByteArray &state);

Q_SIGNALS:
    void currentSessionChanged(const QString &sessionId);
    void newSessionRequested();
    void deleteSessionRequested(const QString &sessionId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyFilter();
    void onCurrentRowChanged();
    void onModelReset();
    void updateCountLabel();
    void fillFilterBoxes();
    // The first-run widths and hidden columns.
    void fitColumns();
    void fillColumnMenu();
    void storeHeaderState();
    void applyDateLocale();

    std::unique_ptr<Ui::SessionBrowser> m_ui;
    SessionTableModel *m_model = nullptr;
    QTimer m_searchTimer;
    QString m_currentId;
    std::function<bool()> m_leaveGuard;
    bool m_restoring = false;
    QMenu *m_columnMenu = nullptr;
    int m_sortSection = 0;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
};

} // namespace ir::ui
