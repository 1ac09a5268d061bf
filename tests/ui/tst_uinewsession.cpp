// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "newsessiondialog.h"
#include "rules.h"
#include "serviceclient.h"
#include "tempdatabase.h"
#include "uitesthelpers.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScreen>
#include <QSpinBox>
#include <QTest>

#include <memory>

using namespace ir;
using namespace ir::ui;
using test::child;

// The New Session dialog over a real database and writer: the candidate's name, a hint for a
// disabled Create, the duration rule, and room for a long session name.
class TestUiNewSession final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::isolateSettings(); }
    void init();
    void cleanup();

    void storesTheCandidateName();
    void saysWhyCreateIsDisabled_data();
    void saysWhyCreateIsDisabled();
    void refusesAnOutOfRangeDurationOnEnter_data();
    void refusesAnOutOfRangeDurationOnEnter();
    void fitsALongSessionName();

private:
    void typeDuration(NewSessionDialog &dialog, const QString &minutes);

    std::unique_ptr<test::TempDatabase> m_db;
    std::unique_ptr<ServiceClient> m_client;
};

void TestUiNewSession::init()
{
    m_db = std::make_unique<test::TempDatabase>();
    QVERIFY(m_db->isValid());
    m_client = std::make_unique<ServiceClient>(m_db->service(), m_db->writer());
}

void TestUiNewSession::cleanup()
{
    m_client.reset();
    m_db.reset();
}

void TestUiNewSession::typeDuration(NewSessionDialog &dialog, const QString &minutes)
{
    auto *duration = child<QSpinBox>(&dialog, QStringLiteral("durationSpinBox"));
    duration->setFocus();
    duration->selectAll();
    QTest::keyClick(duration, Qt::Key_Delete);
    QTest::keyClicks(duration, minutes);
}

void TestUiNewSession::storesTheCandidateName()
{
    NewSessionDialog dialog(*m_client);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *name = child<QLineEdit>(&dialog, QStringLiteral("candidateNameLineEdit"));
    QCOMPARE(name->maxLength(), int(rules::CANDIDATE_NAME.max));
    QTest::keyClicks(child<QLineEdit>(&dialog, QStringLiteral("userIdLineEdit")), QStringLiteral("cand_7"));
    // Tab from the user ID leads to the name: the two belong together.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), name);
    test::typeText(name, QStringLiteral(" 张伟 "));
    QTest::keyClick(name, Qt::Key_Return);
    QTRY_VERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const Result<Session> stored = m_db->service().session(dialog.createdSessionId());
    QVERIFY(stored.ok());
    QCOMPARE(stored->userId, QStringLiteral("cand_7"));
    QCOMPARE(stored->metadata.value(QString::fromUtf16(rules::CANDIDATE_NAME.field)).toString(),
             QStringLiteral("张伟"));

    // Without a name nothing is added to the metadata.
    NewSessionDialog unnamed(*m_client);
    unnamed.show();
    QVERIFY(QTest::qWaitForWindowExposed(&unnamed));
    QTest::keyClicks(child<QLineEdit>(&unnamed, QStringLiteral("userIdLineEdit")), QStringLiteral("cand_8"));
    QTest::mouseClick(child<QPushButton>(&unnamed, QStringLiteral("createButton")), Qt::LeftButton);
    QTRY_VERIFY(!unnamed.isVisible());
    QVERIFY(m_db->service().session(unnamed.createdSessionId())->metadata.isEmpty());
}

void TestUiNewSession::saysWhyCreateIsDisabled_data()
{
    QTest::addColumn<QString>("userId");
    QTest::addColumn<QString>("minutes"); // typed into the duration box; empty = untouched
    QTest::addColumn<QStringList>("hintNames"); // what the hint must say; empty = no hint

    const QString range = QStringLiteral("between %1 and %2 minutes").arg(rules::MIN_DURATION).arg(rules::MAX_DURATION);
    QTest::addRow("no user ID") << QString() << QString() << QStringList {QStringLiteral("candidate ID")};
    QTest::addRow("blank user ID") << QStringLiteral("   ") << QString()
                                   << QStringList {QStringLiteral("candidate ID")};
    QTest::addRow("0 minutes") << QStringLiteral("u1") << QStringLiteral("0") << QStringList {range};
    QTest::addRow("5 minutes") << QStringLiteral("u1") << QStringLiteral("5") << QStringList {range};
    QTest::addRow("no user ID and 0 minutes")
        << QString() << QStringLiteral("0") << QStringList {QStringLiteral("candidate ID"), range};
    QTest::addRow("lowest duration") << QStringLiteral("u1") << QString::number(rules::MIN_DURATION) << QStringList {};
    QTest::addRow("valid") << QStringLiteral("u1") << QString() << QStringList {};
}

void TestUiNewSession::saysWhyCreateIsDisabled()
{
    QFETCH(QString, userId);
    QFETCH(QString, minutes);
    QFETCH(QStringList, hintNames);
    NewSessionDialog dialog(*m_client);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::keyClicks(child<QLineEdit>(&dialog, QStringLiteral("userIdLineEdit")), userId);
    if (!minutes.isEmpty())
        typeDuration(dialog, minutes);
    auto *create = child<QPushButton>(&dialog, QStringLiteral("createButton"));
    auto *hint = dialog.findChild<QLabel *>(QStringLiteral("createHintLabel"));
    QVERIFY2(hint, "no hint under the form");
    QCOMPARE(create->isEnabled(), hintNames.isEmpty());
    QCOMPARE(hint->isVisible(), !hintNames.isEmpty());
    for (const QString &needed : hintNames)
        QVERIFY2(hint->text().contains(needed), qPrintable(hint->text()));
}

void TestUiNewSession::refusesAnOutOfRangeDurationOnEnter_data()
{
    QTest::addColumn<QString>("minutes");
    QTest::addRow("0") << QStringLiteral("0");
    QTest::addRow("below the minimum") << QString::number(rules::MIN_DURATION - 1);
}

void TestUiNewSession::refusesAnOutOfRangeDurationOnEnter()
{
    QFETCH(QString, minutes);
    NewSessionDialog dialog(*m_client);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::keyClicks(child<QLineEdit>(&dialog, QStringLiteral("userIdLineEdit")), QStringLiteral("u1"));
    typeDuration(dialog, minutes);
    auto *duration = child<QSpinBox>(&dialog, QStringLiteral("durationSpinBox"));
    QTest::keyClick(duration, Qt::Key_Return);
    QVERIFY(dialog.isVisible());
    QVERIFY(!dialog.isCreating());
    QVERIFY(duration->text().startsWith(minutes)); // what was typed stays, with the reason
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("createHintLabel"))->isVisible());
    QCOMPARE(*m_db->service().countSessions({}), 0);
}

void TestUiNewSession::fitsALongSessionName()
{
    NewSessionDialog dialog(*m_client);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *name = child<QLineEdit>(&dialog, QStringLiteral("sessionNameLineEdit"));
    const QString longName = QStringLiteral("Senior backend engineer, distributed systems: onsite round 2");
    test::typeText(name, longName);
    const int textWidth = name->fontMetrics().horizontalAdvance(longName);
    QVERIFY2(name->width() > textWidth, qPrintable(QStringLiteral("%1 <= %2").arg(name->width()).arg(textWidth)));
    QVERIFY(dialog.frameGeometry().width() <= dialog.screen()->availableGeometry().width());
}

QTEST_MAIN(TestUiNewSession)
#include "tst_uinewsession.moc"
