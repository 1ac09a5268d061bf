// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "questioneditor.h"
#include "ui_questioneditor.h"

#include "enumtext.h"
#include "readonlylook.h"
#include "rules.h"
#include "scorespinbox.h"

#include <QCompleter>
#include <QKeyEvent>
#include <QLocale>
#include <QShortcut>
#include <QSignalBlocker>
#include <QStringListModel>

#include <algorithm>
#include <cmath>

namespace ir::ui {
namespace {

QString counterText(qsizetype count, qsizetype max)
{
    return QStringLiteral("%1 / %2").arg(QLocale().toString(count), QLocale().toString(max));
}

void setBold(QLabel *label, bool bold)
{
    QFont font = label->font();
    font.setBold(bold);
    label->setFont(font);
}

} // namespace

QuestionEditor::QuestionEditor(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::QuestionEditor>())
{
    m_ui->setupUi(this);
    EnumText::fill<QuestionType>(m_ui->questionTypeComboBox);
    m_ui->categoryLineEdit->setMaxLength(int(rules::QUESTION_CATEGORY.max) * 2);
    for (QLabel *label : {m_ui->questionTextErrorLabel, m_ui->categoryErrorLabel, m_ui->answerErrorLabel,
                          m_ui->feedbackErrorLabel, m_ui->scoreErrorLabel, m_ui->errorLabel})
        setBold(label, true);
    m_ui->scoreHintLabel->setWordWrap(true);
    // Heights in lines of text: the answer grows with the window, the others stay compact.
    const int line = fontMetrics().lineSpacing();
    const auto lines = [line](QPlainTextEdit *edit, int min, int max) {
        edit->setMinimumHeight(line * min + 2 * edit->frameWidth() + line / 2);
        if (max > 0)
            edit->setMaximumHeight(line * max + 2 * edit->frameWidth() + line / 2);
    };
    lines(m_ui->questionTextEdit, 2, 5);
    lines(m_ui->answerTextEdit, 4, 0);
    lines(m_ui->feedbackTextEdit, 3, 6);
    // Captions sit at the top of their (possibly tall) field.
    // Captions sit at the top of their field (which may be tall or carry a counter below it),
    // level with the field's first line.
    const auto atTop = [](QLabel *caption, const QWidget *field) {
        caption->setAlignment(Qt::AlignLeading | Qt::AlignTop);
        const int offset = std::max(0, (field->sizeHint().height() - caption->sizeHint().height()) / 2);
        caption->setContentsMargins(0, offset, 0, 0);
    };
    atTop(m_ui->questionTextLabel, m_ui->categoryLineEdit);
    atTop(m_ui->questionTypeLabel, m_ui->questionTypeComboBox);
    atTop(m_ui->categoryLabel, m_ui->categoryLineEdit);
    atTop(m_ui->answerLabel, m_ui->categoryLineEdit);
    atTop(m_ui->feedbackLabel, m_ui->categoryLineEdit);
    atTop(m_ui->scoreLabel, m_ui->scoreSpinBox);
    m_ui->scoreHintLabel->setForegroundRole(QPalette::PlaceholderText);

    m_categoryModel = new QStringListModel(this);
    m_completer = new QCompleter(m_categoryModel, this);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_ui->categoryLineEdit->setCompleter(m_completer);

    // The spin box and the slider show one score; the slider counts half points.
    connect(m_ui->scoreSpinBox, &QDoubleSpinBox::valueChanged, this, [this](double value) {
        const QSignalBlocker blocker(m_ui->scoreSlider);
        m_ui->scoreSlider->setValue(int(std::lround(value * 2)));
        setDirty(true);
        updateScoreError();
    });
    connect(m_ui->scoreSlider, &QSlider::valueChanged, this, [this](int halfPoints) {
        const QSignalBlocker blocker(m_ui->scoreSpinBox);
        m_ui->scoreSpinBox->setValue(halfPoints / 2.0);
        setDirty(true);
        updateScoreError();
    });
    m_ui->scoreSlider->installEventFilter(this);

    const auto edited = [this] {
        setDirty(true);
        updateCounters();
    };
    connect(m_ui->questionTextEdit, &QPlainTextEdit::textChanged, this, edited);
    connect(m_ui->answerTextEdit, &QPlainTextEdit::textChanged, this, edited);
    connect(m_ui->feedbackTextEdit, &QPlainTextEdit::textChanged, this, edited);
    connect(m_ui->categoryLineEdit, &QLineEdit::textChanged, this, edited);
    connect(m_ui->questionTypeComboBox, &QComboBox::currentIndexChanged, this, [this] { setDirty(true); });

    connect(m_ui->saveQuestionButton, &QPushButton::clicked, this, &QuestionEditor::saveRequested);
    connect(m_ui->deleteQuestionButton, &QPushButton::clicked, this, &QuestionEditor::deleteRequested);
    connect(m_ui->acceptQuestionButton, &QPushButton::clicked, this, &QuestionEditor::acceptRequested);
    connect(m_ui->revertQuestionButton, &QPushButton::clicked, this, [this] {
        if (isNew())
            startNew();
        else
            showRecord(m_record);
    });
    for (const QKeySequence &keys : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, [this] {
            if (m_hasForm && m_editable)
                Q_EMIT saveRequested();
        });
    }
    m_ui->saveQuestionButton->setToolTip(
        tr("Save the question (%1)").arg(QKeySequence(Qt::CTRL | Qt::Key_Return).toString(QKeySequence::NativeText)));
    // From anywhere in the window while the editor shows: the list, the form, the session fields.
    auto *planned = new QShortcut(usePlannedKeys(), this);
    planned->setContext(Qt::WindowShortcut);
    connect(planned, &QShortcut::activated, this, [this] {
        if (m_editable && m_next.question)
            Q_EMIT usePlannedRequested();
    });
    connect(m_ui->usePlannedButton, &QPushButton::clicked, this, &QuestionEditor::usePlannedRequested);
    for (QLabel *label : {m_ui->plannedHeadingLabel, m_ui->plannedAnswerLabel})
        label->setForegroundRole(QPalette::PlaceholderText);
    clear();
}

QuestionEditor::~QuestionEditor() = default;

void QuestionEditor::setCategories(const QStringList &categories)
{
    m_categoryModel->setStringList(categories);
}

void QuestionEditor::showRecord(const QuestionRecord &record)
{
    m_record = record;
    m_hasForm = true;
    fillForm(record);
}

void QuestionEditor::startNew()
{
    m_record = QuestionRecord {};
    m_hasForm = true;
    fillForm(m_record);
    m_ui->questionTextEdit->setFocus();
}

void QuestionEditor::clear()
{
    m_record = QuestionRecord {};
    m_hasForm = false;
    fillForm(m_record);
}

void QuestionEditor::fillForm(const QuestionRecord &record)
{
    m_loading = true;
    m_ui->questionTextEdit->setPlainText(record.questionText);
    EnumText::select(m_ui->questionTypeComboBox, int(record.questionType));
    m_ui->categoryLineEdit->setText(record.questionCategory);
    m_ui->answerTextEdit->setPlainText(record.candidateAnswer);
    m_ui->feedbackTextEdit->setPlainText(record.interviewerFeedback);
    setScore(record.overallScore);
    m_loading = false;
    m_lastDigit = -1;
    clearErrors();
    setDirty(false);
    retranslate();
    updateCounters();
    updateButtons();
    updatePlanned();
}

void QuestionEditor::setEditable(bool editable)
{
    m_editable = editable;
    updateButtons();
    updatePlanned();
}

void QuestionEditor::setLocked(bool locked)
{
    m_locked = locked;
    updateButtons();
    updatePlanned();
}

void QuestionEditor::setReviewable(bool reviewable)
{
    m_reviewable = reviewable;
    updateButtons();
}

void QuestionEditor::focusQuestionText()
{
    m_ui->questionTextEdit->setFocus(Qt::OtherFocusReason);
}

QKeySequence QuestionEditor::usePlannedKeys()
{
    return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P);
}

void QuestionEditor::setNextQuestion(const NextQuestion &next)
{
    m_next = next;
    updatePlanned();
}

bool QuestionEditor::fillFromPlanned()
{
    if (!m_next.question || !isNew() || !m_editable || m_locked)
        return false;
    const PlannedQuestion &q = *m_next.question;
    m_ui->questionTextEdit->setPlainText(q.questionText);
    EnumText::select(m_ui->questionTypeComboBox, int(q.questionType));
    m_ui->categoryLineEdit->setText(q.questionCategory);
    setDirty(true);
    // Asked: what comes next is the candidate's answer.
    m_ui->answerTextEdit->setFocus(Qt::OtherFocusReason);
    return true;
}

void QuestionEditor::updatePlanned()
{
    const bool shown = m_next.question.has_value() && m_editable;
    m_ui->plannedFrame->setVisible(shown);
    if (!shown)
        return;
    const PlannedQuestion &q = *m_next.question;
    // While a recorded question is shown, only a line about what comes next; its details and
    // the expected answer are for when it is being asked (a new question).
    const bool compact = m_hasForm && !isNew();
    m_ui->plannedAnswerLabel->setVisible(!compact);
    m_ui->plannedHeadingLabel->setText(
        tr("Next planned question (%n left, this one included):", nullptr, m_next.remaining));
    QString meta = EnumText::name(q.questionType);
    if (!q.questionCategory.isEmpty())
        meta += QStringLiteral(" · ") + q.questionCategory;
    m_ui->plannedTextLabel->setText(compact ? q.questionText : q.questionText + QLatin1Char('\n') + meta);
    m_ui->plannedAnswerLabel->setText(q.expectedAnswer.isEmpty()
                                          ? tr("No expected-answer notes.")
                                          : tr("Expected answer (only you see this): %1").arg(q.expectedAnswer));
    m_ui->usePlannedButton->setToolTip(tr("Fill the question's text, type and category from the plan (%1)")
                                           .arg(usePlannedKeys().toString(QKeySequence::NativeText)));
    m_ui->usePlannedButton->setEnabled(!m_locked);
}

std::optional<double> QuestionEditor::score() const
{
    const double value = m_ui->scoreSpinBox->value();
    if (value < 0)
        return std::nullopt;
    return value;
}

void QuestionEditor::setScore(std::optional<double> score)
{
    // Scores from the API may carry any decimal; the spin box rounds to its one decimal.
    m_ui->scoreSpinBox->setValue(score ? *score : ScoreSpinBox::NO_SCORE);
}

std::optional<QuestionDraft> QuestionEditor::validatedDraft()
{
    clearErrors();
    QuestionDraft draft;
    draft.questionText = m_ui->questionTextEdit->toPlainText();
    draft.questionType = QuestionType(m_ui->questionTypeComboBox->currentData().toInt());
    draft.questionCategory = m_ui->categoryLineEdit->text().trimmed();
    draft.candidateAnswer = m_ui->answerTextEdit->toPlainText();
    draft.interviewerFeedback = m_ui->feedbackTextEdit->toPlainText();
    draft.overallScore = score();

    QWidget *firstBad = nullptr;
    const auto check
        = [&](QWidget *field, QLabel *label, const rules::Length &rule, const QString &text, bool required) {
              const qsizetype count = rules::characterCount(text);
              QString problem;
              if (required && rules::isBlank(text))
                  problem = tr("This field is required.");
              else if (count > rule.max)
                  problem = tr("Too long: %1 characters, at most %2.").arg(count).arg(rule.max);
              label->setText(problem);
              if (!problem.isEmpty() && !firstBad)
                  firstBad = field;
          };
    check(m_ui->questionTextEdit, m_ui->questionTextErrorLabel, rules::QUESTION_TEXT, draft.questionText, true);
    check(m_ui->categoryLineEdit, m_ui->categoryErrorLabel, rules::QUESTION_CATEGORY, draft.questionCategory, false);
    check(m_ui->answerTextEdit, m_ui->answerErrorLabel, rules::CANDIDATE_ANSWER, draft.candidateAnswer, false);
    check(m_ui->feedbackTextEdit, m_ui->feedbackErrorLabel, rules::INTERVIEWER_FEEDBACK, draft.interviewerFeedback,
          false);
    // Refused, never cut to fit: 11 is not saved as 10 (nor as 1).
    updateScoreError();
    if (!m_ui->scoreErrorLabel->text().isEmpty() && !firstBad)
        firstBad = m_ui->scoreSpinBox;
    if (firstBad) {
        firstBad->setFocus();
        return std::nullopt;
    }
    // The core's rules are the last word (the form's checks only make them readable).
    if (const auto invalid = rules::validate(draft, rules::Completeness::Draft)) {
        showError(tr("The question cannot be saved: %1").arg(invalid->details));
        return std::nullopt;
    }
    return draft;
}

QuestionPatch QuestionEditor::patchFrom(const QuestionDraft &draft) const
{
    QuestionPatch patch;
    if (draft.questionText != m_record.questionText)
        patch.questionText = draft.questionText;
    if (draft.questionType != m_record.questionType)
        patch.questionType = draft.questionType;
    if (draft.questionCategory != m_record.questionCategory)
        patch.questionCategory = draft.questionCategory;
    if (draft.candidateAnswer != m_record.candidateAnswer)
        patch.candidateAnswer = draft.candidateAnswer;
    if (draft.interviewerFeedback != m_record.interviewerFeedback)
        patch.interviewerFeedback = draft.interviewerFeedback;
    // Compare as the spin box shows it, so an untouched 8.25 from the API is not "changed".
    const auto shown = [](std::optional<double> s) { return s ? std::lround(*s * 10) : -1L; };
    if (shown(draft.overallScore) != shown(m_record.overallScore))
        patch.overallScore = draft.overallScore;
    return patch;
}

void QuestionEditor::showError(const QString &message)
{
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->setVisible(!message.isEmpty());
}

bool QuestionEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui->scoreSlider && event->type() == QEvent::KeyPress && m_editable) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const QString text = key->text();
        // A digit is that score (0 is 0); 10 is End, the slider's own key for its maximum.
        if (text.size() == 1 && text.at(0).isDigit() && !(key->modifiers() & ~Qt::KeypadModifier)) {
            const int digit = text.at(0).digitValue();
            double value = double(digit);
            if (digit == m_lastDigit && m_ui->scoreSpinBox->value() == digit)
                value = digit + 0.5;
            m_lastDigit = digit;
            m_ui->scoreSpinBox->setValue(value);
            return true;
        }
        m_lastDigit = -1;
    }
    return QWidget::eventFilter(watched, event);
}

void QuestionEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        const int type = m_ui->questionTypeComboBox->currentData().toInt();
        m_ui->retranslateUi(this);
        const QSignalBlocker blocker(m_ui->questionTypeComboBox);
        EnumText::fill<QuestionType>(m_ui->questionTypeComboBox);
        EnumText::select(m_ui->questionTypeComboBox, type);
        retranslate();
        updatePlanned();
    }
    QWidget::changeEvent(event);
}

void QuestionEditor::retranslate()
{
    if (!m_hasForm)
        m_ui->headingLabel->setText(tr("Select a question, or add one with New question."));
    else if (isNew())
        m_ui->headingLabel->setText(tr("New question"));
    else
        m_ui->headingLabel->setText(tr("Question %1").arg(m_record.position));
    m_ui->headingLabel->setToolTip(m_record.questionId);
    QFont font = m_ui->headingLabel->font();
    font.setBold(true);
    m_ui->headingLabel->setFont(font);
}

void QuestionEditor::setDirty(bool dirty)
{
    if (m_loading || dirty == m_dirty || (dirty && !m_hasForm))
        return;
    m_dirty = dirty;
    updateButtons();
    Q_EMIT dirtyChanged(dirty);
}

void QuestionEditor::updateCounters()
{
    const auto show = [](QLabel *counter, QLabel *error, const rules::Length &rule, const QString &text) {
        const qsizetype count = rules::characterCount(text);
        counter->setText(counterText(count, rule.max));
        const bool over = count > rule.max;
        setBold(counter, over);
        // Say it at once while typing past the limit; other problems show on save.
        const char *overLimit = "irOverLimit";
        if (over)
            error->setText(tr("Too long: %1 characters, at most %2.").arg(count).arg(rule.max));
        else if (error->property(overLimit).toBool())
            error->clear();
        error->setProperty(overLimit, over);
    };
    show(m_ui->questionTextCounterLabel, m_ui->questionTextErrorLabel, rules::QUESTION_TEXT,
         m_ui->questionTextEdit->toPlainText());
    show(m_ui->categoryCounterLabel, m_ui->categoryErrorLabel, rules::QUESTION_CATEGORY,
         m_ui->categoryLineEdit->text());
    show(m_ui->answerCounterLabel, m_ui->answerErrorLabel, rules::CANDIDATE_ANSWER,
         m_ui->answerTextEdit->toPlainText());
    show(m_ui->feedbackCounterLabel, m_ui->feedbackErrorLabel, rules::INTERVIEWER_FEEDBACK,
         m_ui->feedbackTextEdit->toPlainText());
}

void QuestionEditor::updateButtons()
{
    const bool canEdit = m_hasForm && m_editable && !m_locked;
    // A finished session's question reads as values; an empty form or a write in flight only locks.
    const bool finished = m_hasForm && !m_editable;
    for (QPlainTextEdit *edit : {m_ui->questionTextEdit, m_ui->answerTextEdit, m_ui->feedbackTextEdit}) {
        setReadOnlyLook(edit, finished);
        edit->setReadOnly(!canEdit);
    }
    setReadOnlyLook(m_ui->categoryLineEdit, finished);
    m_ui->categoryLineEdit->setReadOnly(!canEdit);
    setReadOnlyLook(m_ui->scoreSpinBox, finished);
    m_ui->scoreSpinBox->setEnabled(canEdit || finished);
    m_ui->questionTypeComboBox->setEnabled(canEdit);
    m_ui->scoreSlider->setEnabled(canEdit);
    // Limits and key hints only matter while the fields can change.
    m_ui->scoreHintLabel->setVisible(!finished);
    for (QLabel *counter : {m_ui->questionTextCounterLabel, m_ui->categoryCounterLabel, m_ui->answerCounterLabel,
                            m_ui->feedbackCounterLabel})
        counter->setVisible(!finished);
    m_ui->saveQuestionButton->setEnabled(canEdit && (m_dirty || isNew()));
    m_ui->revertQuestionButton->setEnabled(canEdit && m_dirty);
    m_ui->deleteQuestionButton->setEnabled(canEdit && !isNew());
    m_ui->reviewFrame->setVisible(m_hasForm && !isNew() && !m_record.reviewed);
    m_ui->acceptQuestionButton->setEnabled(m_hasForm && m_reviewable && !m_locked);
}

QString QuestionEditor::scoreProblem() const
{
    if (m_ui->scoreSpinBox->isInRange())
        return {};
    return tr("A score goes from 0 to 10; %1 is out of range.")
        .arg(QLocale().toString(m_ui->scoreSpinBox->value(), 'f', 1));
}

void QuestionEditor::updateScoreError()
{
    if (m_loading)
        return;
    // Takes room only when it says something (it sits between the score and its hint).
    m_ui->scoreErrorLabel->setText(scoreProblem());
    m_ui->scoreErrorLabel->setVisible(!m_ui->scoreErrorLabel->text().isEmpty());
}

void QuestionEditor::clearErrors()
{
    for (QLabel *label : {m_ui->questionTextErrorLabel, m_ui->categoryErrorLabel, m_ui->answerErrorLabel,
                          m_ui->feedbackErrorLabel, m_ui->scoreErrorLabel})
        label->clear();
    m_ui->scoreErrorLabel->hide();
    showError({});
}

} // namespace ir::ui
