// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "newsessiondialog.h"
#include "ui_newsessiondialog.h"

#include "enumtext.h"
#include "rules.h"
#include "serviceclient.h"

#include <QPushButton>

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
    m_ui->sessionNameLineEdit->setMaxLength(int(rules::SESSION_NAME.max));
    m_ui->errorLabel->hide();
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("createButton"));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Create"));
    connect(m_ui->userIdLineEdit, &QLineEdit::textChanged, this, &NewSessionDialog::updateOkButton);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &NewSessionDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &NewSessionDialog::reject);
    updateOkButton();
}

NewSessionDialog::~NewSessionDialog() = default;

void NewSessionDialog::updateOkButton()
{
    m_ui->buttonBox->button(QDialogButtonBox::Ok)
        ->setEnabled(!m_creating && !rules::isBlank(m_ui->userIdLineEdit->text()));
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
    if (draft.userId.isEmpty()) {
        m_ui->errorLabel->setText(tr("Enter the candidate's user ID."));
        m_ui->errorLabel->show();
        m_ui->userIdLineEdit->setFocus();
        return;
    }
    setCreating(true);
    m_client.createSession(this, draft, Source::Ui, [this](const Result<Session> &created) {
        setCreating(false);
        if (!created) {
            const Error &error = created.error();
            m_ui->errorLabel->setText(error.code == ErrorCode::SessionLimitExceeded
                                          ? tr("This candidate already has too many open sessions. Complete or "
                                               "cancel one first.")
                                          : tr("The session could not be created: %1").arg(error.details));
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
    for (QWidget *field :
         std::initializer_list<QWidget *> {m_ui->userIdLineEdit, m_ui->sessionNameLineEdit, m_ui->sessionTypeComboBox,
                                           m_ui->difficultyComboBox, m_ui->durationSpinBox})
        field->setEnabled(!creating);
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setEnabled(!creating);
    create->setText(creating ? tr("Creating…") : tr("Create"));
    updateOkButton();
    if (!creating && m_focusBeforeCreating)
        m_focusBeforeCreating->setFocus();
}

} // namespace ir::ui
