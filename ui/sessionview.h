// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"
#include "session.h"

#include <QTimer>
#include <QWidget>

#include <memory>

namespace Ui {
class SessionView;
}

namespace ir {
class Clock;
class InterviewService;
} // namespace ir

namespace ir::ui {

class QuestionPanel;
class SummaryPanel;

// The open session: its fields (saved as they are edited, while the session is not finished),
// the lifecycle buttons, the live elapsed time, the questions, the summary and the notes.
class SessionView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionView)

public:
    SessionView(InterviewService &service, const Clock &clock, QWidget *parent = nullptr);
    ~SessionView() override;

    // Shows a session (empty: the placeholder). Call maybeKeepEdits() first.
    void showSession(const QString &sessionId);
    QString sessionId() const { return m_session.sessionId; }
    const Session &session() const { return m_session; }
    // Saves pending notes and asks about an unsaved question; false to stay.
    bool maybeKeepEdits();

    QuestionPanel *questionPanel() const { return m_questionPanel; }
    SummaryPanel *summaryPanel() const { return m_summaryPanel; }

    void start();
    void complete();
    void cancel();

protected:
    void changeEvent(QEvent *event) override;

private:
    void reload();
    void fillForm();
    void updateLifecycle();
    void updateElapsed();
    bool patch(const SessionPatch &patch);
    void saveNotes();
    void applyMetadata();
    void changeStatus(SessionStatus target);
    QString errorText(const Error &error) const;
    void retranslate();

    std::unique_ptr<Ui::SessionView> m_ui;
    InterviewService &m_service;
    const Clock &m_clock;
    QuestionPanel *m_questionPanel = nullptr;
    SummaryPanel *m_summaryPanel = nullptr;
    Session m_session;
    QTimer m_elapsedTimer;
    QTimer m_notesTimer;
    bool m_filling = false;
};

} // namespace ir::ui
