// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bankquestiondialog.h"
#include "ui_bankquestiondialog.h"

#include "enumtext.h"
#include "formerrors.h"
#include "interviewservice.h"
#include "rules.h"
#include "serviceclient.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QShortcut>
#include <QStringListModel>

#include <algorithm>

namespace ir::ui {
namespace {

// Commas and semicolons in either script, and the Chinese enumeration comma.
const QRegularExpression &tagSeparators()
{
    static const QRegularExpression separators(QStringLiteral("[,;\\x{FF0C}\\x{FF1B}\\x{3001}]"));
    return separators;
}

} // namespace

BankQuestionDialog::BankQuestionDialog(ServiceClient &client, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::BankQuestionDialog>())
    , m_client(client)
{
    m_ui->setupUi(this);
    setWindowTitle(tr("New Bank Question"));
    EnumText::fill<QuestionType>(m_ui->questionTypeComboBox);
    EnumText::fill<DifficultyLevel>(m_ui->difficultyComboBox);
    EnumText::select(m_ui->difficultyComboBox, int(DifficultyLevel::Medium));
    m_ui->categoryLineEdit->setMaxLength(FormErrors::maxLength(rules::QUESTION_CATEGORY));
    // Room for every tag at its longest and a separator after each.
    m_ui->tagsLineEdit->setMaxLength(FormErrors::maxLength(rules::TAG) * rules::MAX_TAGS + 2 * rules::MAX_TAGS);
    const int line = fontMetrics().lineSpacing();
    const auto lines = [line](QPlainTextEdit *edit, int count) {
        edit->setMinimumHeight(line * count + 2 * edit->frameWidth() + line / 2);
    };
    lines(m_ui->questionTextEdit, 3);
    lines(m_ui->expectedAnswerTextEdit, 5);
    const int width = fontMetrics().averageCharWidth() * 72;
    m_ui->questionTextEdit->setMinimumWidth(std::min(width, screen()->availableGeometry().width() / 2));
    for (QLabel *caption : {m_ui->questionTextLabel, m_ui->expectedAnswerLabel})
        caption->setAlignment(Qt::AlignLeading | Qt::AlignTop);

    m_categoryModel = new QStringListModel(this);
    auto *categoryCompleter = new QCompleter(m_categoryModel, this);
    categoryCompleter->setCaseSensitivity(Qt::CaseInsensitive);
    categoryCompleter->setFilterMode(Qt::MatchContains);
    m_ui->categoryLineEdit->setCompleter(categoryCompleter);
    // Tags complete one at a time: the word being typed after the last separator.
    m_tagModel = new QStringListModel(this);
    m_tagCompleter = new QCompleter(m_tagModel, this);
    m_tagCompleter->setCaseSensitivity(Qt::CaseInsensitive);
    m_tagCompleter->setWidget(m_ui->tagsLineEdit);
    connect(m_ui->tagsLineEdit, &QLineEdit::textEdited, this, [this](const QString &text) {
        const QString current = text.split(tagSeparators()).constLast().trimmed();
        if (current.isEmpty()) {
            m_tagCompleter->popup()->hide();
            return;
        }
        m_tagCompleter->setCompletionPrefix(current);
        m_tagCompleter->complete();
    });
    connect(m_tagCompleter, qOverload<const QString &>(&QCompleter::activated), this, &BankQuestionDialog::completeTag);

    QPushButton *save = m_ui->buttonBox->button(QDialogButtonBox::Save);
    save->setObjectName(QStringLiteral("saveButton"));
    save->setDefault(true);
    auto *saveShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    connect(saveShortcut, &QShortcut::activated, this, &BankQuestionDialog::accept);
    auto *enterShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Enter), this);
    connect(enterShortcut, &QShortcut::activated, this, &BankQuestionDialog::accept);
    m_ui->saveHintLabel->setText(tr("%1 saves").arg(saveShortcut->key().toString(QKeySequence::NativeText)));
    m_ui->saveHintLabel->setForegroundRole(QPalette::PlaceholderText);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &BankQuestionDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &BankQuestionDialog::reject);
    clearErrors();
    m_ui->questionTextEdit->setFocus();
}

BankQuestionDialog::~BankQuestionDialog() = default;

void BankQuestionDialog::setQuestion(const BankQuestion &question)
{
    m_original = question;
    setWindowTitle(tr("Edit Bank Question"));
    m_ui->questionTextEdit->setPlainText(question.questionText);
    EnumText::select(m_ui->questionTypeComboBox, int(question.questionType));
    m_ui->categoryLineEdit->setText(question.questionCategory);
    EnumText::select(m_ui->difficultyComboBox, int(question.difficultyLevel));
    m_ui->tagsLineEdit->setText(question.tags.join(QStringLiteral(", ")));
    m_ui->expectedAnswerTextEdit->setPlainText(question.expectedAnswer);
    clearErrors();
}

void BankQuestionDialog::setCompletions(const QStringList &categories, const QStringList &tags)
{
    m_categoryModel->setStringList(categories);
    m_tagModel->setStringList(tags);
}

QStringList BankQuestionDialog::splitTags(const QString &text)
{
    QStringList tags;
    for (const QString &part : text.split(tagSeparators(), Qt::SkipEmptyParts)) {
        const QString tag = part.trimmed();
        if (!tag.isEmpty())
            tags << tag;
    }
    return tags;
}

void BankQuestionDialog::completeTag(const QString &tag)
{
    QString text = m_ui->tagsLineEdit->text();
    const QRegularExpressionMatch last = [&text] {
        QRegularExpressionMatch found;
        auto it = tagSeparators().globalMatch(text);
        while (it.hasNext())
            found = it.next();
        return found;
    }();
    const qsizetype start = last.hasMatch() ? last.capturedEnd() : 0;
    text = text.left(start) + (start > 0 ? QStringLiteral(" ") : QString()) + tag + QStringLiteral(", ");
    m_ui->tagsLineEdit->setText(text);
}

BankQuestion BankQuestionDialog::formQuestion() const
{
    BankQuestion q;
    q.questionText = m_ui->questionTextEdit->toPlainText().trimmed();
    q.questionType = QuestionType(m_ui->questionTypeComboBox->currentData().toInt());
    q.questionCategory = m_ui->categoryLineEdit->text().trimmed();
    q.difficultyLevel = DifficultyLevel(m_ui->difficultyComboBox->currentData().toInt());
    q.tags = rules::normalizedTags(splitTags(m_ui->tagsLineEdit->text()));
    q.expectedAnswer = m_ui->expectedAnswerTextEdit->toPlainText().trimmed();
    return q;
}

bool BankQuestionDialog::checkForm()
{
    clearErrors();
    const BankQuestion q = formQuestion();
    QWidget *firstBad = nullptr;
    const auto note = [&firstBad](QWidget *field, QLabel *label, const QString &problem) {
        FormErrors::show(label, problem);
        if (!problem.isEmpty() && !firstBad)
            firstBad = field;
    };
    note(m_ui->questionTextEdit, m_ui->questionTextErrorLabel,
         FormErrors::lengthProblem(rules::QUESTION_TEXT, q.questionText, true));
    note(m_ui->categoryLineEdit, m_ui->categoryErrorLabel,
         FormErrors::lengthProblem(rules::QUESTION_CATEGORY, q.questionCategory, false));
    QString tagProblem;
    if (q.tags.size() > rules::MAX_TAGS)
        tagProblem = tr("Too many tags: %1, at most %2.").arg(q.tags.size()).arg(rules::MAX_TAGS);
    for (const QString &tag : q.tags) {
        if (tagProblem.isEmpty() && rules::characterCount(tag) > rules::TAG.max)
            tagProblem = tr("The tag “%1” is too long: at most %2 characters.").arg(tag).arg(rules::TAG.max);
    }
    note(m_ui->tagsLineEdit, m_ui->tagsErrorLabel, tagProblem);
    note(m_ui->expectedAnswerTextEdit, m_ui->expectedAnswerErrorLabel,
         FormErrors::lengthProblem(rules::EXPECTED_ANSWER, q.expectedAnswer, false));
    if (firstBad) {
        firstBad->setFocus();
        return false;
    }
    return true;
}

BankQuestionPatch BankQuestionDialog::patchFrom(const BankQuestion &form) const
{
    BankQuestionPatch patch;
    if (form.questionText != m_original.questionText)
        patch.questionText = form.questionText;
    if (form.questionType != m_original.questionType)
        patch.questionType = form.questionType;
    if (form.questionCategory != m_original.questionCategory)
        patch.questionCategory = form.questionCategory;
    if (form.difficultyLevel != m_original.difficultyLevel)
        patch.difficultyLevel = form.difficultyLevel;
    if (form.tags != m_original.tags)
        patch.tags = form.tags;
    if (form.expectedAnswer != m_original.expectedAnswer)
        patch.expectedAnswer = form.expectedAnswer;
    return patch;
}

void BankQuestionDialog::accept()
{
    if (m_saving || !checkForm())
        return;
    const BankQuestion form = formQuestion();
    const auto done = [this](const Result<BankQuestion> &saved) {
        if (!saved) {
            showServiceError(saved.error());
            setSaving(false);
            return;
        }
        setSaving(false);
        m_saved = *saved;
        QDialog::accept();
    };
    InterviewService &service = m_client.service();
    if (m_original.bankQuestionId.isEmpty()) {
        setSaving(true);
        m_client.write<BankQuestion>(
            this, [&service, form] { return service.createBankQuestion(form); }, done);
        return;
    }
    const BankQuestionPatch patch = patchFrom(form);
    if (patch.isEmpty()) {
        m_saved = m_original; // nothing changed: nothing to write
        QDialog::accept();
        return;
    }
    setSaving(true);
    const QString id = m_original.bankQuestionId;
    m_client.write<BankQuestion>(
        this, [&service, id, patch] { return service.updateBankQuestion(id, patch); }, done);
}

void BankQuestionDialog::reject()
{
    if (m_saving)
        return; // the write cannot be taken back: wait for its answer
    QDialog::reject();
}

void BankQuestionDialog::showServiceError(const Error &error)
{
    if (error.code != ErrorCode::ValidationError) {
        FormErrors::show(m_ui->errorLabel,
                         error.code == ErrorCode::BankQuestionNotFound
                             ? tr("This question is no longer in the bank (someone deleted it).")
                             : tr("The question could not be saved: %1")
                                   .arg(error.details.isEmpty() ? error.message : error.details));
        return;
    }
    const QHash<QString, QString> problems = FormErrors::byField(error);
    const QList<std::pair<QString, QLabel *>> fields = {
        {QString::fromUtf16(rules::QUESTION_TEXT.field), m_ui->questionTextErrorLabel},
        {QString::fromUtf16(rules::QUESTION_CATEGORY.field), m_ui->categoryErrorLabel},
        {QString::fromUtf16(rules::TAG.field), m_ui->tagsErrorLabel},
        {QString::fromUtf16(rules::EXPECTED_ANSWER.field), m_ui->expectedAnswerErrorLabel},
    };
    QStringList rest;
    for (auto it = problems.cbegin(); it != problems.cend(); ++it) {
        const auto field = std::find_if(fields.cbegin(), fields.cend(), [&it](const auto &f) {
            return it.key() == f.first || it.key().startsWith(f.first + QLatin1Char('['));
        });
        if (field != fields.cend())
            FormErrors::show(field->second, it.value());
        else
            rest << (it.key().isEmpty() ? it.value() : it.key() + QStringLiteral(": ") + it.value());
    }
    FormErrors::show(m_ui->errorLabel,
                     rest.isEmpty() ? QString()
                                    : tr("The question could not be saved: %1").arg(rest.join(QStringLiteral("; "))));
}

void BankQuestionDialog::clearErrors()
{
    for (QLabel *label : {m_ui->questionTextErrorLabel, m_ui->categoryErrorLabel, m_ui->tagsErrorLabel,
                          m_ui->expectedAnswerErrorLabel, m_ui->errorLabel})
        FormErrors::show(label, {});
}

void BankQuestionDialog::setSaving(bool saving)
{
    m_saving = saving;
    if (saving)
        m_focusBeforeSaving = focusWidget();
    for (QWidget *field :
         std::initializer_list<QWidget *> {m_ui->questionTextEdit, m_ui->questionTypeComboBox, m_ui->categoryLineEdit,
                                           m_ui->difficultyComboBox, m_ui->tagsLineEdit, m_ui->expectedAnswerTextEdit})
        field->setEnabled(!saving);
    m_ui->buttonBox->setEnabled(!saving);
    if (saving)
        return;
    // Back where the person was, or to the first field the service found fault with.
    QWidget *focus = m_focusBeforeSaving;
    const std::pair<QLabel *, QWidget *> errors[] = {
        {m_ui->questionTextErrorLabel, m_ui->questionTextEdit},
        {m_ui->categoryErrorLabel, m_ui->categoryLineEdit},
        {m_ui->tagsErrorLabel, m_ui->tagsLineEdit},
        {m_ui->expectedAnswerErrorLabel, m_ui->expectedAnswerTextEdit},
    };
    for (const auto &[label, field] : errors) {
        if (!label->isHidden()) {
            focus = field;
            break;
        }
    }
    (focus ? focus : m_ui->questionTextEdit)->setFocus();
}

} // namespace ir::ui
