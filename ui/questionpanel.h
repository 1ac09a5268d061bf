// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"
#include "questionrecord.h"
#include "result.h"
#include "session.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <memory>

namespace Ui {
class QuestionPanel;
}

namespace ir {
class ServiceClient;
struct AddedQuestion;
} // namespace ir

namespace ir::ui {

class QuestionEditor;
class QuestionListModel;

// The questions of the open session: the list and the editor, saving through the process's one
// writer and guarding unsaved edits when the selection moves. A write never blocks the window:
// while one is in flight the editor is locked (no second submit, no keystroke lost to the reply)
// and says so; its result comes back as an event.
class QuestionPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuestionPanel)

public:
    explicit QuestionPanel(ServiceClient &client, QWidget *parent = nullptr);
    ~QuestionPanel() override;

    // Shows the questions of session (empty id: none). Call maybeKeepEdits() first.
    void setSession(const Session &session);
    // Asks what to do with unsaved edits. True: go on now (nothing to keep, or discarded). False:
    // stay; if the person chose Save, or a write of the editor is already in flight, `resume` runs
    // once it has landed (the latest resume wins). After a failure it does not run: the error
    // shows in the editor and the edits stay. resume normally retries what was asked.
    bool maybeKeepEdits(std::function<void()> resume = {});
    QuestionListModel *model() const { return m_model; }
    QuestionEditor *editor() const { return m_editor; }
    // "Save to Question Bank" (Ctrl+Shift+B) for the selected recorded question.
    QAction *saveToBankAction() const { return m_saveToBankAction; }

    // Starts a new question in the editor.
    void newQuestion();
    // A new question filled from the session's next planned question (Ctrl+Shift+P).
    void usePlannedQuestion();
    // The interview has begun: the cursor goes to the question field (of a new question when none
    // is selected).
    void focusQuestionField();
    // Marks every unreviewed AI question of the session reviewed (one write; also after the end);
    // `then` runs once that has landed.
    void acceptAll(std::function<void()> then = {});
    // Questions the API posted that nobody has reviewed yet, and questions without a score.
    int unreviewedCount() const;
    int unscoredCount() const;
    // Saves the editor (Save, Ctrl+Return). Does nothing while a write is in flight.
    void save();
    // A write of the editor's question (save, accept, delete) is in flight.
    bool isBusy() const { return m_busy; }
    QByteArray saveSplitterState() const;
    void restoreSplitterState(const QByteArray &state);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    enum class Started { No, Done, Pending };
    // Submits the editor's form; `saved` runs once a pending save has landed.
    Started startSave(std::function<void()> saved);
    void onAdded(const QString &sessionId, const Result<AddedQuestion> &added);
    void onUpdated(const QString &questionId, const Result<QuestionRecord> &updated);
    // A write of the editor's question is in flight: the editor is locked and says `status`;
    // `then` runs once it has landed (endBusy(true)), unless maybeKeepEdits replaced it.
    void setBusy(const QString &status, std::function<void()> then);
    void endBusy(bool succeeded);
    void updateEditable();
    void showQuestion(const QString &questionId);
    void onCurrentRowChanged(const QModelIndex &current, const QModelIndex &previous);
    void onRecordChanged(const QString &questionId);
    void onRowsRemoved(const QModelIndex &parent, int first, int last);
    // The question in the editor is gone: the list and the editor move on together to the one now
    // at `row` (or the last), or to nothing.
    void leaveRemovedQuestion(int row);
    // The editor shows nothing: nor does the list select anything.
    void clearEditor();
    void deleteCurrent();
    void acceptCurrent();
    // Copies the selected recorded question into the question bank (one write) and says so in
    // the window's status bar.
    void saveCurrentToBank();
    void updateSaveToBank();
    void retranslateSaveToBank();
    void selectQuestion(const QString &questionId);
    void refreshCategories();
    void updateCountLabel();
    QString errorText(const Error &error) const;

    std::unique_ptr<Ui::QuestionPanel> m_ui;
    ServiceClient &m_client;
    QuestionListModel *m_model = nullptr;
    QuestionEditor *m_editor = nullptr;
    Session m_session;
    bool m_busy = false;
    std::function<void()> m_afterBusy;
    QTimer m_statusDelay; // a quick write does not flash "Saving…"
    QPointer<QWidget> m_focusBeforeBusy;
    QPointer<QWidget> m_focusWhileBusy;
    bool m_restoringSelection = false;
    bool m_acceptAllPending = false;
    bool m_splitterSized = false;
    QAction *m_saveToBankAction = nullptr;
};

} // namespace ir::ui
