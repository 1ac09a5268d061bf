// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingsdialog.h"
#include "ui_settingsdialog.h"

#include "database.h"
#include "databaseurl.h"
#include "languages.h"
#include "migrations.h"
#include "rules.h"
#include "settingskeys.h"
#include "settingsstore.h"

#include <QPushButton>
#include <QSettings>
#include <QThread>

#include <memory>

namespace ir::ui {
namespace {

struct ConnectionCheck
{
    bool ok = false;
    bool needsSetUp = false; // reachable, but the schema is made (or upgraded) at the next start
    QString details; // why not, in the storage layer's words (the password never in them)
};

// On the tester's own thread: connects without changing anything (read-only: no migration).
ConnectionCheck checkConnection(const QString &url)
{
    Database database(url, Database::Options {5000, true});
    const Status opened = database.open();
    if (opened)
        return {true, false, {}};
    // Read-only refuses to create the schema of an empty database: reachable all the same.
    if (database.ping()) {
        const int version = database.schemaVersion();
        if (version >= 0 && version < migrations::latestVersion())
            return {true, true, {}};
    }
    return {false, false, opened.error().details};
}

} // namespace

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
    m_ui->retentionSpinBox->setRange(0, rules::MAX_RETENTION_DAYS);
    m_ui->retentionSpinBox->setSpecialValueText(tr("Forever"));
    m_ui->retentionSpinBox->setSuffix(tr(" days"));
    setLanguageCode(Languages::storedCode());
    m_ui->interviewerLineEdit->setMaxLength(int(rules::INTERVIEWER.max));
    m_ui->interviewerLineEdit->setPlaceholderText(systemUserFullName());
    setInterviewerName(loadInterviewerName(QSettings()));
    setLimits(loadServiceLimits(QSettings()));
    setDatabaseUrl(QSettings().value(keys::databaseUrl()).toString());
    setRetentionDays(QSettings().value(keys::retentionDays(), rules::DEFAULT_RETENTION_DAYS).toInt());
    // Room for a typical URL, whatever the font (not a pixel constant).
    m_ui->databaseUrlLineEdit->setMinimumWidth(m_ui->databaseUrlLineEdit->fontMetrics().averageCharWidth() * 56);
    connect(m_ui->postgresRadioButton, &QRadioButton::toggled, this, &SettingsDialog::updateDatabaseWidgets);
    connect(m_ui->databaseUrlLineEdit, &QLineEdit::textChanged, this, [this] {
        ++m_testNumber; // a running test's result would be about another URL
        m_ui->connectionResultLabel->clear();
        updateDatabaseWidgets();
    });
    connect(m_ui->testConnectionButton, &QPushButton::clicked, this, &SettingsDialog::testConnection);
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

QString SettingsDialog::interviewerName() const
{
    return m_ui->interviewerLineEdit->text().trimmed();
}

void SettingsDialog::setInterviewerName(const QString &name)
{
    m_ui->interviewerLineEdit->setText(name);
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

int SettingsDialog::retentionDays() const
{
    return m_ui->retentionSpinBox->value();
}

void SettingsDialog::setRetentionDays(int days)
{
    m_ui->retentionSpinBox->setValue(days);
}

QString SettingsDialog::databaseUrl() const
{
    return m_ui->postgresRadioButton->isChecked() ? m_ui->databaseUrlLineEdit->text().trimmed() : QString();
}

void SettingsDialog::setDatabaseUrl(const QString &url)
{
    const bool team = !url.trimmed().isEmpty();
    (team ? m_ui->postgresRadioButton : m_ui->sqliteRadioButton)->setChecked(true);
    m_ui->databaseUrlLineEdit->setText(url.trimmed());
    updateDatabaseWidgets();
}

void SettingsDialog::updateDatabaseWidgets()
{
    const bool team = m_ui->postgresRadioButton->isChecked();
    m_ui->databaseUrlLineEdit->setEnabled(team);
    m_ui->testConnectionButton->setEnabled(team && !m_ui->databaseUrlLineEdit->text().trimmed().isEmpty());
    if (!team)
        m_ui->connectionResultLabel->clear();
}

void SettingsDialog::testConnection()
{
    const QString url = m_ui->databaseUrlLineEdit->text().trimmed();
    const Result<DatabaseUrl> parsed = DatabaseUrl::parse(url);
    if (!parsed) {
        showConnectionResult(false, tr("This is not a valid team database URL: %1").arg(parsed.error().details));
        return;
    }
    const int number = ++m_testNumber;
    const QString where = parsed->redacted();
    m_ui->testConnectionButton->setEnabled(false);
    m_ui->connectionResultLabel->setText(tr("Connecting to %1…").arg(where));
    growToFit();
    // The thread owns its Database (and so its connection) and ends with the check; the result
    // reaches this dialog only while it exists (the connection's context).
    auto result = std::make_shared<ConnectionCheck>();
    QThread *thread = QThread::create([url, result] { *result = checkConnection(url); });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    connect(thread, &QThread::finished, this, [this, number, where, result] {
        if (number != m_testNumber)
            return;
        updateDatabaseWidgets();
        if (result->ok && result->needsSetUp)
            showConnectionResult(true,
                                 tr("Connected to %1. The database is empty or older; Interview Recorder "
                                    "sets it up when it next starts with it.")
                                     .arg(where));
        else if (result->ok)
            showConnectionResult(true, tr("Connected to %1.").arg(where));
        else
            showConnectionResult(false, tr("Cannot connect: %1").arg(result->details));
    });
    thread->start();
}

void SettingsDialog::showConnectionResult(bool ok, const QString &message)
{
    m_ui->connectionResultLabel->setText(message);
    growToFit();
    Q_EMIT connectionTested(ok, message);
}

void SettingsDialog::growToFit()
{
    // A top-level window does not follow a wrapped label's height for its width (the layout here
    // reports the height it already has): a longer message would be drawn over the hint below.
    // Grow (never shrink) by what the message lacks.
    QLabel *label = m_ui->connectionResultLabel;
    const int lacking = label->heightForWidth(label->width()) - label->height();
    if (lacking > 0)
        resize(width(), height() + lacking);
}

void SettingsDialog::accept()
{
    const QString url = databaseUrl();
    if (m_ui->postgresRadioButton->isChecked()) {
        const Result<DatabaseUrl> parsed = DatabaseUrl::parse(url);
        if (!parsed) {
            showConnectionResult(false,
                                 url.isEmpty()
                                     ? tr("Enter the team database's URL, or choose the local "
                                          "database.")
                                     : tr("This is not a valid team database URL: %1").arg(parsed.error().details));
            m_ui->databaseUrlLineEdit->setFocus();
            return;
        }
    }
    QSettings settings;
    saveServiceLimits(settings, limits());
    saveInterviewerName(settings, interviewerName());
    settings.setValue(keys::retentionDays(), retentionDays());
    if (url.isEmpty())
        settings.remove(keys::databaseUrl());
    else
        settings.setValue(keys::databaseUrl(), url);
    QDialog::accept();
}

} // namespace ir::ui
