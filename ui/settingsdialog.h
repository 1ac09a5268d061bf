// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "interviewservice.h"

#include <QDialog>

#include <memory>

namespace Ui {
class SettingsDialog;
}

namespace ir::ui {

// The window's preferences, read from and (on OK) saved to QSettings. The language applies at
// once (the caller installs it); the limits from the next start, since the running service's
// limits may not change under the HTTP thread.
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
    ServiceLimits limits() const;
    void setLimits(const ServiceLimits &limits);

    // Saves the limits, then closes.
    void accept() override;

private:
    std::unique_ptr<Ui::SettingsDialog> m_ui;
};

} // namespace ir::ui
