// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class SettingsDialog;
}

namespace ir::ui {

// The window's preferences; the language applies at once.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    explicit SettingsDialog(QWidget *parent = nullptr);
    ~SettingsDialog() override;

    // "" = follow the system.
    QString languageCode() const;
    void setLanguageCode(const QString &code);

private:
    std::unique_ptr<Ui::SettingsDialog> m_ui;
};

} // namespace ir::ui
