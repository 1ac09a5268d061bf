// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class AuditLogView;
}

class QTableView;

namespace ir {
class InterviewService;
} // namespace ir

namespace ir::ui {

class AuditLogModel;

// The audit log (issue 13), read-only: erasures, purges, exports of a person's data, session
// deletions and API key changes, newest first, more read as the table scrolls.
class AuditLogView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditLogView)

public:
    explicit AuditLogView(InterviewService &service, QWidget *parent = nullptr);
    ~AuditLogView() override;

    AuditLogModel *model() const { return m_model; }
    QTableView *tableView() const;
    void showWindow();
    void reload();

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateStatus();

    std::unique_ptr<Ui::AuditLogView> m_ui;
    AuditLogModel *m_model = nullptr;
};

} // namespace ir::ui
