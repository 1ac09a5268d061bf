// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingsdialog.h"
#include "ui_settingsdialog.h"

#include "languages.h"
#include "settingsstore.h"

#include <QSettings>

namespace ir::ui {

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
{
    m_ui->setupUi(this);
    for (const Languages::Choice &choice : Languages::choices())
        m_ui->languageComboBox->addItem(choice.label, choice.code);
    // The ranges are the command line's (rules.h), so the dialog cannot save a value it refuses.
    m_ui->questionLimitSpinBox->setRange(rules::QUESTION_LIMIT.min, rules::QUESTION_LIMIT.max);
    m_ui->sessionLimitSpinBox->setRange(rules::ACTIVE_SESSION_LIMIT.min, rules::ACTIVE_SESSION_LIMIT.max);
    setLanguageCode(Languages::storedCode());
    setLimits(loadServiceLimits(QSettings()));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

SettingsDialog::~SettingsDialog() = default;

QString SettingsDialog::languageCode() const
{
    return m_ui->languageComboBox->currentData().toString();
}

void SettingsDialog::setLanguageCode(const QString &code)
{
    const int index = m_ui->languageComboBox->findData(code);
    m_ui->languageComboBox->setCurrentIndex(index < 0 ? 0 : index);
}

ServiceLimits SettingsDialog::limits() const
{
    return ServiceLimits {m_ui->questionLimitSpinBox->value(), m_ui->sessionLimitSpinBox->value()};
}

void SettingsDialog::setLimits(const ServiceLimits &limits)
{
    m_ui->questionLimitSpinBox->setValue(limits.questionsPerSession);
    m_ui->sessionLimitSpinBox->setValue(limits.activeSessionsPerUser);
}

void SettingsDialog::accept()
{
    QSettings settings;
    saveServiceLimits(settings, limits());
    QDialog::accept();
}

} // namespace ir::ui
