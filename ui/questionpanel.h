// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"
#include "session.h"

#include <QWidget>

#include <memory>

namespace Ui {
class QuestionPanel;
}

namespace ir {
class InterviewService;
}

namespace ir::ui {

class QuestionEditor;
class QuestionListModel;

// The questions of the open session: the list and the editor, saving through the service and
// guarding unsaved edits when the selection moves.
class QuestionPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuestionPanel)

public:
    explicit QuestionPanel(InterviewService &service, QWidget *parent = nullptr);
    ~QuestionPanel() override;

    // Shows the questions of session (empty id: none). Call maybeKeepEdits() first.
    void setSession(const Session &session);
    // Asks what to do with unsaved edits; false when the person wants to stay.
    bool maybeKeepEdits();
    QuestionListModel *model() const { return m_model; }
    QuestionEditor *editor() const { return m_editor; }

    // Starts a new question in the editor.
    void newQuestion();
    // Saves the editor; false when validation or the service refused.
    bool save();
    QByteArray saveSplitterState() const;
    void restoreSplitterState(const QByteArray &state);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void onCurrentRowChanged(const QModelIndex &current, const QModelIndex &previous);
    void onRecordChanged(const QString &questionId);
    void onRowsRemoved();
    void deleteCurrent();
    void acceptCurrent();
    void selectQuestion(const QString &questionId);
    void refreshCategories();
    void updateCountLabel();
    QString errorText(const Error &error) const;

    std::unique_ptr<Ui::QuestionPanel> m_ui;
    InterviewService &m_service;
    QuestionListModel *m_model = nullptr;
    QuestionEditor *m_editor = nullptr;
    Session m_session;
    bool m_restoringSelection = false;
    bool m_splitterSized = false;
};

} // namespace ir::ui
