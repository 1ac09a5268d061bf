// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"
#include "kit.h"
#include "questionrecord.h"

#include <QWidget>

#include <memory>
#include <optional>

namespace Ui {
class QuestionEditor;
}

class QCompleter;
class QKeySequence;
class QLabel;
class QStringListModel;

namespace ir::ui {

// The form for one question: text, type, category, answer, feedback and score, with character
// counters against the contract's limits and inline validation. It only edits; the question
// panel saves through the service.
class QuestionEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuestionEditor)

public:
    explicit QuestionEditor(QWidget *parent = nullptr);
    ~QuestionEditor() override;

    void setCategories(const QStringList &categories);
    // Shows a stored question; drops unsaved edits.
    void showRecord(const QuestionRecord &record);
    // An empty form for a new question.
    void startNew();
    // Nothing to edit (no session, or no question selected).
    void clear();
    // A finished session's questions can be read but not changed (the fields look read-only).
    void setEditable(bool editable);
    // Locked while a write of the form is in flight: nothing can change, the look stays.
    void setLocked(bool locked);
    // Accept (mark reviewed) is offered for an unreviewed question, also in a finished session.
    void setReviewable(bool reviewable);
    // Puts the cursor in the question's text.
    void focusQuestionText();
    // The session's next planned question (none: nothing planned, or all asked). Shown above the
    // form with its expected-answer notes while the session takes questions.
    void setNextQuestion(const NextQuestion &next);
    const NextQuestion &nextQuestion() const { return m_next; }
    // Fills a new question's text, type and category from the next planned question and puts the
    // cursor in the answer; false when there is none or the form is not a new question.
    bool fillFromPlanned();
    // The key that asks for it (usePlannedRequested).
    static QKeySequence usePlannedKeys();

    bool isDirty() const { return m_dirty; }
    bool isNew() const { return m_hasForm && m_record.questionId.isEmpty(); }
    bool hasForm() const { return m_hasForm; }
    QString questionId() const { return m_record.questionId; }

    // The form as a draft, or nullopt after showing what is wrong next to each field.
    std::optional<QuestionDraft> validatedDraft();
    // Only the fields changed since showRecord, for an update.
    QuestionPatch patchFrom(const QuestionDraft &draft) const;
    // A problem the service reported (a duplicate, a finished session, …).
    void showError(const QString &message);

    std::optional<double> score() const;
    void setScore(std::optional<double> score);

Q_SIGNALS:
    void saveRequested();
    void deleteRequested();
    void acceptRequested();
    // Ctrl+Shift+P or the button: the panel starts a new question if needed, then fillFromPlanned().
    void usePlannedRequested();
    void dirtyChanged(bool dirty);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void setDirty(bool dirty);
    void updateCounters();
    void updateButtons();
    // The score as typed: empty when it is within 0–10, otherwise what is wrong.
    QString scoreProblem() const;
    void updateScoreError();
    void clearErrors();
    void fillForm(const QuestionRecord &record);
    void updatePlanned();
    void retranslate();

    std::unique_ptr<Ui::QuestionEditor> m_ui;
    QStringListModel *m_categoryModel = nullptr;
    QCompleter *m_completer = nullptr;
    QuestionRecord m_record;
    NextQuestion m_next;
    bool m_hasForm = false;
    bool m_dirty = false;
    bool m_editable = true;
    bool m_locked = false;
    bool m_reviewable = true;
    bool m_loading = false;
    int m_lastDigit = -1;
};

} // namespace ir::ui
