// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "newsessiondialog.h"
#include "ui_newsessiondialog.h"

#include "enumtext.h"
#include "rules.h"
#include "serviceclient.h"
#include "settingsstore.h"

#include <QJsonObject>
#include <QKeyEvent>
#include <QPushButton>
#include <QScreen>
#include <QSettings>

#include <algorithm>

namespace ir::ui {

NewSessionDialog::NewSessionDialog(ServiceClient &client, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::NewSessionDialog>())
    , m_client(client)
{
    m_ui->setupUi(this);
    EnumText::fill<SessionType>(m_ui->sessionTypeComboBox);
    EnumText::fill<DifficultyLevel>(m_ui->difficultyComboBox);
    EnumText::select(m_ui->difficultyComboBox, int(DifficultyLevel::Medium));
    m_ui->durationSpinBox->setRange(rules::MIN_DURATION, rules::MAX_DURATION);
    m_ui->durationSpinBox->setValue(rules::DEFAULT_DURATION);
    m_ui->userIdLineEdit->setMaxLength(int(rules::USER_ID.max));
    m_ui->candidateNameLineEdit->setMaxLength(int(rules::CANDIDATE_NAME.max));
    m_ui->sessionNameLineEdit->setMaxLength(int(rules::SESSION_NAME.max));
    m_ui->interviewerLineEdit->setMaxLength(int(rules::INTERVIEWER.max));
    m_ui->interviewerLineEdit->setText(loadInterviewerName(QSettings()));
    fillKits();
    m_ui->errorLabel->hide();
    // A long session name stays readable (about 64 Latin characters or 32 Chinese ones), as far
    // as the screen allows.
    const int nameWidth = m_ui->sessionNameLineEdit->fontMetrics().averageCharWidth() * 64;
    m_ui->sessionNameLineEdit->setMinimumWidth(std::min(nameWidth, screen()->availableGeometry().width() / 2));
    // Enter in the duration box would first put back the last valid value and then create the
    // session with it; while the typed value is out of range it is refused instead.
    m_ui->durationSpinBox->installEventFilter(this);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("createButton"));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Create"));
    connect(m_ui->kitComboBox, &QComboBox::activated, this, &NewSessionDialog::applyKit);
    connect(m_ui->userIdLineEdit, &QLineEdit::textChanged, this, &NewSessionDialog::updateOkButton);
    // QSpinBox reports only values in range; its editor reports every keystroke (e.g. a typed 0).
    if (auto *durationEdit = m_ui->durationSpinBox->findChild<QLineEdit *>())
        connect(durationEdit, &QLineEdit::textChanged, this, &NewSessionDialog::updateOkButton);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &NewSessionDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &NewSessionDialog::reject);
    updateOkButton();
}

NewSessionDialog::~NewSessionDialog() = default;

void NewSessionDialog::fillKits()
{
    QComboBox *box = m_ui->kitComboBox;
    box->clear();
    box->addItem(tr("No kit"), QString());
    // A read of a few rows; a failure leaves only "No kit" (the session can be made all the same).
    if (const Result<QList<Kit>> kits = m_client.service().kits())
        m_kits = *kits;
    for (const Kit &kit : std::as_const(m_kits)) {
        box->addItem(kit.position.isEmpty() ? kit.name : tr("%1 (%2)").arg(kit.name, kit.position), kit.kitId);
        const QString contents = tr("%n competency(ies)", nullptr, int(kit.competencies.size())) + QStringLiteral(" · ")
            + tr("%n planned question(s)", nullptr, int(kit.bankQuestionIds.size()));
        box->setItemData(box->count() - 1, contents, Qt::ToolTipRole);
    }
    box->setEnabled(!m_kits.isEmpty());
}

void NewSessionDialog::applyKit()
{
    const QString kitId = m_ui->kitComboBox->currentData().toString();
    const auto kit = std::find_if(m_kits.cbegin(), m_kits.cend(), [&kitId](const Kit &k) { return k.kitId == kitId; });
    if (kitId.isEmpty() || kit == m_kits.cend())
        return;
    EnumText::select(m_ui->sessionTypeComboBox, int(kit->sessionType));
    EnumText::select(m_ui->difficultyComboBox, int(kit->difficultyLevel));
    m_ui->durationSpinBox->setValue(kit->estimatedDuration);
    updateOkButton();
}

QWidget *NewSessionDialog::firstInvalidField() const
{
    if (rules::isBlank(m_ui->userIdLineEdit->text()))
        return m_ui->userIdLineEdit;
    if (!m_ui->durationSpinBox->hasAcceptableInput() || !rules::isValidDuration(m_ui->durationSpinBox->value()))
        return m_ui->durationSpinBox;
    return nullptr;
}

QString NewSessionDialog::createHint() const
{
    QStringList problems;
    if (rules::isBlank(m_ui->userIdLineEdit->text()))
        problems << tr("Enter the candidate ID to create the session.");
    if (!m_ui->durationSpinBox->hasAcceptableInput() || !rules::isValidDuration(m_ui->durationSpinBox->value()))
        problems << tr("The planned duration must be between %1 and %2 minutes.")
                        .arg(rules::MIN_DURATION)
                        .arg(rules::MAX_DURATION);
    return problems.join(QLatin1Char('\n'));
}

void NewSessionDialog::updateOkButton()
{
    const bool valid = firstInvalidField() == nullptr;
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!m_creating && valid);
    // Says why Create is disabled.
    m_ui->createHintLabel->setText(valid ? QString() : createHint());
    m_ui->createHintLabel->setVisible(!m_creating && !valid);
}

bool NewSessionDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui->durationSpinBox && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if ((key == Qt::Key_Return || key == Qt::Key_Enter) && !m_ui->durationSpinBox->hasAcceptableInput()) {
            updateOkButton();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void NewSessionDialog::accept()
{
    if (m_creating)
        return; // Enter again while the first one is on its way
    SessionDraft draft;
    draft.userId = m_ui->userIdLineEdit->text().trimmed();
    draft.sessionName = m_ui->sessionNameLineEdit->text().trimmed();
    draft.sessionType = SessionType(m_ui->sessionTypeComboBox->currentData().toInt());
    draft.difficultyLevel = DifficultyLevel(m_ui->difficultyComboBox->currentData().toInt());
    draft.estimatedDuration = m_ui->durationSpinBox->value();
    draft.kitId = m_ui->kitComboBox->currentData().toString();
    draft.interviewer = m_ui->interviewerLineEdit->text().trimmed();
    const QString candidateName = m_ui->candidateNameLineEdit->text().trimmed();
    if (!candidateName.isEmpty())
        draft.metadata.insert(QString::fromUtf16(rules::CANDIDATE_NAME.field), candidateName);
    if (QWidget *invalid = firstInvalidField()) {
        updateOkButton();
        invalid->setFocus();
        return;
    }
    setCreating(true);
    m_client.createSession(this, draft, Source::Ui, [this](const Result<Session> &created) {
        setCreating(false);
        if (!created) {
            const Error &error = created.error();
            if (error.code == ErrorCode::SessionLimitExceeded)
                m_ui->errorLabel->setText(
                    tr("This candidate already has too many open sessions. Complete or cancel one first."));
            else if (error.code == ErrorCode::KitNotFound)
                m_ui->errorLabel->setText(tr("The chosen kit no longer exists. Choose another one, or no kit."));
            else
                m_ui->errorLabel->setText(tr("The session could not be created: %1").arg(error.details));
            m_ui->errorLabel->show();
            return;
        }
        m_createdSessionId = created->sessionId;
        QDialog::accept();
    });
}

void NewSessionDialog::reject()
{
    if (m_creating)
        return;
    QDialog::reject();
}

void NewSessionDialog::setCreating(bool creating)
{
    m_creating = creating;
    QPushButton *create = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    if (creating) {
        m_focusBeforeCreating = focusWidget();
        m_ui->errorLabel->hide();
    }
    for (QWidget *field : std::initializer_list<QWidget *> {
             m_ui->userIdLineEdit, m_ui->candidateNameLineEdit, m_ui->sessionNameLineEdit, m_ui->sessionTypeComboBox,
             m_ui->difficultyComboBox, m_ui->durationSpinBox, m_ui->interviewerLineEdit})
        field->setEnabled(!creating);
    m_ui->kitComboBox->setEnabled(!creating && !m_kits.isEmpty());
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setEnabled(!creating);
    create->setText(creating ? tr("Creating…") : tr("Create"));
    updateOkButton();
    if (!creating && m_focusBeforeCreating)
        m_focusBeforeCreating->setFocus();
}

} // namespace ir::ui
