// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kit.h"

#include <QDialog>
#include <QList>

#include <memory>

namespace Ui {
class NewSessionDialog;
}

namespace ir {
class ServiceClient;
}

namespace ir::ui {

// Creates a session (Ctrl+N) through the process's one writer. Create (Enter) locks the form and
// says so; the dialog closes once the session exists, or shows the problem inline and stays open
// with everything as typed. Esc and Cancel wait for the answer: the write cannot be taken back.
// While Create is disabled a hint under the form names the field that keeps it so; the rules
// (a user ID, a planned duration in range) are core's. The candidate's name, optional, goes into
// the session's metadata (rules::CANDIDATE_NAME). A kit, when chosen, fills the type, difficulty
// and duration (still editable) and gives the session its competencies and planned questions; the
// interviewer comes from the settings.
class NewSessionDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewSessionDialog)

public:
    explicit NewSessionDialog(ServiceClient &client, QWidget *parent = nullptr);
    ~NewSessionDialog() override;

    // The id of the session created once the dialog was accepted.
    QString createdSessionId() const { return m_createdSessionId; }
    // The session is being created.
    bool isCreating() const { return m_creating; }
    void accept() override;
    void reject() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fillKits();
    void applyKit();
    void setCreating(bool creating);
    void updateOkButton();
    // The first field that keeps Create disabled (nullptr when the form can be sent), and why.
    QWidget *firstInvalidField() const;
    QString createHint() const;

    std::unique_ptr<Ui::NewSessionDialog> m_ui;
    ServiceClient &m_client;
    QList<Kit> m_kits;
    QString m_createdSessionId;
    bool m_creating = false;
    QWidget *m_focusBeforeCreating = nullptr;
};

} // namespace ir::ui
