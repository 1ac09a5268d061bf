// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "scorecardpanel.h"
#include "ui_scorecardpanel.h"

#include "enumtext.h"
#include "messagebox.h"
#include "readonlylook.h"
#include "rules.h"
#include "scorecardmodel.h"
#include "serviceclient.h"
#include "timetext.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLocale>
#include <QShortcut>
#include <QSignalBlocker>

#include <algorithm>

namespace ir::ui {
namespace {

// Later changes of the same field win; a submit stays a submit.
void merge(ScorecardPatch &into, const ScorecardPatch &change)
{
    for (const RatingPatch &r : change.ratings) {
        auto it = std::find_if(into.ratings.begin(), into.ratings.end(),
                               [&r](const RatingPatch &p) { return p.key == r.key; });
        if (it == into.ratings.end()) {
            into.ratings.append(r);
            continue;
        }
        if (r.rating)
            it->rating = r.rating;
        if (r.note)
            it->note = r.note;
    }
    if (change.recommendation)
        into.recommendation = change.recommendation;
    if (change.strengths)
        into.strengths = change.strengths;
    if (change.concerns)
        into.concerns = change.concerns;
    into.submit = into.submit || change.submit;
}

// What the card looks like once the patch is stored (the submit time comes from the service).
void applyTo(Scorecard &card, const ScorecardPatch &patch)
{
    for (const RatingPatch &r : patch.ratings) {
        for (CompetencyRating &rating : card.ratings) {
            if (rating.competency.key != r.key)
                continue;
            if (r.rating)
                rating.rating = *r.rating;
            if (r.note)
                rating.note = *r.note;
        }
    }
    if (patch.recommendation)
        card.recommendation = *patch.recommendation;
    if (patch.strengths)
        card.strengths = *patch.strengths;
    if (patch.concerns)
        card.concerns = *patch.concerns;
}

void setTextIfOther(QPlainTextEdit *edit, const QString &text)
{
    if (edit->toPlainText() != text)
        edit->setPlainText(text);
}

} // namespace

ScorecardPanel::ScorecardPanel(ServiceClient &client, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ScorecardPanel>())
    , m_client(client)
{
    m_ui->setupUi(this);
    m_model = new ScorecardModel(this);
    QTableView *table = m_ui->competencyTableView;
    table->setModel(m_model);
    QHeaderView *header = table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(ScorecardModel::Weight, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ScorecardModel::Rating, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ScorecardModel::Level, QHeaderView::Stretch);
    header->setSectionResizeMode(ScorecardModel::Note, QHeaderView::Stretch);
    header->resizeSection(ScorecardModel::Competency, table->fontMetrics().averageCharWidth() * 22);
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->installEventFilter(this);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ScorecardPanel::fitTable);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ScorecardPanel::fitTable);
    connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ScorecardPanel::showNoteOfCurrentRow);

    const int line = fontMetrics().lineSpacing();
    // Heights in lines of text: strengths and concerns take the room the list leaves.
    const auto lines = [line](QPlainTextEdit *edit, int min, int max) {
        edit->setMinimumHeight(line * min + 2 * edit->frameWidth() + line / 2);
        if (max > 0)
            edit->setMaximumHeight(line * max + 2 * edit->frameWidth() + line / 2);
    };
    lines(m_ui->noteTextEdit, 2, 4);
    lines(m_ui->strengthsTextEdit, 3, 0);
    lines(m_ui->concernsTextEdit, 3, 0);
    for (QLabel *label : {m_ui->scorecardErrorLabel, m_ui->submittedLabel, m_ui->weightedValueLabel}) {
        QFont font = label->font();
        font.setBold(true);
        label->setFont(font);
    }
    m_ui->scorecardStatusLabel->setForegroundRole(QPalette::PlaceholderText);
    m_ui->scorecardErrorLabel->hide();
    EnumText::fill<Recommendation>(m_ui->recommendationComboBox);

    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(SAVE_DELAY_MS);
    connect(&m_saveTimer, &QTimer::timeout, this, &ScorecardPanel::flush);
    connect(m_ui->noteTextEdit, &QPlainTextEdit::textChanged, this, [this] {
        const int row = m_ui->competencyTableView->currentIndex().row();
        if (m_filling || row < 0 || row >= m_card.ratings.size())
            return;
        const QString note = m_ui->noteTextEdit->toPlainText();
        m_card.ratings[row].note = note;
        m_model->setNote(row, note);
        ScorecardPatch change;
        change.ratings.append(RatingPatch {m_card.ratings.at(row).competency.key, std::nullopt, note});
        queue(change, false);
    });
    connect(m_ui->strengthsTextEdit, &QPlainTextEdit::textChanged, this, [this] {
        if (m_filling)
            return;
        ScorecardPatch change;
        change.strengths = m_card.strengths = m_ui->strengthsTextEdit->toPlainText();
        queue(change, false);
    });
    connect(m_ui->concernsTextEdit, &QPlainTextEdit::textChanged, this, [this] {
        if (m_filling)
            return;
        ScorecardPatch change;
        change.concerns = m_card.concerns = m_ui->concernsTextEdit->toPlainText();
        queue(change, false);
    });
    // Leaving a field sends what it holds at once.
    for (QWidget *field : {m_ui->noteTextEdit, m_ui->strengthsTextEdit, m_ui->concernsTextEdit})
        field->installEventFilter(this);
    connect(m_ui->recommendationComboBox, &QComboBox::activated, this, [this] {
        const auto chosen = Recommendation(m_ui->recommendationComboBox->currentData().toInt());
        if (m_filling || chosen == m_card.recommendation)
            return;
        ScorecardPatch change;
        change.recommendation = m_card.recommendation = chosen;
        queue(change, true);
    });
    connect(m_ui->submitButton, &QPushButton::clicked, this, &ScorecardPanel::submit);
    const QKeySequence submitKeys(Qt::CTRL | Qt::Key_Return);
    for (const QKeySequence &keys : {submitKeys, QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, &ScorecardPanel::submit);
    }
    m_ui->submitButton->setToolTip(tr("Submit the scorecard; it can no longer change afterwards (%1)")
                                       .arg(submitKeys.toString(QKeySequence::NativeText)));

    InterviewService &service = m_client.service();
    connect(&service, &InterviewService::scorecardChanged, this, [this](const QString &id) {
        if (id == m_sessionId)
            reload();
    });
    // The recommendation is the session's: a change through the session arrives this way.
    connect(&service, &InterviewService::sessionChanged, this, [this](const QString &id) {
        if (id == m_sessionId)
            reload();
    });
    setSessionId({});
}

ScorecardPanel::~ScorecardPanel() = default;

void ScorecardPanel::setSessionId(const QString &sessionId)
{
    flush();
    ++m_generation;
    m_sessionId = sessionId;
    m_inFlight.clear();
    m_pending = ScorecardPatch {};
    m_stored = Scorecard {};
    m_loaded = false;
    m_ui->scorecardErrorLabel->clear();
    m_ui->scorecardErrorLabel->hide();
    reload();
    if (m_model->rowCount() > 0)
        m_ui->competencyTableView->setCurrentIndex(m_model->index(0, 0));
}

void ScorecardPanel::reload()
{
    if (m_sessionId.isEmpty()) {
        m_loaded = false;
        rebuild();
        return;
    }
    const Result<Scorecard> loaded = m_client.service().scorecard(m_sessionId);
    if (!loaded) {
        showError(errorText(loaded.error()));
        return;
    }
    m_stored = *loaded;
    m_loaded = true;
    rebuild();
}

void ScorecardPanel::rebuild()
{
    m_card = m_stored;
    for (const ScorecardPatch &sent : std::as_const(m_inFlight))
        applyTo(m_card, sent);
    applyTo(m_card, m_pending);
    fill();
}

void ScorecardPanel::fill()
{
    m_filling = true;
    const int row = m_ui->competencyTableView->currentIndex().row();
    m_model->setRatings(m_card.ratings);
    if (m_model->rowCount() > 0 && !m_ui->competencyTableView->currentIndex().isValid())
        m_ui->competencyTableView->setCurrentIndex(m_model->index(std::clamp(row, 0, m_model->rowCount() - 1), 0));
    const bool rated = !m_card.ratings.isEmpty();
    m_ui->competenciesLabel->setVisible(rated);
    m_ui->competencyTableView->setVisible(rated);
    m_ui->noteLabel->setVisible(rated);
    m_ui->noteTextEdit->setVisible(rated);
    m_ui->noKitLabel->setVisible(m_loaded && !rated);
    m_ui->weightedCaptionLabel->setVisible(rated);
    m_ui->weightedValueLabel->setVisible(rated);
    setTextIfOther(m_ui->strengthsTextEdit, m_card.strengths);
    setTextIfOther(m_ui->concernsTextEdit, m_card.concerns);
    EnumText::select(m_ui->recommendationComboBox, int(m_card.recommendation));
    m_filling = false;
    showNoteOfCurrentRow();
    updateWeighted();
    updateLook();
    updateSaveStatus();
}

void ScorecardPanel::showNoteOfCurrentRow()
{
    const int row = m_ui->competencyTableView->currentIndex().row();
    const bool valid = row >= 0 && row < m_card.ratings.size();
    const bool filling = std::exchange(m_filling, true);
    setTextIfOther(m_ui->noteTextEdit, valid ? m_card.ratings.at(row).note : QString());
    m_filling = filling;
    m_ui->noteLabel->setText(valid ? tr("Note on “%1”:").arg(m_card.ratings.at(row).competency.name)
                                   : tr("Note on the se&lected competency:"));
    m_ui->noteLabel->setBuddy(m_ui->noteTextEdit);
}

void ScorecardPanel::updateWeighted()
{
    const std::optional<double> weighted = m_card.weightedRating();
    m_ui->weightedValueLabel->setText(
        weighted ? tr("%1 of %2").arg(QLocale().toString(*weighted, 'f', 1), QLocale().toString(RUBRIC_LEVELS))
                 : tr("not rated yet"));
}

void ScorecardPanel::updateLook()
{
    const bool none = m_sessionId.isEmpty() || !m_loaded;
    const bool locked = m_card.submitted();
    m_ui->submittedLabel->setVisible(locked);
    if (locked)
        m_ui->submittedLabel->setText(
            tr("Submitted at %1. The scorecard can no longer change.").arg(momentText(m_card.submittedAt)));
    for (QWidget *field : std::initializer_list<QWidget *> {m_ui->noteTextEdit, m_ui->strengthsTextEdit,
                                                            m_ui->concernsTextEdit, m_ui->recommendationComboBox})
        setReadOnlyLook(field, locked || none);
    // Greyed as a whole: nothing in the list can change any more, and no row is picked out.
    m_ui->competencyTableView->setEnabled(!locked && !none);
    if (locked)
        m_ui->competencyTableView->clearSelection();
    // The keys are only worth saying while they do something.
    m_ui->competenciesLabel->setText(
        locked ? tr("Competencies:")
               : tr("Compet&encies: select one and press 1–4 to rate it, 0 clears, ↑/↓ move, Enter writes a note."));
    m_ui->submitButton->setVisible(!locked);
    m_ui->submitButton->setEnabled(!none);
}

void ScorecardPanel::updateSaveStatus()
{
    if (m_card.submitted() || m_sessionId.isEmpty())
        m_ui->scorecardStatusLabel->clear();
    else if (hasUnsavedEdits())
        m_ui->scorecardStatusLabel->setText(tr("Saving…"));
    else
        m_ui->scorecardStatusLabel->setText(tr("All changes saved"));
}

void ScorecardPanel::rate(int row, std::optional<int> rating)
{
    if (row < 0 || row >= m_card.ratings.size() || m_card.submitted() || m_card.ratings.at(row).rating == rating)
        return;
    m_card.ratings[row].rating = rating;
    m_model->setRating(row, rating);
    ScorecardPatch change;
    change.ratings.append(
        RatingPatch {m_card.ratings.at(row).competency.key, std::optional<std::optional<int>>(rating), std::nullopt});
    updateWeighted();
    queue(change, true);
}

void ScorecardPanel::queue(const ScorecardPatch &change, bool now)
{
    if (m_sessionId.isEmpty() || !m_loaded)
        return;
    merge(m_pending, change);
    updateSaveStatus();
    if (now)
        flush();
    else
        m_saveTimer.start();
}

void ScorecardPanel::flush()
{
    m_saveTimer.stop();
    if (!m_pending.isEmpty())
        send(false);
}

void ScorecardPanel::send(bool submit)
{
    m_saveTimer.stop();
    ScorecardPatch patch = std::exchange(m_pending, ScorecardPatch {});
    patch.submit = patch.submit || submit;
    if (patch.isEmpty() || m_sessionId.isEmpty())
        return;
    // The form says what is wrong and keeps it; the next edit sends it again.
    if (const std::optional<Error> invalid = rules::validate(patch)) {
        m_pending = patch;
        m_pending.submit = false;
        showError(errorText(*invalid));
        updateSaveStatus();
        return;
    }
    m_inFlight.append(patch);
    updateSaveStatus();
    InterviewService &service = m_client.service();
    m_client.write<Scorecard>(
        this, [&service, id = m_sessionId, patch] { return service.updateScorecard(id, patch, Source::Ui); },
        [this, generation = m_generation](const Result<Scorecard> &written) { onWritten(generation, written); });
}

void ScorecardPanel::onWritten(quint64 generation, const Result<Scorecard> &written)
{
    if (generation != m_generation || m_inFlight.isEmpty())
        return;
    const ScorecardPatch sent = m_inFlight.takeFirst();
    if (!written) {
        const Error &error = written.error();
        // Kept to go again with the next change: the database may be back by then. Anything else
        // would fail the same way again.
        if (error.code == ErrorCode::DatabaseError) {
            ScorecardPatch retry = sent;
            retry.submit = false;
            merge(retry, m_pending);
            m_pending = retry;
        }
        showError(errorText(error));
        reload();
        return;
    }
    m_ui->scorecardErrorLabel->clear();
    m_ui->scorecardErrorLabel->hide();
    m_stored = *written;
    m_loaded = true;
    rebuild();
}

void ScorecardPanel::submit()
{
    if (m_sessionId.isEmpty() || !m_loaded || m_card.submitted())
        return;
    QStringList unrated;
    int firstUnrated = -1;
    for (int row = 0; row < m_card.ratings.size(); ++row) {
        if (m_card.ratings.at(row).rating)
            continue;
        unrated << m_card.ratings.at(row).competency.name;
        if (firstUnrated < 0)
            firstUnrated = row;
    }
    if (!unrated.isEmpty()) {
        MessageBox::warning(this, tr("Scorecard not submitted"),
                            tr("Rate every competency before submitting. Not rated yet: %1.")
                                .arg(QLocale().createSeparatedList(unrated)));
        m_ui->competencyTableView->setCurrentIndex(m_model->index(firstUnrated, 0));
        m_ui->competencyTableView->setFocus();
        return;
    }
    if (!MessageBox::confirm(this, tr("Submit scorecard"),
                             tr("Submit this scorecard? Its ratings, notes, strengths, concerns and the "
                                "recommendation can no longer change afterwards.")))
        return;
    send(true);
}

bool ScorecardPanel::eventFilter(QObject *watched, QEvent *event)
{
    QTableView *table = m_ui->competencyTableView;
    if (watched == table && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const QString text = key->text();
        const bool plain = !(key->modifiers() & ~Qt::KeypadModifier);
        const int row = table->currentIndex().row();
        if (plain && text.size() == 1 && text.at(0).isDigit()) {
            const int digit = text.at(0).digitValue();
            if (digit == 0)
                rate(row, std::nullopt);
            else if (digit >= rules::MIN_RATING && digit <= rules::MAX_RATING)
                rate(row, digit);
            return true; // never a jump to a row by its first letter
        }
        if (plain && key->key() == Qt::Key_Backspace) {
            rate(row, std::nullopt);
            return true;
        }
        if (plain && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)) {
            m_ui->noteTextEdit->setFocus(Qt::OtherFocusReason);
            return true;
        }
    }
    if (watched == table && event->type() == QEvent::Resize && table->width() != m_fittedWidth)
        fitTable();
    if (event->type() == QEvent::FocusOut && watched != table)
        flush();
    return QWidget::eventFilter(watched, event);
}

void ScorecardPanel::fitTable()
{
    // The list is as tall as its rows (wrapped rubric texts included); the form around it scrolls.
    QTableView *table = m_ui->competencyTableView;
    m_fittedWidth = table->width();
    table->resizeRowsToContents();
    const int height
        = table->horizontalHeader()->sizeHint().height() + table->verticalHeader()->length() + 2 * table->frameWidth();
    if (table->height() != height)
        table->setFixedHeight(height);
}

QString ScorecardPanel::errorText(const Error &error) const
{
    switch (error.code) {
    case ErrorCode::ScorecardSubmitted:
        return tr("This scorecard has been submitted and can no longer change (SCORECARD_SUBMITTED).");
    case ErrorCode::SessionNotFound:
        return tr("The session no longer exists.");
    case ErrorCode::DatabaseError:
        return tr("The database could not save the scorecard; what you typed is kept and sent again with your "
                  "next change.");
    case ErrorCode::ValidationError:
        return tr("The scorecard cannot be saved: %1").arg(error.details);
    default:
        return tr("The scorecard was not saved: %1 (%2)").arg(error.details, errorCodeName(error.code));
    }
}

void ScorecardPanel::showError(const QString &message)
{
    m_ui->scorecardErrorLabel->setText(message);
    m_ui->scorecardErrorLabel->setVisible(!message.isEmpty());
}

void ScorecardPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        {
            const QSignalBlocker blocker(m_ui->recommendationComboBox);
            EnumText::fill<Recommendation>(m_ui->recommendationComboBox);
        }
        m_model->retranslate();
        const QKeySequence submitKeys(Qt::CTRL | Qt::Key_Return);
        m_ui->submitButton->setToolTip(tr("Submit the scorecard; it can no longer change afterwards (%1)")
                                           .arg(submitKeys.toString(QKeySequence::NativeText)));
        fill();
    }
    QWidget::changeEvent(event);
}

} // namespace ir::ui
