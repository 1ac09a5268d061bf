// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class NewSessionDialog;
}

namespace ir {
class InterviewService;
}

namespace ir::ui {

// Creates a session (Ctrl+N). Problems show inline and keep the dialog open.
class NewSessionDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewSessionDialog)

public:
    explicit NewSessionDialog(InterviewService &service, QWidget *parent = nullptr);
    ~NewSessionDialog() override;

    // The id of the session created once the dialog was accepted.
    QString createdSessionId() const { return m_createdSessionId; }
    void accept() override;

private:
    void updateOkButton();

    std::unique_ptr<Ui::NewSessionDialog> m_ui;
    InterviewService &m_service;
    QString m_createdSessionId;
};

} // namespace ir::ui
