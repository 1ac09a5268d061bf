// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"
#include "result.h"
#include "session.h"

#include <QJsonObject>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

namespace Ui {
class SessionView;
}

namespace ir {
class Clock;
class ServiceClient;
} // namespace ir

namespace ir::ui {

class QuestionPanel;
class ScorecardPanel;
class SummaryPanel;

// The open session: its fields (saved as they are edited, while the session is not finished),
// the lifecycle buttons, the live elapsed time, the questions, the summary, the notes and the
// scorecard (which holds the recommendation). Changes
// go through the process's one writer; the form shows each result when it comes back.
class SessionView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionView)

public:
    SessionView(ServiceClient &client, const Clock &clock, QWidget *parent = nullptr);
    ~SessionView() override;

    // Shows a session (empty: the placeholder). Call maybeKeepEdits() first.
    void showSession(const QString &sessionId);
    QString sessionId() const { return m_session.sessionId; }
    const Session &session() const { return m_session; }
    // Saves pending notes and the name (they land on their own) and asks about an unsaved
    // question; false to stay, and then resume may run later (see QuestionPanel::maybeKeepEdits).
    bool maybeKeepEdits(std::function<void()> resume = {});

    QuestionPanel *questionPanel() const { return m_questionPanel; }
    SummaryPanel *summaryPanel() const { return m_summaryPanel; }
    ScorecardPanel *scorecardPanel() const { return m_scorecardPanel; }

    void start();
    void complete();
    void cancel();

protected:
    void changeEvent(QEvent *event) override;

private:
    void reload();
    void apply(const Session &session);
    void fillForm();
    void updateLifecycle();
    void updateElapsed();
    void patch(const SessionPatch &patch);
    void onPatched(quint64 generation, const SessionPatch &sent, const Result<Session> &updated);
    void saveNotes();
    // Sends the typed metadata; false (with the reason under the field) when it is not valid.
    bool applyMetadata();
    // Typed metadata that is neither stored nor on its way.
    bool metadataUnapplied() const;
    void changeStatus(SessionStatus target);
    QString errorText(const Error &error) const;
    void retranslate();

    std::unique_ptr<Ui::SessionView> m_ui;
    ServiceClient &m_client;
    const Clock &m_clock;
    QuestionPanel *m_questionPanel = nullptr;
    SummaryPanel *m_summaryPanel = nullptr;
    ScorecardPanel *m_scorecardPanel = nullptr;
    Session m_session;
    QTimer m_elapsedTimer;
    QTimer m_notesTimer;
    bool m_filling = false;
    // The metadata text was edited and not yet applied: a reload leaves it alone (and so does
    // the error about it).
    bool m_metadataEdited = false;
    std::optional<QJsonObject> m_metadataSent; // the last metadata patch sent
    // Changes of the shown session still in flight: until they have all landed, a reload does
    // not overwrite the form (it would undo what the person just entered).
    int m_pendingPatches = 0;
    bool m_statusPending = false; // Start / Complete / Cancel in flight: no second click
    quint64 m_generation = 0; // bumped by showSession: replies for what was shown before are stale
};

} // namespace ir::ui
