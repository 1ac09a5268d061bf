// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "expirybanner.h"
#include "exporter.h"
#include "fileactions.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "rules.h"
#include "settingsdialog.h"
#include "settingskeys.h"
#include "uitesthelpers.h"
#include "windowfixture.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTest>

using namespace ir;
using namespace ir::ui;
using namespace Qt::StringLiterals;
using test::child;

namespace {
constexpr qint64 DAY_MS = 24LL * 60 * 60 * 1000;
constexpr qint64 HOUR_MS = 60LL * 60 * 1000;
} // namespace

// The retention period in the settings dialog and the window's week-ahead warning (issue 13),
// with time from the mock clock.
class TestUiRetention final : public QObject, private test::WindowFixture
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void settingsDefaultAndRange();
    void settingsSavesTheTypedDays_data();
    void settingsSavesTheTypedDays();
    void warnsAWeekAheadAndDaily();
    void goesWhenTheSessionsGo();
    void dismissLastsUntilTheNextDay();
    void exportOffersTheOlderSessions();

private:
    ExpiryBanner *banner() const { return m_window->expiryBanner(); }
    std::unique_ptr<Exporter> m_exporter;
};

void TestUiRetention::init()
{
    test::isolateSettings();
    QSettings().remove(ui::keys::retentionDays());
    QVERIFY(openWindow());
}

void TestUiRetention::cleanup()
{
    FileActions::setFileChooser({});
    closeWindow();
    m_exporter.reset();
}

void TestUiRetention::settingsDefaultAndRange()
{
    SettingsDialog dialog;
    auto *spin = child<QSpinBox>(&dialog, u"retentionSpinBox"_s);
    QCOMPARE(spin->value(), rules::DEFAULT_RETENTION_DAYS);
    QCOMPARE(spin->minimum(), 0);
    QCOMPARE(spin->maximum(), rules::MAX_RETENTION_DAYS);
    QCOMPARE(dialog.retentionDays(), rules::DEFAULT_RETENTION_DAYS);
}

void TestUiRetention::settingsSavesTheTypedDays_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<int>("stored");
    QTest::addRow("a month") << u"30"_s << 30;
    QTest::addRow("two years") << u"730"_s << 730;
    QTest::addRow("forever") << u"0"_s << 0;
}

void TestUiRetention::settingsSavesTheTypedDays()
{
    QFETCH(QString, typed);
    QFETCH(int, stored);
    {
        SettingsDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *spin = child<QSpinBox>(&dialog, u"retentionSpinBox"_s);
        spin->setFocus();
        QTest::keyClick(spin, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(spin, typed);
        QTest::mouseClick(child<QDialogButtonBox>(&dialog, u"buttonBox"_s)->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
    QCOMPARE(QSettings().value(ui::keys::retentionDays()).toInt(), stored);
    SettingsDialog again;
    QCOMPARE(child<QSpinBox>(&again, u"retentionSpinBox"_s)->value(), stored);
    if (stored == 0)
        QCOMPARE(child<QSpinBox>(&again, u"retentionSpinBox"_s)->text(), SettingsDialog::tr("Forever"));
}

void TestUiRetention::warnsAWeekAheadAndDaily()
{
    // The window checked when it opened: nothing to warn about.
    QVERIFY(banner()->isHidden());
    QSettings().setValue(ui::keys::retentionDays(), 10);
    const Session old = m_db->createSession(u"old_user"_s);
    QVERIFY(!old.sessionId.isEmpty());
    // Four days later the ten-day period ends within a week (in six days).
    m_db->clock().advance(4 * DAY_MS);
    banner()->tick();
    QTRY_VERIFY(banner()->isVisible());
    QCOMPARE(banner()->expiringCount(), 1);
    QCOMPARE(banner()->expiringCount(), m_db->service().sessionsExpiringWithin(10, 7).value());
    QVERIFY2(banner()->text().contains(QLocale().toString(1)), qPrintable(banner()->text()));
    QVERIFY(banner()->text().contains(ExpiryBanner::tr("%n day(s)", nullptr, 10)));
    // The period is switched off; within the day nothing is read again, the next day it is.
    QSettings().setValue(ui::keys::retentionDays(), 0);
    m_db->clock().advance(HOUR_MS);
    banner()->tick();
    QVERIFY(banner()->isVisible());
    m_db->clock().advance(DAY_MS);
    banner()->tick();
    QVERIFY(banner()->isHidden());
    QCOMPARE(banner()->expiringCount(), 0);
}

void TestUiRetention::goesWhenTheSessionsGo()
{
    QSettings().setValue(ui::keys::retentionDays(), 10);
    const Session first = m_db->createSession(u"old_user"_s);
    const Session second = m_db->createSession(u"old_user"_s);
    m_db->clock().advance(4 * DAY_MS);
    banner()->tick();
    QTRY_VERIFY(banner()->isVisible());
    QCOMPARE(banner()->expiringCount(), 2);
    // One is worked on again (its last change is now), the other deleted: nothing expires.
    SessionPatch patch;
    patch.sessionName = u"第二轮"_s;
    QVERIFY(m_db->service().updateSession(first.sessionId, patch, Source::Ui));
    QTRY_COMPARE(banner()->expiringCount(), 1);
    QVERIFY(banner()->isVisible());
    QVERIFY(m_db->service().deleteSession(second.sessionId));
    QTRY_VERIFY(banner()->isHidden());
    QCOMPARE(banner()->expiringCount(), 0);
}

void TestUiRetention::dismissLastsUntilTheNextDay()
{
    QSettings().setValue(ui::keys::retentionDays(), 3);
    m_db->createSession(u"old_user"_s);
    m_db->clock().advance(DAY_MS);
    banner()->tick();
    QTRY_VERIFY(banner()->isVisible());
    QTest::mouseClick(child<QPushButton>(banner(), u"dismissExpiryButton"_s), Qt::LeftButton);
    QVERIFY(banner()->isHidden());
    m_db->clock().advance(HOUR_MS);
    banner()->tick();
    QVERIFY(banner()->isHidden());
    m_db->clock().advance(DAY_MS);
    banner()->tick();
    QVERIFY(banner()->isVisible());
}

void TestUiRetention::exportOffersTheOlderSessions()
{
    QSettings().setValue(ui::keys::retentionDays(), 10);
    const Session old = m_db->createSession(u"old_user"_s);
    m_db->clock().advance(4 * DAY_MS);
    const Session recent = m_db->createSession(u"new_user"_s);
    auto *exportButton = child<QPushButton>(banner(), u"exportExpiringButton"_s);
    banner()->tick();
    QTRY_VERIFY(banner()->isVisible());
    QVERIFY(exportButton->isHidden()); // no file services yet
    m_exporter = std::make_unique<Exporter>(m_db->service());
    m_window->setFileServices(FileServices {m_exporter.get(), {}, {}});
    QVERIFY(!exportButton->isHidden());
    const QString path = QDir(m_db->dir()).filePath(u"expiring.json"_s);
    FileActions::setFileChooser(
        [path](FileActions::Dialog, const QString &, const QString &, const QStringList &, QString *) { return path; });
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QTest::mouseClick(exportButton, Qt::LeftButton);
    QTRY_VERIFY(QFile::exists(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.contains(old.sessionId.toUtf8()));
    QVERIFY(!bytes.contains(recent.sessionId.toUtf8())); // made after the cutoff: not expiring
}

QTEST_MAIN(TestUiRetention)
#include "tst_uiretention.moc"
