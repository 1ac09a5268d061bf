// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"
#include "result.h"
#include "scorecard.h"

#include <QTimer>
#include <QWidget>

#include <memory>

namespace Ui {
class ScorecardPanel;
}

namespace ir {
class ServiceClient;
}

namespace ir::ui {

class ScorecardModel;

// The open session's scorecard: each competency rated 1–4 against its rubric (digit keys on the
// list), a note per competency, strengths, concerns, the session's recommendation (its one
// control) and the weighted rating, live. Saved as typed: text goes out at most SAVE_DELAY_MS
// after the last keystroke and when the field loses the focus, a rating or the recommendation at
// once, all through the process's one writer. Submitting (Ctrl+Return, after a question) locks it;
// a submitted scorecard reads greyed with the time it was submitted.
class ScorecardPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScorecardPanel)

public:
    static constexpr int SAVE_DELAY_MS = 500;

    explicit ScorecardPanel(ServiceClient &client, QWidget *parent = nullptr);
    ~ScorecardPanel() override;

    // Shows a session's scorecard (empty: none); what was typed for the previous one goes out first.
    void setSessionId(const QString &sessionId);
    QString sessionId() const { return m_sessionId; }
    // The scorecard as shown: what is stored with the edits not yet stored on top.
    const Scorecard &scorecard() const { return m_card; }
    ScorecardModel *model() const { return m_model; }
    // Sends what was typed and not sent yet (leaving the session, closing the window).
    void flush();
    // Edits typed or on their way that are not stored yet.
    bool hasUnsavedEdits() const { return !m_pending.isEmpty() || !m_inFlight.isEmpty(); }
    // Asks, then submits: every competency must be rated.
    void submit();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void reload();
    // m_card = what is stored, then the writes in flight and the pending edits on top.
    void rebuild();
    void fill();
    void updateLook();
    void updateWeighted();
    void updateSaveStatus();
    void rate(int row, std::optional<int> rating);
    void queue(const ScorecardPatch &change, bool now);
    void send(bool submit);
    void onWritten(quint64 generation, const Result<Scorecard> &written);
    void showNoteOfCurrentRow();
    void fitTable();
    QString errorText(const Error &error) const;
    void showError(const QString &message);

    std::unique_ptr<Ui::ScorecardPanel> m_ui;
    ServiceClient &m_client;
    ScorecardModel *m_model = nullptr;
    QString m_sessionId;
    Scorecard m_stored; // as last read or written
    Scorecard m_card; // as shown
    bool m_loaded = false;
    ScorecardPatch m_pending; // typed, not sent yet
    QList<ScorecardPatch> m_inFlight; // sent, in the writer's order
    QTimer m_saveTimer;
    bool m_filling = false;
    int m_fittedWidth = -1;
    quint64 m_generation = 0; // bumped by setSessionId: replies for another session are stale
};

} // namespace ir::ui
