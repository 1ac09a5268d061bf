// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "erasecandidatedialog.h"

#include "formerrors.h"
#include "personbackups.h"
#include "serviceclient.h"
#include "ui_erasecandidatedialog.h"

#include <QCoreApplication>
#include <QLayout>
#include <QPointer>
#include <QPushButton>

#include <thread>

namespace ir::ui {

EraseCandidateDialog::EraseCandidateDialog(ServiceClient &client, const QString &userId, const QString &backupFolder,
                                           QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::EraseCandidateDialog>())
    , m_client(client)
    , m_userId(userId)
{
    m_ui->setupUi(this);
    m_eraseButton = m_ui->buttonBox->addButton(QString(), QDialogButtonBox::DestructiveRole);
    m_eraseButton->setObjectName(QStringLiteral("eraseButton"));
    m_eraseButton->setAutoDefault(false);
    m_ui->deleteBackupsCheckBox->hide();
    showProgress(false);
    FormErrors::show(m_ui->errorLabel, {});
    connect(m_ui->confirmLineEdit, &QLineEdit::textChanged, this, &EraseCandidateDialog::updateButton);
    connect(m_eraseButton, &QPushButton::clicked, this, &EraseCandidateDialog::erase);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslate();
    updateButton();
    // Room for the explanation on a few lines (a wrapped label alone would make it a narrow column).
    setMinimumWidth(fontMetrics().averageCharWidth() * 64);

    if (backupFolder.isEmpty()) {
        backupsFound(QList<BackupFile>());
        return;
    }
    // Each backup is opened to look for the person: off the GUI thread.
    QPointer<EraseCandidateDialog> self(this);
    std::thread([self, backupFolder, userId] {
        Result<QList<BackupFile>> found = personbackups::holding(backupFolder, userId);
        QMetaObject::invokeMethod(qApp, [self, found] {
            if (self)
                self->backupsFound(found);
        });
    }).detach();
}

EraseCandidateDialog::~EraseCandidateDialog() = default;

void EraseCandidateDialog::retranslate()
{
    m_ui->explanationLabel->setText(
        tr("Everything stored about %1 is erased for good: the profile, every interview, its questions, "
           "answers and scorecard. The audit log keeps only that an erasure took place.")
            .arg(m_userId));
    m_ui->confirmLabel->setText(tr("Type the user ID <b>%1</b> to confirm:").arg(m_userId.toHtmlEscaped()));
    m_eraseButton->setText(tr("&Erase"));
    if (!m_backupsKnown) {
        m_ui->backupsLabel->setText(tr("Looking for backups that hold this person…"));
    } else if (m_backups.isEmpty()) {
        m_ui->backupsLabel->setText(tr("No automatic backup holds this person."));
    } else {
        m_ui->backupsLabel->setText(
            tr("%n automatic backup(s) still hold this person.", nullptr, int(m_backups.size())));
        m_ui->deleteBackupsCheckBox->setText(tr("Also &delete those %n backup(s)", nullptr, int(m_backups.size())));
    }
}

void EraseCandidateDialog::backupsFound(const Result<QList<BackupFile>> &found)
{
    m_backupsKnown = true;
    if (found) {
        m_backups = *found;
    } else {
        m_backups.clear();
        FormErrors::show(m_ui->errorLabel, tr("The backups could not be looked at: %1").arg(found.error().details));
    }
    m_ui->deleteBackupsCheckBox->setVisible(!m_backups.isEmpty());
    retranslate();
    updateButton();
    adjustSize();
}

void EraseCandidateDialog::updateButton()
{
    m_eraseButton->setEnabled(!m_erasing && m_backupsKnown && m_ui->confirmLineEdit->text().trimmed() == m_userId);
}

void EraseCandidateDialog::erase()
{
    if (!m_eraseButton->isEnabled())
        return;
    m_erasing = true;
    updateButton();
    m_ui->confirmLineEdit->setEnabled(false);
    m_ui->deleteBackupsCheckBox->setEnabled(false);
    FormErrors::show(m_ui->errorLabel, {});
    showProgress(true);
    InterviewService &service = m_client.service();
    const QString id = m_userId;
    m_client.write<ErasureReport>(
        this, [&service, id] { return service.eraseCandidate(id, Actor::Ui); },
        [this](const Result<ErasureReport> &erased) {
            if (!erased) {
                showProgress(false);
                m_erasing = false;
                m_ui->confirmLineEdit->setEnabled(true);
                m_ui->deleteBackupsCheckBox->setEnabled(true);
                updateButton();
                FormErrors::show(
                    m_ui->errorLabel,
                    tr("The person could not be erased: %1")
                        .arg(erased.error().details.isEmpty() ? erased.error().message : erased.error().details));
                return;
            }
            m_report = *erased;
            if (!m_ui->deleteBackupsCheckBox->isChecked() || m_backups.isEmpty()) {
                finish();
                return;
            }
            QPointer<EraseCandidateDialog> self(this);
            const QList<BackupFile> backups = m_backups;
            std::thread([self, backups] {
                const Result<int> removed = personbackups::remove(backups);
                QMetaObject::invokeMethod(qApp, [self, removed] {
                    if (!self)
                        return;
                    if (!removed) {
                        self->showProgress(false);
                        FormErrors::show(self->m_ui->errorLabel,
                                         tr("The person is erased, but the backups could not be deleted: %1")
                                             .arg(removed.error().details));
                        self->m_ui->buttonBox->setStandardButtons(QDialogButtonBox::Close);
                        return;
                    }
                    self->m_removedBackups = *removed;
                    self->finish();
                });
            }).detach();
        });
}

void EraseCandidateDialog::showProgress(bool shown)
{
    // The reply comes once the person's text is gone from the files too (IndexScrub): seconds at
    // a large database, during which the window goes on.
    m_ui->progressLabel->setVisible(shown);
    m_ui->progressBar->setVisible(shown);
}

void EraseCandidateDialog::finish()
{
    Q_EMIT erased(m_userId);
    accept();
}

} // namespace ir::ui
