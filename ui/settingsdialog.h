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
// once (the caller installs it); the limits and the database from the next start, since the
// running service's limits may not change under the HTTP thread and its database is open.
// "Test connection" tries a team database's URL on a thread of its own: the dialog stays live.
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
    // Who conducts the sessions created in this window (saved on OK).
    QString interviewerName() const;
    void setInterviewerName(const QString &name);
    ServiceLimits limits() const;
    void setLimits(const ServiceLimits &limits);
    // Days a session is kept after its last change (0: forever), ui::keys::retentionDays().
    int retentionDays() const;
    void setRetentionDays(int days);
    // The team database's URL; "" = the local SQLite file.
    QString databaseUrl() const;
    void setDatabaseUrl(const QString &url);

    // Saves the limits and the database (an invalid URL is refused, the dialog stays), then closes.
    void accept() override;

Q_SIGNALS:
    // A connection test ended; message is what the dialog shows.
    void connectionTested(bool ok, const QString &message);

private:
    void updateDatabaseWidgets();
    void testConnection();
    void showConnectionResult(bool ok, const QString &message);
    void growToFit();

    std::unique_ptr<Ui::SettingsDialog> m_ui;
    // Each test gets a number; a result for an older test (the URL changed meanwhile) is dropped.
    int m_testNumber = 0;
};

} // namespace ir::ui
