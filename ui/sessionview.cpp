// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessionview.h"
#include "ui_sessionview.h"

#include "clock.h"
#include "enumtext.h"
#include "messagebox.h"
#include "questionpanel.h"
#include "readonlylook.h"
#include "rules.h"
#include "scorecardpanel.h"
#include "serviceclient.h"
#include "summarypanel.h"
#include "timetext.h"

#include <QJsonDocument>
#include <QSignalBlocker>

namespace ir::ui {
namespace {

constexpr int NOTES_SAVE_DELAY_MS = 800;

} // namespace

SessionView::SessionView(ServiceClient &client, const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::SessionView>())
    , m_client(client)
    , m_clock(clock)
{
    m_ui->setupUi(this);
    m_questionPanel = new QuestionPanel(m_client, m_ui->questionsTab);
    m_questionPanel->setObjectName(QStringLiteral("questionPanel"));
    m_ui->questionsLayout->addWidget(m_questionPanel);
    m_summaryPanel = new SummaryPanel(m_client.service(), m_clock, m_ui->summaryTab);
    m_summaryPanel->setObjectName(QStringLiteral("summaryPanel"));
    m_ui->summaryLayout->addWidget(m_summaryPanel);
    m_scorecardPanel = new ScorecardPanel(m_client, m_ui->scorecardTab);
    m_scorecardPanel->setObjectName(QStringLiteral("scorecardPanel"));
    m_ui->scorecardLayout->addWidget(m_scorecardPanel);
    setTabOrder(m_ui->cancelButton, m_ui->tabWidget);

    EnumText::fill<SessionType>(m_ui->sessionTypeComboBox);
    EnumText::fill<DifficultyLevel>(m_ui->difficultyComboBox);
    m_ui->durationSpinBox->setRange(rules::MIN_DURATION, rules::MAX_DURATION);
    m_ui->sessionNameLineEdit->setMaxLength(int(rules::SESSION_NAME.max));
    QFont titleFont = m_ui->titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_ui->titleLabel->setFont(titleFont);
    QFont errorFont = m_ui->metadataErrorLabel->font();
    errorFont.setBold(true);
    m_ui->metadataErrorLabel->setFont(errorFont);

    connect(m_ui->sessionNameLineEdit, &QLineEdit::editingFinished, this, [this] {
        const QString name = m_ui->sessionNameLineEdit->text().trimmed();
        if (!m_filling && name != m_session.sessionName) {
            SessionPatch p;
            p.sessionName = name;
            patch(p);
        }
    });
    connect(m_ui->sessionTypeComboBox, &QComboBox::activated, this, [this] {
        SessionPatch p;
        p.sessionType = SessionType(m_ui->sessionTypeComboBox->currentData().toInt());
        if (*p.sessionType != m_session.sessionType)
            patch(p);
    });
    connect(m_ui->difficultyComboBox, &QComboBox::activated, this, [this] {
        SessionPatch p;
        p.difficultyLevel = DifficultyLevel(m_ui->difficultyComboBox->currentData().toInt());
        if (*p.difficultyLevel != m_session.difficultyLevel)
            patch(p);
    });
    connect(m_ui->durationSpinBox, &QSpinBox::valueChanged, this, [this](int minutes) {
        if (m_filling || minutes == m_session.estimatedDuration)
            return;
        SessionPatch p;
        p.estimatedDuration = minutes;
        patch(p);
    });
    m_notesTimer.setSingleShot(true);
    m_notesTimer.setInterval(NOTES_SAVE_DELAY_MS);
    connect(&m_notesTimer, &QTimer::timeout, this, &SessionView::saveNotes);
    connect(m_ui->notesTextEdit, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_filling)
            m_notesTimer.start();
    });
    connect(m_ui->metadataTextEdit, &QPlainTextEdit::textChanged, this, [this] {
        if (m_filling)
            return;
        m_metadataEdited = true;
        m_ui->metadataErrorLabel->clear(); // it was about the text before this edit
    });
    connect(m_ui->applyMetadataButton, &QPushButton::clicked, this, &SessionView::applyMetadata);
    connect(m_ui->startButton, &QPushButton::clicked, this, &SessionView::start);
    connect(m_ui->completeButton, &QPushButton::clicked, this, &SessionView::complete);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &SessionView::cancel);

    m_elapsedTimer.setInterval(1000);
    connect(&m_elapsedTimer, &QTimer::timeout, this, &SessionView::updateElapsed);
    InterviewService &service = m_client.service();
    connect(&service, &InterviewService::sessionChanged, this, [this](const QString &id) {
        if (id == m_session.sessionId)
            reload();
    });
    connect(&service, &InterviewService::sessionRemoved, this, [this](const QString &id) {
        if (id == m_session.sessionId)
            showSession({});
    });
    retranslate();
    showSession({});
}

SessionView::~SessionView() = default;

void SessionView::showSession(const QString &sessionId)
{
    if (m_notesTimer.isActive())
        saveNotes();
    ++m_generation;
    m_pendingPatches = 0;
    m_statusPending = false;
    m_session = Session {};
    if (!sessionId.isEmpty()) {
        if (const Result<Session> loaded = m_client.service().session(sessionId))
            m_session = *loaded;
    }
    m_ui->stackedWidget->setCurrentWidget(m_session.sessionId.isEmpty() ? m_ui->placeholderPage : m_ui->sessionPage);
    m_questionPanel->setSession(m_session);
    m_summaryPanel->setSessionId(m_session.sessionId);
    m_scorecardPanel->setSessionId(m_session.sessionId);
    m_ui->metadataErrorLabel->clear();
    m_metadataEdited = false;
    fillForm();
}

bool SessionView::maybeKeepEdits(std::function<void()> resume)
{
    if (metadataUnapplied()) {
        const auto answer = MessageBox::question(
            this, tr("Unapplied metadata"), tr("The metadata was edited but not applied. Apply it now?"),
            QMessageBox::Apply | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Apply);
        if (answer == QMessageBox::Cancel)
            return false;
        if (answer == QMessageBox::Apply && !applyMetadata()) {
            // Refused: stay with the text and the reason next to it.
            m_ui->tabWidget->setCurrentWidget(m_ui->notesTab);
            m_ui->metadataTextEdit->setFocus();
            return false;
        }
        if (answer == QMessageBox::Discard)
            m_metadataEdited = false;
    }
    // Both are queued on the writer, ahead of anything asked later: leaving now loses nothing.
    if (m_notesTimer.isActive())
        saveNotes();
    m_scorecardPanel->flush();
    if (m_ui->sessionNameLineEdit->isModified())
        Q_EMIT m_ui->sessionNameLineEdit->editingFinished();
    return m_questionPanel->maybeKeepEdits(std::move(resume));
}

void SessionView::reload()
{
    const Result<Session> loaded = m_client.service().session(m_session.sessionId);
    if (!loaded)
        return;
    apply(*loaded);
}

void SessionView::apply(const Session &session)
{
    m_session = session;
    m_questionPanel->setSession(m_session);
    if (m_pendingPatches == 0)
        fillForm();
    else
        updateLifecycle();
}

void SessionView::fillForm()
{
    m_filling = true;
    const Session &s = m_session;
    m_ui->titleLabel->setText(s.sessionName.isEmpty() ? tr("Untitled session") : s.sessionName);
    m_ui->sessionIdValueLabel->setText(s.sessionId);
    m_ui->sessionIdValueLabel->setToolTip(s.sessionId); // shown whole when the pane is too narrow for it
    m_ui->userIdValueLabel->setText(s.userId);
    m_ui->createdValueLabel->setText(momentText(s.createdAt) + QStringLiteral(" · ")
                                     + (s.source == Source::Api ? tr("via the API") : tr("in this window")));
    // Leave a field alone while the person is typing in it.
    if (!(m_ui->sessionNameLineEdit->hasFocus() && m_ui->sessionNameLineEdit->isModified()))
        m_ui->sessionNameLineEdit->setText(s.sessionName);
    EnumText::select(m_ui->sessionTypeComboBox, int(s.sessionType));
    EnumText::select(m_ui->difficultyComboBox, int(s.difficultyLevel));
    m_ui->interviewerValueLabel->setText(s.interviewer.isEmpty() ? QStringLiteral("–") : s.interviewer);
    m_ui->interviewerValueLabel->setToolTip(s.interviewer);
    m_ui->durationSpinBox->setValue(s.estimatedDuration);
    m_ui->statusValueLabel->setText(EnumText::name(s.status));
    m_ui->timesValueLabel->setText(momentText(s.startTime) + QStringLiteral(" / ") + momentText(s.endTime));
    if (!m_notesTimer.isActive() && m_ui->notesTextEdit->toPlainText() != s.notes)
        m_ui->notesTextEdit->setPlainText(s.notes);
    // Typed JSON stays until it is applied, wherever the focus has gone (to Apply, say).
    if (!m_metadataEdited)
        m_ui->metadataTextEdit->setPlainText(
            s.metadata.isEmpty() ? QString()
                                 : QString::fromUtf8(QJsonDocument(s.metadata).toJson(QJsonDocument::Indented)));
    // A finished session's record reads as values (the verdict, on the scorecard, stays editable).
    const bool finished = !s.sessionId.isEmpty() && isFinished(s.status);
    for (QWidget *field :
         std::initializer_list<QWidget *> {m_ui->sessionNameLineEdit, m_ui->sessionTypeComboBox,
                                           m_ui->difficultyComboBox, m_ui->durationSpinBox, m_ui->metadataTextEdit})
        setReadOnlyLook(field, finished);
    m_ui->applyMetadataButton->setVisible(!finished);
    m_ui->metadataTextEdit->setPlaceholderText(finished ? tr("No metadata") : QString());
    m_filling = false;
    updateLifecycle();
}

void SessionView::updateLifecycle()
{
    const auto allowed = [this](SessionStatus target) {
        return !m_session.sessionId.isEmpty() && !rules::checkTransition(m_session.status, target);
    };
    m_ui->startButton->setEnabled(!m_statusPending && allowed(SessionStatus::InProgress));
    m_ui->completeButton->setEnabled(!m_statusPending && allowed(SessionStatus::Completed));
    m_ui->cancelButton->setEnabled(!m_statusPending && allowed(SessionStatus::Cancelled));
    if (m_session.status == SessionStatus::InProgress)
        m_elapsedTimer.start();
    else
        m_elapsedTimer.stop();
    updateElapsed();
}

void SessionView::updateElapsed()
{
    const Session &s = m_session;
    const qint64 plannedSeconds = qint64(s.estimatedDuration) * 60;
    m_ui->elapsedProgressBar->setRange(0, int(plannedSeconds));
    if (!s.startTime) {
        m_ui->elapsedLabel->setText(tr("Planned: %1 min").arg(s.estimatedDuration));
        m_ui->elapsedProgressBar->setValue(0);
        return;
    }
    const qint64 end = s.endTime.value_or(m_clock.nowMs());
    const qint64 seconds = std::max<qint64>(0, (end - *s.startTime) / 1000);
    m_ui->elapsedProgressBar->setValue(int(std::min(seconds, plannedSeconds)));
    QString text = s.endTime ? tr("Took %1 of %2 min planned").arg(durationText(seconds)).arg(s.estimatedDuration)
                             : tr("Elapsed %1 of %2 min").arg(durationText(seconds)).arg(s.estimatedDuration);
    if (seconds > plannedSeconds)
        text += QStringLiteral(" · ") + tr("%1 min over").arg((seconds - plannedSeconds) / 60);
    m_ui->elapsedLabel->setText(text);
}

void SessionView::patch(const SessionPatch &patch)
{
    if (m_session.sessionId.isEmpty())
        return;
    const bool lifecycle = patch.status.has_value();
    if (lifecycle) {
        m_statusPending = true;
        updateLifecycle();
    }
    // Sent: a second editingFinished (leaving, closing) must not send the name again.
    m_ui->sessionNameLineEdit->setModified(false);
    ++m_pendingPatches;
    m_client.updateSession(this, m_session.sessionId, patch, Source::Ui,
                           [this, generation = m_generation, patch](const Result<Session> &updated) {
                               onPatched(generation, patch, updated);
                           });
}

void SessionView::onPatched(quint64 generation, const SessionPatch &sent, const Result<Session> &updated)
{
    const bool lifecycle = sent.status.has_value();
    if (!updated)
        MessageBox::warning(this, tr("Session not saved"), errorText(updated.error()));
    // The warning's event loop may have shown another session meanwhile.
    if (generation != m_generation)
        return;
    --m_pendingPatches;
    if (lifecycle)
        m_statusPending = false;
    // The metadata landed as typed: the field may show the stored form again.
    if (updated && sent.metadata && m_metadataEdited) {
        const QJsonDocument shown = QJsonDocument::fromJson(m_ui->metadataTextEdit->toPlainText().toUtf8());
        if (shown.isObject() ? shown.object() == *sent.metadata : sent.metadata->isEmpty())
            m_metadataEdited = false;
    }
    if (updated) {
        apply(*updated); // completed or cancelled: the result says so, the form follows
        if (lifecycle && updated->status == SessionStatus::InProgress) {
            // The interview has begun: straight to the first question.
            m_ui->tabWidget->setCurrentWidget(m_ui->questionsTab);
            m_questionPanel->focusQuestionField();
        }
    } else if (m_pendingPatches == 0)
        reload(); // back to what is stored
    else
        updateLifecycle();
}

void SessionView::saveNotes()
{
    m_notesTimer.stop();
    const QString notes = m_ui->notesTextEdit->toPlainText();
    if (m_session.sessionId.isEmpty() || notes == m_session.notes)
        return;
    SessionPatch p;
    p.notes = notes;
    patch(p);
}

bool SessionView::metadataUnapplied() const
{
    if (!m_metadataEdited || m_session.sessionId.isEmpty() || isFinished(m_session.status))
        return false;
    const QString text = m_ui->metadataTextEdit->toPlainText().trimmed();
    const QJsonDocument typed = QJsonDocument::fromJson(text.toUtf8());
    if (!text.isEmpty() && !typed.isObject())
        return true;
    const QJsonObject object = typed.object();
    return object != m_session.metadata && object != m_metadataSent;
}

bool SessionView::applyMetadata()
{
    const QString text = m_ui->metadataTextEdit->toPlainText().trimmed();
    QJsonObject metadata;
    if (!text.isEmpty()) {
        QJsonParseError error {};
        const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError || !document.isObject()) {
            m_ui->metadataErrorLabel->setText(tr("Not a JSON object: %1").arg(error.errorString()));
            return false;
        }
        metadata = document.object();
    }
    if (!rules::isValidMetadata(metadata)) {
        m_ui->metadataErrorLabel->setText(
            tr("The metadata is larger than %1 KiB.").arg(rules::MAX_METADATA_BYTES / 1024));
        return false;
    }
    m_ui->metadataErrorLabel->clear();
    SessionPatch p;
    p.metadata = metadata;
    m_metadataSent = metadata;
    patch(p);
    return true;
}

void SessionView::start()
{
    changeStatus(SessionStatus::InProgress);
}

void SessionView::complete()
{
    const QString question = tr("Complete this interview? Its fields and questions can no longer change afterwards; "
                                "the recommendation, the notes and the review of AI questions stay editable.");
    const int unreviewed = m_questionPanel->unreviewedCount();
    const int unscored = m_questionPanel->unscoredCount();
    if (unreviewed == 0 && unscored == 0) {
        if (MessageBox::confirm(this, tr("Complete interview"), question))
            changeStatus(SessionStatus::Completed);
        return;
    }
    QStringList open;
    if (unreviewed > 0)
        open << tr("%n question(s) posted by the AI workflow not reviewed yet", nullptr, unreviewed);
    if (unscored > 0)
        open << tr("%n question(s) without a score", nullptr, unscored);
    const QString bullet = QStringLiteral("\n• ");
    const QString text
        = tr("Not everything is done yet:") + bullet + open.join(bullet) + QStringLiteral("\n\n") + question;
    QMessageBox::StandardButtons buttons = QMessageBox::Yes | QMessageBox::Cancel;
    QList<std::pair<QMessageBox::StandardButton, QString>> names {{QMessageBox::Yes, tr("&Complete anyway")}};
    if (unreviewed > 0) {
        buttons |= QMessageBox::YesToAll;
        names.append({QMessageBox::YesToAll, tr("&Accept all and complete")});
    }
    const auto answer = MessageBox::question(this, tr("Complete interview"), text, buttons, QMessageBox::Cancel, names);
    if (answer == QMessageBox::Yes) {
        changeStatus(SessionStatus::Completed);
    } else if (answer == QMessageBox::YesToAll) {
        m_questionPanel->acceptAll([this, id = m_session.sessionId] {
            if (m_session.sessionId == id)
                changeStatus(SessionStatus::Completed);
        });
    }
}

void SessionView::cancel()
{
    if (!MessageBox::confirm(this, tr("Cancel session"), tr("Cancel this session? It cannot be restarted afterwards.")))
        return;
    changeStatus(SessionStatus::Cancelled);
}

void SessionView::changeStatus(SessionStatus target)
{
    if (m_statusPending || m_session.sessionId.isEmpty())
        return;
    // Finishing freezes the questions: an unsaved one is saved first (then this runs again).
    const auto again = [this, id = m_session.sessionId, target] {
        if (m_session.sessionId == id)
            changeStatus(target);
    };
    if (isFinished(target) && !m_questionPanel->maybeKeepEdits(again))
        return;
    SessionPatch p;
    p.status = target;
    patch(p);
}

QString SessionView::errorText(const Error &error) const
{
    switch (error.code) {
    case ErrorCode::SessionAlreadyFinished:
        return tr("The session is already finished.");
    case ErrorCode::SessionAlreadyStarted:
        return tr("The session has already started.");
    case ErrorCode::InvalidSessionStatus:
        return tr("This status change is not allowed.");
    case ErrorCode::SessionNotFound:
        return tr("The session no longer exists.");
    case ErrorCode::DatabaseError:
        return tr("The database could not save the change. Try again.");
    default:
        return tr("The change was refused: %1").arg(error.details);
    }
}

void SessionView::retranslate()
{
    m_ui->placeholderLabel->setText(tr("Select a session on the left, or create one with File → New Session (%1).")
                                        .arg(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)));
}

void SessionView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        const QSignalBlocker typeBlocker(m_ui->sessionTypeComboBox);
        const QSignalBlocker difficultyBlocker(m_ui->difficultyComboBox);
        EnumText::fill<SessionType>(m_ui->sessionTypeComboBox);
        EnumText::fill<DifficultyLevel>(m_ui->difficultyComboBox);
        retranslate();
        fillForm();
    }
    QWidget::changeEvent(event);
}

} // namespace ir::ui
