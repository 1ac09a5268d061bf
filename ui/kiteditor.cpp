// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiteditor.h"
#include "ui_kiteditor.h"

#include "bankquestionpicker.h"
#include "enumtext.h"
#include "formerrors.h"
#include "interviewservice.h"
#include "kitlistmodel.h"
#include "messagebox.h"
#include "rules.h"
#include "serviceclient.h"

#include <QCloseEvent>
#include <QKeyEvent>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QShortcut>

#include <algorithm>
#include <array>

namespace ir::ui {
namespace {

constexpr int BANK_ID_ROLE = Qt::UserRole;
constexpr int TEXT_ROLE = Qt::UserRole + 1;
// Competency field names, as core's rules name them in a problem ("competencies[1].key: …").
const QString KEY = QString::fromUtf16(rules::COMPETENCY_KEY.field);
const QString NAME = QString::fromUtf16(rules::COMPETENCY_NAME.field);
const QString DESCRIPTION = QString::fromUtf16(rules::COMPETENCY_DESCRIPTION.field);
const QString RUBRIC = QString::fromUtf16(rules::RUBRIC_TEXT.field);

bool sameCompetencies(const QList<Competency> &a, const QList<Competency> &b)
{
    return std::equal(a.cbegin(), a.cend(), b.cbegin(), b.cend(), [](const Competency &x, const Competency &y) {
        return x.key == y.key && x.name == y.name && x.description == y.description && x.weight == y.weight
            && x.rubric == y.rubric;
    });
}

QString firstLine(const QString &text)
{
    const QString trimmed = text.trimmed();
    const qsizetype end = trimmed.indexOf(QLatin1Char('\n'));
    return end < 0 ? trimmed : trimmed.left(end) + QStringLiteral(" …");
}

} // namespace

KitEditor::KitEditor(ServiceClient &client, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::KitEditor>())
    , m_client(client)
{
    m_ui->setupUi(this);
    EnumText::fill<SessionType>(m_ui->sessionTypeComboBox);
    EnumText::fill<DifficultyLevel>(m_ui->difficultyComboBox);
    m_ui->durationSpinBox->setRange(rules::MIN_DURATION, rules::MAX_DURATION);
    m_ui->weightDoubleSpinBox->setRange(rules::MIN_WEIGHT, rules::MAX_WEIGHT);
    m_ui->nameLineEdit->setMaxLength(FormErrors::maxLength(rules::KIT_NAME));
    m_ui->positionLineEdit->setMaxLength(FormErrors::maxLength(rules::KIT_POSITION));
    m_ui->keyLineEdit->setMaxLength(int(rules::COMPETENCY_KEY.max)); // ASCII only
    m_ui->competencyNameLineEdit->setMaxLength(FormErrors::maxLength(rules::COMPETENCY_NAME));
    const int line = fontMetrics().lineSpacing();
    const auto lines = [line](QPlainTextEdit *edit, int count) {
        edit->setMinimumHeight(line * count + 2 * edit->frameWidth() + line / 2);
        edit->setMaximumHeight(line * (count + 2) + 2 * edit->frameWidth() + line / 2);
    };
    lines(m_ui->descriptionTextEdit, 2);
    for (QPlainTextEdit *rubric :
         {m_ui->rubric1TextEdit, m_ui->rubric2TextEdit, m_ui->rubric3TextEdit, m_ui->rubric4TextEdit})
        lines(rubric, 2);
    for (QLabel *caption :
         {m_ui->descriptionLabel, m_ui->rubric1Label, m_ui->rubric2Label, m_ui->rubric3Label, m_ui->rubric4Label})
        caption->setAlignment(Qt::AlignLeading | Qt::AlignTop);
    QFont heading = m_ui->headingLabel->font();
    heading.setBold(true);
    m_ui->headingLabel->setFont(heading);
    m_ui->saveStatusLabel->setForegroundRole(QPalette::PlaceholderText);
    m_ui->kitSplitter->setStretchFactor(0, 1);
    m_ui->kitSplitter->setStretchFactor(1, 3);
    // Room for a kit's name and position (about 30 Latin or 15 Chinese characters).
    m_ui->kitListPane->setMinimumWidth(fontMetrics().averageCharWidth() * 36);
    m_ui->kitListView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_ui->kitListView->setTextElideMode(Qt::ElideRight);

    m_model = new KitListModel(client.service(), this);
    m_ui->kitListView->setModel(m_model);
    connect(m_ui->kitListView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &KitEditor::onKitRowChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &KitEditor::onModelReset);

    // Every edit of the form: the heading says "unsaved", Save and Revert light up.
    for (QLineEdit *edit : {m_ui->nameLineEdit, m_ui->positionLineEdit})
        connect(edit, &QLineEdit::textChanged, this, &KitEditor::formEdited);
    for (QComboBox *box : {m_ui->sessionTypeComboBox, m_ui->difficultyComboBox})
        connect(box, &QComboBox::currentIndexChanged, this, &KitEditor::formEdited);
    connect(m_ui->durationSpinBox, &QSpinBox::valueChanged, this, &KitEditor::formEdited);
    // The competency form writes into the competency shown.
    connect(m_ui->keyLineEdit, &QLineEdit::textEdited, this, [this] { m_keyTouched = true; });
    connect(m_ui->competencyNameLineEdit, &QLineEdit::textEdited, this, &KitEditor::suggestKey);
    for (QLineEdit *edit : {m_ui->keyLineEdit, m_ui->competencyNameLineEdit})
        connect(edit, &QLineEdit::textChanged, this, &KitEditor::storeCompetency);
    connect(m_ui->weightDoubleSpinBox, &QDoubleSpinBox::valueChanged, this, &KitEditor::storeCompetency);
    for (QPlainTextEdit *edit : {m_ui->descriptionTextEdit, m_ui->rubric1TextEdit, m_ui->rubric2TextEdit,
                                 m_ui->rubric3TextEdit, m_ui->rubric4TextEdit})
        connect(edit, &QPlainTextEdit::textChanged, this, &KitEditor::storeCompetency);
    connect(m_ui->competencyListWidget, &QListWidget::currentRowChanged, this, &KitEditor::showCompetency);
    connect(m_ui->plannedQuestionListWidget, &QListWidget::currentRowChanged, this, &KitEditor::updateButtons);

    connect(m_ui->newKitButton, &QPushButton::clicked, this, &KitEditor::newKit);
    connect(m_ui->deleteKitButton, &QPushButton::clicked, this, &KitEditor::deleteCurrent);
    connect(m_ui->saveKitButton, &QPushButton::clicked, this, &KitEditor::save);
    connect(m_ui->revertKitButton, &QPushButton::clicked, this, &KitEditor::revert);
    connect(m_ui->addCompetencyButton, &QPushButton::clicked, this, &KitEditor::addCompetency);
    connect(m_ui->removeCompetencyButton, &QPushButton::clicked, this, &KitEditor::removeCompetency);
    connect(m_ui->moveCompetencyUpButton, &QToolButton::clicked, this, [this] { moveCompetency(-1); });
    connect(m_ui->moveCompetencyDownButton, &QToolButton::clicked, this, [this] { moveCompetency(1); });
    connect(m_ui->addQuestionsButton, &QPushButton::clicked, this, &KitEditor::addQuestions);
    connect(m_ui->removeQuestionButton, &QPushButton::clicked, this, &KitEditor::removeQuestion);
    connect(m_ui->moveQuestionUpButton, &QToolButton::clicked, this, [this] { moveQuestion(-1); });
    connect(m_ui->moveQuestionDownButton, &QToolButton::clicked, this, [this] { moveQuestion(1); });

    const auto shortcut
        = [this](const QKeySequence &keys, QWidget *owner, Qt::ShortcutContext context, std::function<void()> slot) {
              auto *s = new QShortcut(keys, owner);
              s->setContext(context);
              connect(s, &QShortcut::activated, this, std::move(slot));
          };
    const Qt::ShortcutContext here = Qt::WidgetWithChildrenShortcut;
    shortcut(QKeySequence::New, this, here, [this] { newKit(); });
    shortcut(QKeySequence::Save, this, here, [this] { save(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this, here, [this] { save(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Enter), this, here, [this] { save(); });
    shortcut(QKeySequence::Delete, m_ui->kitListView, Qt::WidgetShortcut, [this] { deleteCurrent(); });
    shortcut(QKeySequence::Delete, m_ui->competencyListWidget, Qt::WidgetShortcut, [this] { removeCompetency(); });
    shortcut(QKeySequence::Delete, m_ui->plannedQuestionListWidget, Qt::WidgetShortcut, [this] { removeQuestion(); });
    shortcut(QKeySequence(Qt::Key_Insert), m_ui->competencyListWidget, Qt::WidgetShortcut, [this] { addCompetency(); });
    shortcut(QKeySequence(Qt::Key_Insert), m_ui->plannedQuestionListWidget, Qt::WidgetShortcut,
             [this] { addQuestions(); });
    shortcut(QKeySequence(Qt::ALT | Qt::Key_Up), m_ui->competencyListWidget, Qt::WidgetShortcut,
             [this] { moveCompetency(-1); });
    shortcut(QKeySequence(Qt::ALT | Qt::Key_Down), m_ui->competencyListWidget, Qt::WidgetShortcut,
             [this] { moveCompetency(1); });
    shortcut(QKeySequence(Qt::ALT | Qt::Key_Up), m_ui->plannedQuestionListWidget, Qt::WidgetShortcut,
             [this] { moveQuestion(-1); });
    shortcut(QKeySequence(Qt::ALT | Qt::Key_Down), m_ui->plannedQuestionListWidget, Qt::WidgetShortcut,
             [this] { moveQuestion(1); });
    // The form starts empty (so that nothing counts as an edit), then shows the first kit.
    showKit(Kit {});
    retranslate();
    if (m_model->rowCount() > 0)
        m_ui->kitListView->setCurrentIndex(m_model->index(0, 0));
}

KitEditor::~KitEditor() = default;

void KitEditor::retranslate()
{
    m_ui->newKitButton->setToolTip(
        tr("Start a new kit (%1)").arg(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)));
    m_ui->deleteKitButton->setToolTip(tr("Delete the selected kit (Delete)"));
    m_ui->saveKitButton->setToolTip(
        tr("Save the kit (Enter, %1)").arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)));
    m_ui->revertKitButton->setToolTip(tr("Discard the unsaved changes (Esc)"));
    m_ui->addCompetencyButton->setToolTip(tr("Add a competency (Insert on the list)"));
    m_ui->removeCompetencyButton->setToolTip(tr("Remove the competency from the kit (Delete on the list)"));
    m_ui->moveCompetencyUpButton->setToolTip(tr("Move up (Alt+Up)"));
    m_ui->moveCompetencyDownButton->setToolTip(tr("Move down (Alt+Down)"));
    m_ui->addQuestionsButton->setToolTip(tr("Plan questions from the question bank (Insert on the list)"));
    m_ui->removeQuestionButton->setToolTip(tr("Take the question out of the plan (Delete on the list)"));
    m_ui->moveQuestionUpButton->setToolTip(tr("Ask earlier (Alt+Up)"));
    m_ui->moveQuestionDownButton->setToolTip(tr("Ask later (Alt+Down)"));
    m_ui->weightDoubleSpinBox->setToolTip(
        tr("How much this competency counts in the weighted rating, %1 to %2")
            .arg(QLocale().toString(rules::MIN_WEIGHT), QLocale().toString(rules::MAX_WEIGHT)));
    const QStringList levels
        = {tr("What a rating of 1 means, e.g. no evidence of the skill"), tr("What a rating of 2 means"),
           tr("What a rating of 3 means"), tr("What a rating of 4 means, e.g. strong evidence, could teach it")};
    const std::array<QPlainTextEdit *, RUBRIC_LEVELS> rubrics
        = {m_ui->rubric1TextEdit, m_ui->rubric2TextEdit, m_ui->rubric3TextEdit, m_ui->rubric4TextEdit};
    for (int level = 0; level < RUBRIC_LEVELS; ++level)
        rubrics[level]->setPlaceholderText(levels.at(level));
    updateCounts();
    updateHeading();
}

bool KitEditor::isDirty() const
{
    const Kit form = formKit();
    return form.name != m_stored.name || form.position != m_stored.position || form.sessionType != m_stored.sessionType
        || form.difficultyLevel != m_stored.difficultyLevel || form.estimatedDuration != m_stored.estimatedDuration
        || !sameCompetencies(form.competencies, m_stored.competencies)
        || form.bankQuestionIds != m_stored.bankQuestionIds;
}

Kit KitEditor::formKit() const
{
    Kit kit;
    kit.kitId = m_stored.kitId;
    kit.name = m_ui->nameLineEdit->text().trimmed();
    kit.position = m_ui->positionLineEdit->text().trimmed();
    kit.sessionType = SessionType(m_ui->sessionTypeComboBox->currentData().toInt());
    kit.difficultyLevel = DifficultyLevel(m_ui->difficultyComboBox->currentData().toInt());
    kit.estimatedDuration = m_ui->durationSpinBox->value();
    kit.competencies = m_competencies;
    kit.bankQuestionIds = plannedIds();
    return kit;
}

bool KitEditor::maybeKeepEdits(std::function<void()> resume)
{
    if (m_saving) {
        if (resume)
            m_afterSave = std::move(resume);
        return false;
    }
    if (!isDirty())
        return true;
    const auto answer
        = MessageBox::question(this, tr("Unsaved kit"), tr("The kit has unsaved changes. Save them?"),
                               QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Discard) {
        showKit(m_stored);
        return true;
    }
    if (answer == QMessageBox::Save) {
        m_afterSave = std::move(resume);
        save();
    }
    return false;
}

void KitEditor::showWindow()
{
    if (!isWindow()) {
        setWindowFlag(Qt::Window);
        const QRect available = screen()->availableGeometry();
        resize(std::min(fontMetrics().averageCharWidth() * 160, available.width() * 9 / 10),
               std::min(fontMetrics().lineSpacing() * 46, available.height() * 9 / 10));
    }
    show();
    raise();
    activateWindow();
}

void KitEditor::newKit()
{
    if (!maybeKeepEdits([this] { newKit(); }))
        return;
    m_restoringSelection = true;
    m_ui->kitListView->selectionModel()->clear();
    m_restoringSelection = false;
    Kit fresh;
    fresh.estimatedDuration = rules::DEFAULT_DURATION;
    showKit(fresh);
    m_ui->nameLineEdit->setFocus();
}

void KitEditor::selectKit(const QString &kitId)
{
    const int row = m_model->rowOf(kitId);
    if (row >= 0)
        m_ui->kitListView->setCurrentIndex(m_model->index(row, 0));
}

void KitEditor::selectRow(const QString &kitId)
{
    m_restoringSelection = true;
    const int row = m_model->rowOf(kitId);
    QItemSelectionModel *selection = m_ui->kitListView->selectionModel();
    if (row >= 0)
        selection->setCurrentIndex(m_model->index(row, 0), QItemSelectionModel::ClearAndSelect);
    else
        selection->clear();
    m_restoringSelection = false;
    updateButtons();
}

void KitEditor::onKitRowChanged(const QModelIndex &current, const QModelIndex &previous)
{
    if (m_restoringSelection)
        return;
    const Kit *kit = m_model->kitAt(current.row());
    if (!kit || kit->kitId == m_stored.kitId)
        return;
    const QString target = kit->kitId;
    if (!maybeKeepEdits([this, target] { selectKit(target); })) {
        m_restoringSelection = true;
        m_ui->kitListView->selectionModel()->setCurrentIndex(previous, QItemSelectionModel::ClearAndSelect);
        m_restoringSelection = false;
        return;
    }
    showKit(*kit);
}

void KitEditor::onModelReset()
{
    // The kits changed (here or elsewhere): the form follows its kit unless it holds edits.
    const int row = m_model->rowOf(m_stored.kitId);
    if (!m_stored.kitId.isEmpty() && !m_saving && !isDirty()) {
        if (const Kit *kit = m_model->kitAt(row))
            showKit(*kit);
        else if (m_model->rowCount() > 0)
            showKit(*m_model->kitAt(0)); // deleted: the next one
        else
            showKit(Kit {});
    }
    selectRow(m_stored.kitId);
}

void KitEditor::showKit(const Kit &kit)
{
    m_loading = true;
    m_stored = kit;
    m_ui->nameLineEdit->setText(kit.name);
    m_ui->positionLineEdit->setText(kit.position);
    EnumText::select(m_ui->sessionTypeComboBox, int(kit.sessionType));
    EnumText::select(m_ui->difficultyComboBox, int(kit.difficultyLevel));
    m_ui->durationSpinBox->setValue(kit.estimatedDuration);
    m_competencies = kit.competencies;
    m_competencyErrors.clear();
    m_ui->competencyListWidget->clear();
    m_competencyRow = -1;
    for (int row = 0; row < m_competencies.size(); ++row) {
        m_ui->competencyListWidget->addItem(QString());
        refreshCompetencyItem(row);
    }
    m_ui->plannedQuestionListWidget->clear();
    for (const QString &id : kit.bankQuestionIds)
        appendPlanned(id);
    renumberPlanned();
    m_loading = false;
    m_ui->competencyListWidget->setCurrentRow(m_competencies.isEmpty() ? -1 : 0);
    showCompetency(m_ui->competencyListWidget->currentRow());
    if (m_ui->plannedQuestionListWidget->count() > 0)
        m_ui->plannedQuestionListWidget->setCurrentRow(0);
    clearErrors();
    selectRow(kit.kitId);
    updateCounts();
    updateHeading();
    updateButtons();
}

void KitEditor::showCompetency(int row)
{
    const bool shown = row >= 0 && row < m_competencies.size();
    m_competencyRow = shown ? row : -1;
    m_ui->competencyFormWidget->setEnabled(shown && !m_saving);
    const Competency c = shown ? m_competencies.at(row) : Competency {};
    const bool loading = std::exchange(m_loading, true);
    m_ui->keyLineEdit->setText(c.key);
    m_ui->competencyNameLineEdit->setText(c.name);
    m_ui->weightDoubleSpinBox->setValue(c.weight);
    m_ui->descriptionTextEdit->setPlainText(c.description);
    const std::array<QPlainTextEdit *, RUBRIC_LEVELS> rubrics
        = {m_ui->rubric1TextEdit, m_ui->rubric2TextEdit, m_ui->rubric3TextEdit, m_ui->rubric4TextEdit};
    for (int level = 0; level < RUBRIC_LEVELS; ++level)
        rubrics[level]->setPlainText(c.rubric[level]);
    m_loading = loading;
    m_keyTouched = !c.key.isEmpty();
    showCompetencyErrors();
    updateButtons();
}

void KitEditor::storeCompetency()
{
    if (m_loading || m_competencyRow < 0 || m_competencyRow >= m_competencies.size())
        return;
    Competency &c = m_competencies[m_competencyRow];
    c.key = m_ui->keyLineEdit->text().trimmed();
    c.name = m_ui->competencyNameLineEdit->text().trimmed();
    c.weight = m_ui->weightDoubleSpinBox->value();
    c.description = m_ui->descriptionTextEdit->toPlainText().trimmed();
    const std::array<QPlainTextEdit *, RUBRIC_LEVELS> rubrics
        = {m_ui->rubric1TextEdit, m_ui->rubric2TextEdit, m_ui->rubric3TextEdit, m_ui->rubric4TextEdit};
    for (int level = 0; level < RUBRIC_LEVELS; ++level)
        c.rubric[level] = rubrics[level]->toPlainText().trimmed();
    refreshCompetencyItem(m_competencyRow);
    formEdited();
}

void KitEditor::suggestKey()
{
    // An English name gives the key (problem_solving) until the key is typed by hand.
    if (m_keyTouched)
        return;
    QString key = m_ui->competencyNameLineEdit->text().trimmed().toLower();
    key.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("_"));
    key = key.mid(key.startsWith(u'_') ? 1 : 0);
    if (key.endsWith(u'_'))
        key.chop(1);
    m_ui->keyLineEdit->setText(key.left(rules::COMPETENCY_KEY.max));
}

void KitEditor::refreshCompetencyItem(int row)
{
    QListWidgetItem *item = m_ui->competencyListWidget->item(row);
    if (!item || row >= m_competencies.size())
        return;
    const Competency &c = m_competencies.at(row);
    QString text = c.name.isEmpty() ? (c.key.isEmpty() ? tr("(new competency)") : c.key) : c.name;
    if (c.weight != 1.0)
        text += QStringLiteral(" ×") + QLocale().toString(c.weight);
    item->setText(text);
    item->setToolTip(c.key);
}

void KitEditor::addCompetency()
{
    if (m_competencies.size() >= rules::MAX_COMPETENCIES || m_saving)
        return;
    m_competencies << Competency {};
    m_ui->competencyListWidget->addItem(QString());
    refreshCompetencyItem(int(m_competencies.size()) - 1);
    m_ui->kitTabWidget->setCurrentWidget(m_ui->competenciesTab);
    m_ui->competencyListWidget->setCurrentRow(int(m_competencies.size()) - 1);
    m_ui->competencyNameLineEdit->setFocus();
    updateCounts();
    formEdited();
}

void KitEditor::removeCompetency()
{
    const int row = m_ui->competencyListWidget->currentRow();
    if (row < 0 || row >= m_competencies.size() || m_saving)
        return;
    m_competencies.removeAt(row);
    m_competencyErrors.clear();
    const bool loading = std::exchange(m_loading, true);
    delete m_ui->competencyListWidget->takeItem(row);
    m_loading = loading;
    showCompetency(m_ui->competencyListWidget->currentRow());
    updateCounts();
    formEdited();
}

void KitEditor::moveCompetency(int delta)
{
    const int row = m_ui->competencyListWidget->currentRow();
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= m_competencies.size() || m_saving)
        return;
    m_competencies.move(row, to);
    m_competencyErrors.clear();
    const bool loading = std::exchange(m_loading, true);
    QListWidgetItem *item = m_ui->competencyListWidget->takeItem(row);
    m_ui->competencyListWidget->insertItem(to, item);
    m_loading = loading;
    m_ui->competencyListWidget->setCurrentRow(to);
    formEdited();
}

void KitEditor::addQuestions()
{
    if (m_saving)
        return;
    BankQuestionPicker picker(m_client, this);
    const QStringList planned = plannedIds();
    picker.setPlanned(planned, rules::MAX_KIT_QUESTIONS - int(planned.size()));
    if (picker.exec() != QDialog::Accepted)
        return;
    for (const QString &id : picker.pickedIds())
        appendPlanned(id);
    renumberPlanned();
    m_ui->kitTabWidget->setCurrentWidget(m_ui->questionsTab);
    m_ui->plannedQuestionListWidget->setCurrentRow(m_ui->plannedQuestionListWidget->count() - 1);
    m_ui->plannedQuestionListWidget->setFocus();
    updateCounts();
    formEdited();
}

void KitEditor::removeQuestion()
{
    QListWidget *list = m_ui->plannedQuestionListWidget;
    const int row = list->currentRow();
    if (row < 0 || m_saving)
        return;
    delete list->takeItem(row);
    renumberPlanned();
    updateCounts();
    formEdited();
}

void KitEditor::moveQuestion(int delta)
{
    QListWidget *list = m_ui->plannedQuestionListWidget;
    const int row = list->currentRow();
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= list->count() || m_saving)
        return;
    QListWidgetItem *item = list->takeItem(row);
    list->insertItem(to, item);
    list->setCurrentRow(to);
    renumberPlanned();
    formEdited();
}

void KitEditor::appendPlanned(const QString &bankQuestionId)
{
    // A read per planned question (a kit plans tens); one deleted from the bank says so.
    const Result<BankQuestion> question = m_client.service().bankQuestion(bankQuestionId);
    auto *item = new QListWidgetItem(m_ui->plannedQuestionListWidget);
    item->setData(BANK_ID_ROLE, bankQuestionId);
    item->setData(TEXT_ROLE, question ? firstLine(question->questionText) : tr("(no longer in the bank)"));
    if (question)
        item->setToolTip(question->questionText);
}

void KitEditor::renumberPlanned()
{
    QListWidget *list = m_ui->plannedQuestionListWidget;
    for (int row = 0; row < list->count(); ++row) {
        QListWidgetItem *item = list->item(row);
        item->setText(tr("%1. %2", "position. question").arg(row + 1).arg(item->data(TEXT_ROLE).toString()));
    }
}

QStringList KitEditor::plannedIds() const
{
    QStringList ids;
    const QListWidget *list = m_ui->plannedQuestionListWidget;
    for (int row = 0; row < list->count(); ++row)
        ids << list->item(row)->data(BANK_ID_ROLE).toString();
    return ids;
}

bool KitEditor::checkForm()
{
    clearErrors();
    const Kit kit = formKit();
    QWidget *firstBad = nullptr;
    const auto note = [&firstBad](QWidget *field, QLabel *label, const QString &problem) {
        FormErrors::show(label, problem);
        if (!problem.isEmpty() && !firstBad)
            firstBad = field;
    };
    note(m_ui->nameLineEdit, m_ui->nameErrorLabel, FormErrors::lengthProblem(rules::KIT_NAME, kit.name, true));
    note(m_ui->positionLineEdit, m_ui->positionErrorLabel,
         FormErrors::lengthProblem(rules::KIT_POSITION, kit.position, false));
    int firstBadCompetency = -1;
    for (int row = 0; row < kit.competencies.size(); ++row) {
        const Competency &c = kit.competencies.at(row);
        FieldProblems problems;
        QString key = FormErrors::lengthProblem(rules::COMPETENCY_KEY, c.key, true);
        if (key.isEmpty() && !rules::isValidCompetencyKey(c.key))
            key = tr("Only lowercase letters a–z, digits and _.");
        const auto sameKey = [&c](const Competency &other) { return other.key == c.key; };
        if (key.isEmpty() && std::count_if(kit.competencies.cbegin(), kit.competencies.cend(), sameKey) > 1)
            key = tr("Another competency of this kit has this key.");
        problems.insert(KEY, key);
        problems.insert(NAME, FormErrors::lengthProblem(rules::COMPETENCY_NAME, c.name, true));
        problems.insert(DESCRIPTION, FormErrors::lengthProblem(rules::COMPETENCY_DESCRIPTION, c.description, false));
        QStringList rubric;
        for (int level = 0; level < RUBRIC_LEVELS; ++level) {
            const QString problem = FormErrors::lengthProblem(rules::RUBRIC_TEXT, c.rubric[level], false);
            if (!problem.isEmpty())
                rubric << tr("Level %1: %2").arg(level + 1).arg(problem);
        }
        problems.insert(RUBRIC, rubric.join(QLatin1Char('\n')));
        problems.removeIf([](const auto &entry) { return entry.value().isEmpty(); });
        if (!problems.isEmpty()) {
            m_competencyErrors.insert(row, problems);
            if (firstBadCompetency < 0)
                firstBadCompetency = row;
        }
    }
    if (firstBad) {
        firstBad->setFocus();
        return false;
    }
    if (firstBadCompetency >= 0) {
        m_ui->kitTabWidget->setCurrentWidget(m_ui->competenciesTab);
        m_ui->competencyListWidget->setCurrentRow(firstBadCompetency);
        showCompetencyErrors();
        const FieldProblems &problems = m_competencyErrors.value(firstBadCompetency);
        QWidget *field = m_ui->rubric1TextEdit;
        if (problems.contains(KEY))
            field = m_ui->keyLineEdit;
        else if (problems.contains(NAME))
            field = m_ui->competencyNameLineEdit;
        else if (problems.contains(DESCRIPTION))
            field = m_ui->descriptionTextEdit;
        field->setFocus();
        return false;
    }
    return true;
}

KitPatch KitEditor::patchFrom(const Kit &form) const
{
    KitPatch patch;
    if (form.name != m_stored.name)
        patch.name = form.name;
    if (form.position != m_stored.position)
        patch.position = form.position;
    if (form.sessionType != m_stored.sessionType)
        patch.sessionType = form.sessionType;
    if (form.difficultyLevel != m_stored.difficultyLevel)
        patch.difficultyLevel = form.difficultyLevel;
    if (form.estimatedDuration != m_stored.estimatedDuration)
        patch.estimatedDuration = form.estimatedDuration;
    if (!sameCompetencies(form.competencies, m_stored.competencies))
        patch.competencies = form.competencies;
    if (form.bankQuestionIds != m_stored.bankQuestionIds)
        patch.bankQuestionIds = form.bankQuestionIds;
    return patch;
}

void KitEditor::save()
{
    if (m_saving || !checkForm())
        return;
    const Kit form = formKit();
    InterviewService &service = m_client.service();
    const auto done = [this](const Result<Kit> &saved) {
        if (!saved) {
            setSaving(false);
            m_afterSave = {};
            showServiceError(saved.error());
            return;
        }
        setSaving(false);
        showKit(*saved);
        Q_EMIT kitSaved(saved->kitId);
        if (std::function<void()> resume = std::exchange(m_afterSave, {}))
            resume();
    };
    if (form.kitId.isEmpty()) {
        setSaving(true);
        m_client.write<Kit>(
            this, [&service, form] { return service.createKit(form); }, done);
        return;
    }
    const KitPatch patch = patchFrom(form);
    if (patch.isEmpty()) {
        showKit(m_stored);
        if (std::function<void()> resume = std::exchange(m_afterSave, {}))
            resume();
        return;
    }
    setSaving(true);
    const QString id = form.kitId;
    m_client.write<Kit>(
        this, [&service, id, patch] { return service.updateKit(id, patch); }, done);
}

void KitEditor::revert()
{
    if (m_saving || !isDirty())
        return;
    showKit(m_stored);
}

void KitEditor::deleteCurrent()
{
    if (m_saving)
        return;
    if (m_stored.kitId.isEmpty()) {
        revert(); // a new kit: nothing stored to delete
        return;
    }
    if (!MessageBox::confirm(
            this, tr("Delete kit"),
            tr("Delete the kit “%1”? Sessions already started from it keep their plan.").arg(m_stored.name)))
        return;
    const QString id = m_stored.kitId;
    setSaving(true);
    InterviewService &service = m_client.service();
    m_client.write<Done>(
        this, [&service, id] { return service.deleteKit(id); },
        [this](const Status &removed) {
            setSaving(false);
            if (!removed && removed.error().code != ErrorCode::KitNotFound) {
                FormErrors::show(m_ui->errorLabel, tr("The kit could not be deleted: %1").arg(removed.error().details));
                return;
            }
            // The model has reloaded already (kitsChanged came first): show what is there now.
            m_model->reload();
            if (m_model->rowCount() > 0)
                showKit(*m_model->kitAt(0));
            else
                showKit(Kit {});
            m_ui->kitListView->setFocus();
        });
}

void KitEditor::showServiceError(const Error &error)
{
    if (error.code == ErrorCode::KitNotFound) {
        FormErrors::show(m_ui->errorLabel,
                         tr("This kit no longer exists (someone deleted it). Save again to "
                            "create it anew, or Revert."));
        m_stored.kitId.clear();
        return;
    }
    if (error.code == ErrorCode::BankQuestionNotFound) {
        FormErrors::show(m_ui->questionsErrorLabel,
                         tr("A planned question is no longer in the question bank: remove it and save again."));
        m_ui->kitTabWidget->setCurrentWidget(m_ui->questionsTab);
        return;
    }
    if (error.code != ErrorCode::ValidationError) {
        FormErrors::show(
            m_ui->errorLabel,
            tr("The kit could not be saved: %1").arg(error.details.isEmpty() ? error.message : error.details));
        return;
    }
    static const QRegularExpression competencyField(QStringLiteral("^competencies\\[(\\d+)\\]\\.?([a-z_]*)"));
    const QHash<QString, QString> problems = FormErrors::byField(error);
    QStringList rest;
    int firstCompetency = -1;
    for (auto it = problems.cbegin(); it != problems.cend(); ++it) {
        const QString &field = it.key();
        if (field == QString::fromUtf16(rules::KIT_NAME.field)) {
            FormErrors::show(m_ui->nameErrorLabel, it.value());
        } else if (field == QString::fromUtf16(rules::KIT_POSITION.field)) {
            FormErrors::show(m_ui->positionErrorLabel, it.value());
        } else if (field.startsWith(QStringLiteral("bank_question_ids"))) {
            FormErrors::show(m_ui->questionsErrorLabel, it.value());
        } else if (const QRegularExpressionMatch m = competencyField.match(field); m.hasMatch()) {
            const int row = m.captured(1).toInt();
            QString name = m.captured(2);
            if (name != KEY && name != NAME && name != DESCRIPTION)
                name = RUBRIC; // the rubric, the weight: under the rubric
            QString &text = m_competencyErrors[row][name];
            text = text.isEmpty() ? it.value() : text + QLatin1Char('\n') + it.value();
            firstCompetency = firstCompetency < 0 ? row : std::min(firstCompetency, row);
        } else {
            rest << (field.isEmpty() ? it.value() : field + QStringLiteral(": ") + it.value());
        }
    }
    if (!rest.isEmpty())
        FormErrors::show(m_ui->errorLabel, tr("The kit could not be saved: %1").arg(rest.join(QStringLiteral("; "))));
    if (firstCompetency >= 0 && firstCompetency < m_competencies.size()) {
        m_ui->kitTabWidget->setCurrentWidget(m_ui->competenciesTab);
        m_ui->competencyListWidget->setCurrentRow(firstCompetency);
        showCompetencyErrors();
    }
}

void KitEditor::clearErrors()
{
    m_competencyErrors.clear();
    for (QLabel *label : {m_ui->nameErrorLabel, m_ui->positionErrorLabel, m_ui->questionsErrorLabel, m_ui->errorLabel})
        FormErrors::show(label, {});
    showCompetencyErrors();
}

void KitEditor::showCompetencyErrors()
{
    const FieldProblems problems = m_competencyErrors.value(m_competencyRow);
    FormErrors::show(m_ui->keyErrorLabel, problems.value(KEY));
    FormErrors::show(m_ui->competencyNameErrorLabel, problems.value(NAME));
    FormErrors::show(m_ui->descriptionErrorLabel, problems.value(DESCRIPTION));
    FormErrors::show(m_ui->rubricErrorLabel, problems.value(RUBRIC));
}

void KitEditor::setSaving(bool saving)
{
    m_saving = saving;
    m_ui->kitFormPane->setEnabled(!saving);
    m_ui->kitListPane->setEnabled(!saving);
    m_ui->saveStatusLabel->setText(saving ? tr("Saving…") : QString());
    if (!saving)
        updateHeading();
}

void KitEditor::formEdited()
{
    if (m_loading)
        return;
    updateHeading();
    updateButtons();
}

void KitEditor::updateButtons()
{
    const bool dirty = isDirty();
    m_ui->saveKitButton->setEnabled(!m_saving && (dirty || m_stored.kitId.isEmpty()));
    m_ui->revertKitButton->setEnabled(!m_saving && dirty);
    m_ui->deleteKitButton->setEnabled(!m_saving && !m_stored.kitId.isEmpty());
    const int competency = m_ui->competencyListWidget->currentRow();
    m_ui->addCompetencyButton->setEnabled(m_competencies.size() < rules::MAX_COMPETENCIES);
    m_ui->removeCompetencyButton->setEnabled(competency >= 0);
    m_ui->moveCompetencyUpButton->setEnabled(competency > 0);
    m_ui->moveCompetencyDownButton->setEnabled(competency >= 0 && competency + 1 < m_competencies.size());
    const QListWidget *planned = m_ui->plannedQuestionListWidget;
    const int question = planned->currentRow();
    m_ui->addQuestionsButton->setEnabled(planned->count() < rules::MAX_KIT_QUESTIONS);
    m_ui->removeQuestionButton->setEnabled(question >= 0);
    m_ui->moveQuestionUpButton->setEnabled(question > 0);
    m_ui->moveQuestionDownButton->setEnabled(question >= 0 && question + 1 < planned->count());
}

void KitEditor::updateCounts()
{
    const int competencies = int(m_competencies.size());
    const int questions = m_ui->plannedQuestionListWidget->count();
    m_ui->kitTabWidget->setTabText(m_ui->kitTabWidget->indexOf(m_ui->competenciesTab),
                                   tr("&Competencies (%1)").arg(competencies));
    m_ui->kitTabWidget->setTabText(m_ui->kitTabWidget->indexOf(m_ui->questionsTab),
                                   tr("&Questions (%1)").arg(questions));
    m_ui->competencyCountLabel->setText(
        tr("%1 of at most %Ln competency(ies)", nullptr, rules::MAX_COMPETENCIES).arg(competencies));
    m_ui->questionCountLabel->setText(
        tr("%1 of at most %Ln question(s)", nullptr, rules::MAX_KIT_QUESTIONS).arg(questions));
}

void KitEditor::updateHeading()
{
    const QString name = m_ui->nameLineEdit->text().trimmed();
    QString heading = m_stored.kitId.isEmpty() ? (name.isEmpty() ? tr("New kit") : tr("New kit: %1").arg(name))
                                               : tr("Kit: %1").arg(name.isEmpty() ? m_stored.name : name);
    if (isDirty())
        heading += QStringLiteral(" · ") + tr("unsaved changes");
    m_ui->headingLabel->setText(heading);
}

void KitEditor::keyPressEvent(QKeyEvent *event)
{
    // What a line field, spin box or combo box leaves: Enter saves, Esc reverts (asked first) or,
    // with nothing to revert, closes a kit window.
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && event->modifiers() == Qt::NoModifier) {
        save();
        return;
    }
    if (event->key() == Qt::Key_Escape && event->modifiers() == Qt::NoModifier) {
        if (isDirty()) {
            if (MessageBox::confirm(this, tr("Revert kit"), tr("Discard the unsaved changes to this kit?")))
                revert();
        } else if (isWindow()) {
            close();
        }
        return;
    }
    QWidget::keyPressEvent(event);
}

void KitEditor::closeEvent(QCloseEvent *event)
{
    if (!maybeKeepEdits([this] { close(); })) {
        event->ignore();
        return;
    }
    QWidget::closeEvent(event);
}

void KitEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        const bool loading = std::exchange(m_loading, true);
        for (QComboBox *box : {m_ui->sessionTypeComboBox, m_ui->difficultyComboBox}) {
            const int value = box->currentData().toInt();
            const QSignalBlocker blocker(box);
            if (box == m_ui->sessionTypeComboBox)
                EnumText::fill<SessionType>(box);
            else
                EnumText::fill<DifficultyLevel>(box);
            EnumText::select(box, value);
        }
        m_loading = loading;
        for (int row = 0; row < m_competencies.size(); ++row)
            refreshCompetencyItem(row);
        retranslate();
    }
    QWidget::changeEvent(event);
}

} // namespace ir::ui
