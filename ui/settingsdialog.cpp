// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingsdialog.h"
#include "ui_settingsdialog.h"

#include "languages.h"

namespace ir::ui {

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
{
    m_ui->setupUi(this);
    for (const Languages::Choice &choice : Languages::choices())
        m_ui->languageComboBox->addItem(choice.label, choice.code);
    setLanguageCode(Languages::storedCode());
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
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

} // namespace ir::ui
