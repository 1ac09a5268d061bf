// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingsdialog.h"
#include "settingskeys.h"
#include "settingsstore.h"
#include "uitesthelpers.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTest>

using namespace ir;
using namespace ir::ui;
using test::child;

// The saved settings the window and app/ share: the limits through the settings dialog, and
// the server's settings, each written and read back.
class TestUiSettings final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { test::isolateSettings(); }

    void limitsRoundTrip_data();
    void limitsRoundTrip();
    void cancelKeepsTheSavedLimits();
    void invalidSavedLimitsFallBack_data();
    void invalidSavedLimitsFallBack();
    void serverSettingsRoundTrip();
    void invalidServerSettingsFallBack();
    void apiKeyIsMadeOnce();
};

void TestUiSettings::limitsRoundTrip_data()
{
    QTest::addColumn<int>("questions");
    QTest::addColumn<int>("sessions");
    QTest::addRow("defaults") << rules::DEFAULT_QUESTION_LIMIT << rules::DEFAULT_ACTIVE_SESSION_LIMIT;
    QTest::addRow("smallest") << rules::QUESTION_LIMIT.min << rules::ACTIVE_SESSION_LIMIT.min;
    QTest::addRow("largest") << rules::QUESTION_LIMIT.max << rules::ACTIVE_SESSION_LIMIT.max;
    QTest::addRow("typical") << 120 << 5;
}

void TestUiSettings::limitsRoundTrip()
{
    QFETCH(int, questions);
    QFETCH(int, sessions);
    {
        SettingsDialog dialog;
        auto *questionBox = child<QSpinBox>(&dialog, QStringLiteral("questionLimitSpinBox"));
        auto *sessionBox = child<QSpinBox>(&dialog, QStringLiteral("sessionLimitSpinBox"));
        QCOMPARE(questionBox->value(), rules::DEFAULT_QUESTION_LIMIT);
        QCOMPARE(sessionBox->value(), rules::DEFAULT_ACTIVE_SESSION_LIMIT);
        questionBox->setValue(questions);
        sessionBox->setValue(sessions);
        dialog.show();
        QTest::mouseClick(child<QDialogButtonBox>(&dialog, QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
    QCOMPARE(QSettings().value(keys::questionLimit()).toInt(), questions);
    QCOMPARE(QSettings().value(keys::sessionLimit()).toInt(), sessions);
    const ServiceLimits loaded = loadServiceLimits(QSettings());
    QCOMPARE(loaded.questionsPerSession, questions);
    QCOMPARE(loaded.activeSessionsPerUser, sessions);
    SettingsDialog again;
    QCOMPARE(again.limits().questionsPerSession, questions);
    QCOMPARE(again.limits().activeSessionsPerUser, sessions);
}

void TestUiSettings::cancelKeepsTheSavedLimits()
{
    QSettings settings;
    saveServiceLimits(settings, ServiceLimits {30, 4});
    SettingsDialog dialog;
    QCOMPARE(dialog.limits().questionsPerSession, 30);
    dialog.setLimits(ServiceLimits {31, 5});
    dialog.reject();
    const ServiceLimits loaded = loadServiceLimits(QSettings());
    QCOMPARE(loaded.questionsPerSession, 30);
    QCOMPARE(loaded.activeSessionsPerUser, 4);
}

void TestUiSettings::invalidSavedLimitsFallBack_data()
{
    QTest::addColumn<QVariant>("stored");
    QTest::addRow("zero") << QVariant(0);
    QTest::addRow("negative") << QVariant(-5);
    QTest::addRow("above the maximum") << QVariant(rules::QUESTION_LIMIT.max + 1);
    QTest::addRow("text") << QVariant(QStringLiteral("many"));
    QTest::addRow("empty") << QVariant(QString());
}

void TestUiSettings::invalidSavedLimitsFallBack()
{
    QFETCH(QVariant, stored);
    QSettings settings;
    settings.setValue(keys::questionLimit(), stored);
    settings.setValue(keys::sessionLimit(), stored);
    const ServiceLimits loaded = loadServiceLimits(settings);
    QCOMPARE(loaded.questionsPerSession, rules::DEFAULT_QUESTION_LIMIT);
    QCOMPARE(loaded.activeSessionsPerUser, rules::DEFAULT_ACTIVE_SESSION_LIMIT);
    // The dialog offers exactly the range the command line accepts.
    SettingsDialog dialog;
    auto *questionBox = child<QSpinBox>(&dialog, QStringLiteral("questionLimitSpinBox"));
    auto *sessionBox = child<QSpinBox>(&dialog, QStringLiteral("sessionLimitSpinBox"));
    QCOMPARE(questionBox->value(), rules::DEFAULT_QUESTION_LIMIT);
    QCOMPARE(questionBox->minimum(), rules::QUESTION_LIMIT.min);
    QCOMPARE(questionBox->maximum(), rules::QUESTION_LIMIT.max);
    QCOMPARE(sessionBox->minimum(), rules::ACTIVE_SESSION_LIMIT.min);
    QCOMPARE(sessionBox->maximum(), rules::ACTIVE_SESSION_LIMIT.max);
}

void TestUiSettings::serverSettingsRoundTrip()
{
    const ServerSettings defaults = loadServerSettings(QSettings());
    QCOMPARE(defaults.bindAddress, QStringLiteral("127.0.0.1"));
    QCOMPARE(defaults.port, quint16(8006));
    QVERIFY(defaults.authEnabled);
    QVERIFY(defaults.apiKey.isEmpty());

    QSettings settings;
    settings.setValue(keys::serverBindAddress(), QStringLiteral("172.17.0.1"));
    settings.setValue(keys::serverPort(), 18006);
    settings.setValue(keys::serverAuthEnabled(), false);
    settings.setValue(keys::serverApiKey(), QStringLiteral("k1"));
    settings.setValue(keys::serverPublicUrl(), QStringLiteral("https://ir.example"));
    settings.setValue(keys::serverAllowedHosts(), QStringList {QStringLiteral("ir.example:443")});
    settings.setValue(keys::serverAllowedOrigins(), QStringList {QStringLiteral("https://dify.example")});
    const ServerSettings loaded = loadServerSettings(settings);
    QCOMPARE(loaded.bindAddress, QStringLiteral("172.17.0.1"));
    QCOMPARE(loaded.port, quint16(18006));
    QVERIFY(!loaded.authEnabled);
    QCOMPARE(loaded.apiKey, QStringLiteral("k1"));
    QCOMPARE(loaded.publicUrl, QStringLiteral("https://ir.example"));
    QCOMPARE(loaded.allowedHosts, QStringList {QStringLiteral("ir.example:443")});
    QCOMPARE(loaded.allowedOrigins, QStringList {QStringLiteral("https://dify.example")});
}

void TestUiSettings::invalidServerSettingsFallBack()
{
    QSettings settings;
    settings.setValue(keys::serverBindAddress(), QStringLiteral("  "));
    settings.setValue(keys::serverPort(), 70000);
    const ServerSettings loaded = loadServerSettings(settings);
    QCOMPARE(loaded.bindAddress, QStringLiteral("127.0.0.1"));
    QCOMPARE(loaded.port, quint16(8006));
}

void TestUiSettings::apiKeyIsMadeOnce()
{
    QSettings settings;
    ServerSettings server = loadServerSettings(settings);
    QVERIFY(ensureApiKey(settings, server));
    QVERIFY(server.apiKey.size() >= 40);
    QCOMPARE(QSettings().value(keys::serverApiKey()).toString(), server.apiKey);
    ServerSettings again = loadServerSettings(QSettings());
    QVERIFY(!ensureApiKey(settings, again));
    QCOMPARE(again.apiKey, server.apiKey);
}

QTEST_MAIN(TestUiSettings)
#include "tst_uisettings.moc"
