// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "questionpanel.h"
#include "ui_questionpanel.h"

#include "enumtext.h"
#include "messagebox.h"
#include "questioneditor.h"
#include "questionlistmodel.h"
#include "serviceclient.h"

#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QMainWindow>
#include <QShortcut>
#include <QStatusBar>

#include <algorithm>

namespace ir::ui {
namespace {

// How long "Saved to the question bank" stays in the status bar.
constexpr int BANK_STATUS_MS = 8000;
// A write that lands sooner than this never shows "Saving…" (no flicker on every Ctrl+Return).
constexpr int STATUS_DELAY_MS = 150;

bool changesAnything(const QuestionPatch &patch)
{
    return patch.questionText || patch.questionType || patch.questionCategory || patch.candidateAnswer
        || patch.interviewerFeedback || patch.overallScore;
}

} // namespace

QuestionPanel::QuestionPanel(ServiceClient &client, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::QuestionPanel>())
    , m_client(client)
{
    m_ui->setupUi(this);
    m_model = new QuestionListModel(m_client.service(), this);
    m_editor = new QuestionEditor(m_ui->editorContainer);
    m_editor->setObjectName(QStringLiteral("questionEditor"));
    m_ui->editorLayout->insertWidget(0, m_editor);
    // The status line under the Save button keeps its room, so the form does not jump.
    QSizePolicy statusPolicy = m_ui->saveStatusLabel->sizePolicy();
    statusPolicy.setRetainSizeWhenHidden(true);
    m_ui->saveStatusLabel->setSizePolicy(statusPolicy);
    m_ui->saveStatusLabel->setText(tr("Saving…"));
    m_ui->saveStatusLabel->hide();
    m_statusDelay.setSingleShot(true);
    m_statusDelay.setInterval(STATUS_DELAY_MS);
    connect(&m_statusDelay, &QTimer::timeout, m_ui->saveStatusLabel, &QWidget::show);

    QTableView *table = m_ui->questionTableView;
    // While rows go, the view and its selection model move the current row by themselves: the
    // editor must not follow that half-way state (onRowsRemoved puts both right). Connected
    // before setModel, so that this runs before they move it.
    connect(m_model, &QAbstractItemModel::rowsAboutToBeRemoved, this, [this] { m_restoringSelection = true; });
    table->setModel(m_model);
    QHeaderView *header = table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(QuestionListModel::Question, QHeaderView::Stretch);
    // Widths from the font and the translated names, so nothing is cut in either language.
    const QFontMetrics metrics = table->fontMetrics();
    const auto widest = [&metrics](const QStringList &texts) {
        int width = 0;
        for (const QString &text : texts)
            width = std::max(width, metrics.horizontalAdvance(text));
        return width + metrics.averageCharWidth() * 3;
    };
    QStringList typeNames;
    for (QuestionType type : allValues<QuestionType>())
        typeNames << EnumText::name(type);
    QFont bold = table->font();
    bold.setBold(true);
    const int sourceWidth
        = QFontMetrics(bold).horizontalAdvance(EnumText::source(Source::Api, false)) + metrics.averageCharWidth() * 3;
    header->resizeSection(QuestionListModel::Number, widest({tr("No."), QStringLiteral("00")}));
    header->resizeSection(QuestionListModel::Type, widest(typeNames << tr("Type")));
    header->resizeSection(QuestionListModel::Category, metrics.averageCharWidth() * 18);
    header->resizeSection(QuestionListModel::Score, widest({tr("Score"), QStringLiteral("10.0")}));
    header->resizeSection(QuestionListModel::SourceColumn, std::max(sourceWidth, widest({tr("Source")})));
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(metrics.height() + metrics.height() / 2);
    m_ui->questionSplitter->setStretchFactor(0, 1);
    m_ui->questionSplitter->setStretchFactor(1, 3);

    connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &QuestionPanel::onCurrentRowChanged);
    connect(m_model, &QuestionListModel::recordChanged, this, &QuestionPanel::onRecordChanged);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &QuestionPanel::onRowsRemoved);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &QuestionPanel::updateCountLabel);
    connect(m_model, &QAbstractItemModel::modelReset, this, &QuestionPanel::updateCountLabel);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &QuestionPanel::updateCountLabel);
    connect(m_ui->newQuestionButton, &QPushButton::clicked, this, &QuestionPanel::newQuestion);
    connect(m_ui->acceptAllButton, &QPushButton::clicked, this, [this] { acceptAll(); });
    connect(m_editor, &QuestionEditor::saveRequested, this, &QuestionPanel::save);
    connect(m_editor, &QuestionEditor::deleteRequested, this, &QuestionPanel::deleteCurrent);
    connect(m_editor, &QuestionEditor::acceptRequested, this, &QuestionPanel::acceptCurrent);
    // The session's next planned question follows what has been recorded.
    const auto refreshPlan = [this] {
        const Result<NextQuestion> next = m_session.sessionId.isEmpty()
            ? Result<NextQuestion>(NextQuestion {})
            : m_client.service().nextQuestion(m_session.sessionId);
        m_editor->setNextQuestion(next ? *next : NextQuestion {});
    };
    connect(m_model, &QAbstractItemModel::modelReset, this, refreshPlan);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, refreshPlan);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, refreshPlan);
    connect(m_model, &QAbstractItemModel::dataChanged, this, refreshPlan);
    connect(m_editor, &QuestionEditor::usePlannedRequested, this, &QuestionPanel::usePlannedQuestion);

    auto *newShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), this);
    newShortcut->setContext(Qt::WindowShortcut);
    connect(newShortcut, &QShortcut::activated, this, &QuestionPanel::newQuestion);
    m_ui->newQuestionButton->setToolTip(
        tr("Add a question (%1)").arg(newShortcut->key().toString(QKeySequence::NativeText)));
    auto *deleteShortcut = new QShortcut(QKeySequence::Delete, table);
    deleteShortcut->setContext(Qt::WidgetShortcut);
    connect(deleteShortcut, &QShortcut::activated, this, &QuestionPanel::deleteCurrent);
    m_saveToBankAction = new QAction(this);
    m_saveToBankAction->setObjectName(QStringLiteral("saveToBankAction"));
    m_saveToBankAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    m_saveToBankAction->setShortcutContext(Qt::WindowShortcut);
    addAction(m_saveToBankAction);
    table->addAction(m_saveToBankAction);
    table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_ui->saveToBankButton->setDefaultAction(m_saveToBankAction);
    m_ui->saveToBankButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    retranslateSaveToBank();
    connect(m_saveToBankAction, &QAction::triggered, this, &QuestionPanel::saveCurrentToBank);
    connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &QuestionPanel::updateSaveToBank);
    connect(m_model, &QAbstractItemModel::modelReset, this, &QuestionPanel::updateSaveToBank);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &QuestionPanel::updateSaveToBank);
    setSession(Session {});
}

QuestionPanel::~QuestionPanel() = default;

void QuestionPanel::setSession(const Session &session)
{
    const bool sameSession = session.sessionId == m_session.sessionId && !session.sessionId.isEmpty();
    m_session = session;
    updateEditable();
    if (sameSession)
        return;
    m_model->setSessionId(session.sessionId);
    m_editor->clear();
    refreshCategories();
    updateCountLabel();
}

bool QuestionPanel::maybeKeepEdits(std::function<void()> resume)
{
    if (m_busy) {
        // The editor's question is being written: go on once it has landed.
        if (resume)
            m_afterBusy = std::move(resume);
        return false;
    }
    if (!m_editor->isDirty())
        return true;
    const auto answer
        = MessageBox::question(this, tr("Unsaved question"), tr("The question has unsaved changes. Save them?"),
                               QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return startSave(std::move(resume)) == Started::Done;
    if (answer == QMessageBox::Discard) {
        // Back to what is stored, so that the list and the editor still agree.
        const QuestionRecord *stored = m_model->recordAt(m_model->rowOf(m_editor->questionId()));
        if (stored && !m_editor->isNew())
            m_editor->showRecord(*stored);
        else
            clearEditor();
        return true;
    }
    return false;
}

void QuestionPanel::newQuestion()
{
    if (m_session.sessionId.isEmpty() || !isActive(m_session.status) || !maybeKeepEdits([this] { newQuestion(); }))
        return;
    m_restoringSelection = true;
    m_ui->questionTableView->selectionModel()->clear();
    m_restoringSelection = false;
    m_editor->startNew();
}

void QuestionPanel::usePlannedQuestion()
{
    if (m_session.sessionId.isEmpty() || !isActive(m_session.status))
        return;
    // A stored question stays as it is: the planned one becomes a new question, once unsaved
    // edits or a write in flight (the question just saved) are dealt with.
    if (m_busy || !m_editor->isNew()) {
        if (!maybeKeepEdits([this] { usePlannedQuestion(); }))
            return;
        if (!m_editor->isNew())
            newQuestion();
    }
    m_editor->fillFromPlanned();
}

void QuestionPanel::focusQuestionField()
{
    if (!m_editor->hasForm())
        newQuestion();
    m_editor->focusQuestionText();
}

void QuestionPanel::acceptAll(std::function<void()> then)
{
    if (m_session.sessionId.isEmpty() || m_acceptAllPending)
        return;
    m_acceptAllPending = true;
    updateCountLabel();
    m_client.acceptAllQuestions(
        this, m_session.sessionId, Source::Ui, [this, then = std::move(then)](const Result<int> &accepted) {
            m_acceptAllPending = false;
            updateCountLabel();
            if (!accepted) {
                MessageBox::warning(this, tr("Questions not accepted"), errorText(accepted.error()));
                return;
            }
            if (then)
                then();
        });
}

int QuestionPanel::unreviewedCount() const
{
    const QList<QuestionRecord> &records = m_model->records();
    return int(std::count_if(records.cbegin(), records.cend(), [](const QuestionRecord &q) { return !q.reviewed; }));
}

int QuestionPanel::unscoredCount() const
{
    const QList<QuestionRecord> &records = m_model->records();
    return int(
        std::count_if(records.cbegin(), records.cend(), [](const QuestionRecord &q) { return !q.overallScore; }));
}

void QuestionPanel::save()
{
    startSave({});
}

QuestionPanel::Started QuestionPanel::startSave(std::function<void()> saved)
{
    if (m_busy || !m_editor->hasForm() || m_session.sessionId.isEmpty())
        return Started::No;
    const std::optional<QuestionDraft> draft = m_editor->validatedDraft();
    if (!draft)
        return Started::No;
    if (m_editor->isNew()) {
        const QString sessionId = m_session.sessionId;
        setBusy(tr("Saving…"), std::move(saved));
        m_client.addQuestion(this, sessionId, *draft, Source::Ui,
                             [this, sessionId](const Result<AddedQuestion> &added) { onAdded(sessionId, added); });
        return Started::Pending;
    }
    const QString id = m_editor->questionId();
    const QuestionPatch patch = m_editor->patchFrom(*draft);
    if (!changesAnything(patch)) {
        // Edited back to what is stored: nothing to write, show the stored record (a read).
        const Result<QuestionRecord> stored = m_client.service().question(id);
        if (!stored) {
            m_editor->showError(errorText(stored.error()));
            return Started::No;
        }
        m_editor->showRecord(*stored);
        refreshCategories();
        selectQuestion(id);
        return Started::Done;
    }
    setBusy(tr("Saving…"), std::move(saved));
    m_client.updateQuestion(this, id, patch, Source::Ui,
                            [this, id](const Result<QuestionRecord> &updated) { onUpdated(id, updated); });
    return Started::Pending;
}

void QuestionPanel::onAdded(const QString &sessionId, const Result<AddedQuestion> &added)
{
    // The form may have been taken away meanwhile (the session removed by the API).
    const bool shown = m_session.sessionId == sessionId && m_editor->isNew();
    if (!added) {
        if (shown)
            m_editor->showError(errorText(added.error()));
        endBusy(false);
        return;
    }
    if (shown) {
        m_editor->showRecord(added->record);
        refreshCategories();
        // The model has the row already: the service's questionAdded was queued before this reply.
        selectQuestion(added->record.questionId);
    }
    endBusy(true);
}

void QuestionPanel::onUpdated(const QString &questionId, const Result<QuestionRecord> &updated)
{
    const bool shown = m_editor->questionId() == questionId;
    if (!updated) {
        if (shown)
            m_editor->showError(errorText(updated.error()));
        endBusy(false);
        return;
    }
    if (shown) {
        m_editor->showRecord(*updated);
        refreshCategories();
        selectQuestion(questionId);
    }
    endBusy(true);
}

void QuestionPanel::deleteCurrent()
{
    const QString id = m_editor->questionId();
    if (m_busy || id.isEmpty() || !isActive(m_session.status))
        return;
    if (!MessageBox::confirm(this, tr("Delete question"),
                             tr("Delete this question and its answer? This cannot be undone.")))
        return;
    setBusy(tr("Deleting…"), {});
    m_client.deleteQuestion(this, id, [this, id](const Status &removed) {
        const bool shown = m_editor->questionId() == id;
        if (!removed) {
            if (shown)
                m_editor->showError(errorText(removed.error()));
            endBusy(false);
            return;
        }
        // Normally the model has dropped the row already (its signal came first) and the editor
        // has moved on with the list.
        if (shown)
            leaveRemovedQuestion(m_model->rowOf(id));
        endBusy(true);
    });
}

void QuestionPanel::acceptCurrent()
{
    const QString id = m_editor->questionId();
    if (m_busy || id.isEmpty())
        return;
    QuestionPatch patch;
    patch.reviewed = true;
    setBusy(tr("Saving…"), {});
    m_client.updateQuestion(this, id, patch, Source::Ui, [this, id](const Result<QuestionRecord> &updated) {
        const bool shown = m_editor->questionId() == id;
        if (!updated) {
            if (shown)
                m_editor->showError(errorText(updated.error()));
            endBusy(false);
            return;
        }
        // Accepting keeps edits in progress; they are saved (or not) on their own.
        if (shown && !m_editor->isDirty())
            m_editor->showRecord(*updated);
        endBusy(true);
    });
}

void QuestionPanel::setBusy(const QString &status, std::function<void()> then)
{
    m_busy = true;
    m_afterBusy = std::move(then);
    QWidget *focus = QApplication::focusWidget();
    m_focusBeforeBusy = focus && m_editor->isAncestorOf(focus) ? focus : nullptr;
    m_ui->saveStatusLabel->setText(status);
    m_statusDelay.start();
    updateEditable();
    m_focusWhileBusy = QApplication::focusWidget();
}

void QuestionPanel::endBusy(bool succeeded)
{
    m_busy = false;
    m_statusDelay.stop();
    m_ui->saveStatusLabel->hide();
    updateEditable();
    // Locking the form may have moved the focus off a field (a disabled slider loses it): put it
    // back, unless the person has gone elsewhere meanwhile.
    if (m_focusBeforeBusy && m_focusBeforeBusy->isEnabled() && QApplication::focusWidget() == m_focusWhileBusy
        && m_focusWhileBusy != m_focusBeforeBusy)
        m_focusBeforeBusy->setFocus();
    m_focusBeforeBusy = nullptr;
    m_focusWhileBusy = nullptr;
    std::function<void()> resume = std::exchange(m_afterBusy, {});
    if (succeeded && resume)
        resume();
}

void QuestionPanel::updateEditable()
{
    const bool editable = !m_session.sessionId.isEmpty() && isActive(m_session.status);
    m_ui->newQuestionButton->setEnabled(editable);
    // Locked while a write is in flight: no second submit, and nothing typed is lost to its reply.
    m_editor->setEditable(editable);
    m_editor->setLocked(m_busy);
    // Reviewing is a verdict on the record, possible after the end too.
    m_editor->setReviewable(!m_session.sessionId.isEmpty());
}

void QuestionPanel::onCurrentRowChanged(const QModelIndex &current, const QModelIndex &previous)
{
    if (m_restoringSelection)
        return;
    const QuestionRecord *record = m_model->recordAt(current.row());
    if (record && record->questionId == m_editor->questionId() && m_editor->hasForm())
        return;
    const QString target = record ? record->questionId : QString();
    if (!maybeKeepEdits([this, target] { showQuestion(target); })) {
        // Stay on the question being edited.
        m_restoringSelection = true;
        m_ui->questionTableView->selectionModel()->setCurrentIndex(
            previous, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_restoringSelection = false;
        return;
    }
    if (record)
        m_editor->showRecord(*record);
    else
        m_editor->clear();
}

void QuestionPanel::showQuestion(const QString &questionId)
{
    const int row = m_model->rowOf(questionId);
    if (row < 0)
        return;
    QItemSelectionModel *selection = m_ui->questionTableView->selectionModel();
    const QModelIndex current = selection->currentIndex();
    if (current.isValid() && current.row() == row)
        onCurrentRowChanged(current, current); // no change signal: ask and show it here
    else
        selection->setCurrentIndex(m_model->index(row, 0),
                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void QuestionPanel::onRecordChanged(const QString &questionId)
{
    // Another writer (the API) changed the question on screen: show it unless the person is editing.
    if (questionId != m_editor->questionId() || m_editor->isDirty())
        return;
    if (const QuestionRecord *record = m_model->recordAt(m_model->rowOf(questionId)))
        m_editor->showRecord(*record);
}

void QuestionPanel::onRowsRemoved(const QModelIndex &parent, int first, int last)
{
    Q_UNUSED(parent)
    Q_UNUSED(last)
    m_restoringSelection = false;
    const QString id = m_editor->questionId();
    if (!id.isEmpty() && m_model->rowOf(id) < 0)
        leaveRemovedQuestion(first);
    else if (!id.isEmpty())
        selectQuestion(id); // the current row may have moved with the removal
    updateCountLabel();
}

void QuestionPanel::leaveRemovedQuestion(int row)
{
    row = std::min(std::max(row, 0), m_model->rowCount() - 1);
    const QuestionRecord *next = m_model->recordAt(row);
    if (!next) {
        clearEditor();
        return;
    }
    m_editor->showRecord(*next);
    selectQuestion(next->questionId);
}

void QuestionPanel::clearEditor()
{
    m_restoringSelection = true;
    QItemSelectionModel *selection = m_ui->questionTableView->selectionModel();
    selection->clearSelection();
    selection->clearCurrentIndex();
    m_restoringSelection = false;
    m_editor->clear();
}

void QuestionPanel::selectQuestion(const QString &questionId)
{
    const int row = m_model->rowOf(questionId);
    if (row < 0)
        return;
    m_restoringSelection = true;
    const QModelIndex index = m_model->index(row, 0);
    m_ui->questionTableView->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_ui->questionTableView->scrollTo(index);
    m_restoringSelection = false;
}

void QuestionPanel::refreshCategories()
{
    if (const Result<QStringList> categories = m_client.service().categories())
        m_editor->setCategories(*categories);
}

void QuestionPanel::updateCountLabel()
{
    int unreviewed = 0;
    for (const QuestionRecord &q : m_model->records())
        unreviewed += q.reviewed ? 0 : 1;
    QString text = tr("%1 of %Ln question(s)", nullptr, m_client.service().limits().questionsPerSession)
                       .arg(m_model->rowCount());
    if (unreviewed > 0)
        text += QStringLiteral(" · ") + tr("%1 unreviewed").arg(unreviewed);
    m_ui->questionCountLabel->setText(m_session.sessionId.isEmpty() ? QString() : text);
    m_ui->acceptAllButton->setVisible(unreviewed > 0);
    m_ui->acceptAllButton->setEnabled(!m_acceptAllPending);
}

QString QuestionPanel::errorText(const Error &error) const
{
    switch (error.code) {
    case ErrorCode::DuplicateQuestion:
        return tr("This session already has a question with the same text.");
    case ErrorCode::SessionAlreadyFinished:
        return tr("The session is finished; its questions can no longer change.");
    case ErrorCode::QuestionLimitExceeded:
        return tr("The session has reached its limit of %Ln question(s).", nullptr,
                  m_client.service().limits().questionsPerSession);
    case ErrorCode::QuestionNotFound:
        return tr("The question no longer exists.");
    case ErrorCode::DatabaseError:
        return tr("The database could not save the question. Try again.");
    default:
        return tr("The question cannot be saved: %1").arg(error.details);
    }
}

void QuestionPanel::saveCurrentToBank()
{
    const QuestionRecord *record = m_model->recordAt(m_ui->questionTableView->currentIndex().row());
    if (!record)
        return;
    struct Saved
    {
        BankQuestion question;
        bool existed = false;
    };
    const QString id = record->questionId;
    const QString text = record->questionText.trimmed();
    InterviewService &service = m_client.service();
    const auto say = [this](const QString &message) {
        if (auto *main = qobject_cast<QMainWindow *>(window()))
            main->statusBar()->showMessage(message, BANK_STATUS_MS);
    };
    m_saveToBankAction->setEnabled(false);
    m_client.write<Saved>(
        this,
        [&service, id, text]() -> Result<Saved> {
            // Whether the bank held the text before (then the service returns that question).
            BankFilter same;
            same.text = text;
            same.pageSize = 100;
            const Result<Page<BankQuestion>> found = service.bankQuestions(same);
            const bool existed = found
                && std::any_of(found->items.cbegin(), found->items.cend(),
                               [&text](const BankQuestion &q) { return q.questionText.trimmed() == text; });
            const Result<BankQuestion> saved = service.saveQuestionToBank(id);
            if (!saved)
                return saved.error();
            return Saved {*saved, existed};
        },
        [this, say](const Result<Saved> &saved) {
            updateSaveToBank();
            if (!saved) {
                say(tr("The question could not be saved to the question bank: %1").arg(saved.error().details));
                return;
            }
            const QString shown = QFontMetrics(font()).elidedText(saved->question.questionText.simplified(),
                                                                  Qt::ElideRight, width() / 2);
            say(saved->existed ? tr("The question bank already has “%1”.").arg(shown)
                               : tr("Saved to the question bank: “%1”.").arg(shown));
        });
}

void QuestionPanel::updateSaveToBank()
{
    m_saveToBankAction->setEnabled(m_model->recordAt(m_ui->questionTableView->currentIndex().row()) != nullptr);
}

void QuestionPanel::retranslateSaveToBank()
{
    m_saveToBankAction->setText(tr("Save to Question &Bank"));
    m_saveToBankAction->setToolTip(tr("Keep the selected question in the question bank for later interviews (%1)")
                                       .arg(m_saveToBankAction->shortcut().toString(QKeySequence::NativeText)));
}

QByteArray QuestionPanel::saveSplitterState() const
{
    return m_ui->questionSplitter->saveState();
}

void QuestionPanel::restoreSplitterState(const QByteArray &state)
{
    m_splitterSized = m_ui->questionSplitter->restoreState(state);
}

void QuestionPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_splitterSized)
        return;
    // First run: the list shows about eight questions (at most two fifths), the editor the rest.
    m_splitterSized = true;
    const QTableView *table = m_ui->questionTableView;
    const int total = m_ui->questionSplitter->height();
    const int list = std::min(table->horizontalHeader()->sizeHint().height()
                                  + table->verticalHeader()->defaultSectionSize() * 8 + 2 * table->frameWidth(),
                              total * 2 / 5);
    m_ui->questionSplitter->setSizes({list, total - list});
}

void QuestionPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        m_model->retranslate();
        updateCountLabel();
        retranslateSaveToBank();
    }
    QWidget::changeEvent(event);
}

} // namespace ir::ui
