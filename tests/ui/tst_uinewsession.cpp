// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "newsessiondialog.h"
#include "rules.h"
#include "serviceclient.h"
#include "settingsdialog.h"
#include "settingskeys.h"
#include "settingsstore.h"
#include "tempdatabase.h"
#include "uitesthelpers.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSpinBox>
#include <QTest>

#include <memory>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

using namespace ir;
using namespace ir::ui;
using test::child;

// The New Session dialog over a real database and writer: the candidate's name, a hint for a
// disabled Create, the duration rule, room for a long session name, the kits it offers and the
// interviewer it takes from the settings.
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
    void offersTheKits();
    void kitFillsTheForm_data();
    void kitFillsTheForm();
    void saysWhenTheKitIsGone();
    void prefillsTheInterviewer_data();
    void prefillsTheInterviewer();
    void interviewerDefaultsToTheOsUser();
    void settingsKeepTheInterviewerName();

private:
    void typeDuration(NewSessionDialog &dialog, const QString &minutes);
    Kit createKit(const QString &name, SessionType type, DifficultyLevel difficulty, int minutes);

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
    QSettings().remove(keys::interviewerName());
}

Kit TestUiNewSession::createKit(const QString &name, SessionType type, DifficultyLevel difficulty, int minutes)
{
    Kit draft;
    draft.name = name;
    draft.sessionType = type;
    draft.difficultyLevel = difficulty;
    draft.estimatedDuration = minutes;
    Competency c;
    c.key = QStringLiteral("communication");
    c.name = QStringLiteral("沟通");
    c.rubric = {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d")};
    draft.competencies = {c};
    const Result<Kit> kit = m_db->service().createKit(draft);
    if (!kit)
        qFatal("createKit: %s", qPrintable(kit.error().details));
    return *kit;
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

void TestUiNewSession::offersTheKits()
{
    {
        // None yet: only "No kit", and nothing to choose.
        NewSessionDialog dialog(*m_client);
        auto *kits = child<QComboBox>(&dialog, QStringLiteral("kitComboBox"));
        QCOMPARE(kits->count(), 1);
        QVERIFY(kits->currentData().toString().isEmpty());
        QVERIFY(!kits->isEnabled());
    }
    const Kit backend
        = createKit(QStringLiteral("后端工程师"), SessionType::CompanyPosition, DifficultyLevel::Hard, 90);
    const Kit analyst = createKit(QStringLiteral("Analyst"), SessionType::ResumeCustomized, DifficultyLevel::Easy, 30);
    NewSessionDialog dialog(*m_client);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *kits = child<QComboBox>(&dialog, QStringLiteral("kitComboBox"));
    QVERIFY(kits->isEnabled());
    QCOMPARE(kits->count(), 3);
    QStringList offered;
    for (int i = 1; i < kits->count(); ++i)
        offered << kits->itemData(i).toString();
    QCOMPARE(QSet<QString>(offered.cbegin(), offered.cend()), QSet<QString>({backend.kitId, analyst.kitId}));
    // Created from a kit: the session has its competencies.
    QTest::keyClicks(child<QLineEdit>(&dialog, QStringLiteral("userIdLineEdit")), QStringLiteral("cand_9"));
    kits->setFocus();
    QTest::keyClick(kits, Qt::Key_Down);
    const QString chosen = kits->currentData().toString();
    QVERIFY(!chosen.isEmpty());
    QTest::keyClick(kits, Qt::Key_Return);
    QTRY_VERIFY(!dialog.isVisible());
    const Result<Session> stored = m_db->service().session(dialog.createdSessionId());
    QVERIFY(stored.ok());
    QCOMPARE(stored->kitId, chosen);
    QCOMPARE(m_db->service().scorecard(stored->sessionId)->ratings.size(), 1);
}

void TestUiNewSession::kitFillsTheForm_data()
{
    QTest::addColumn<int>("downs"); // Down presses on the kit box after the last kit was chosen
    QTest::addColumn<int>("type");
    QTest::addColumn<int>("difficulty");
    QTest::addColumn<int>("minutes");
    QTest::addColumn<bool>("fromKit");
    // Kits are offered by name: "Analyst" first, then "后端工程师".
    QTest::addRow("first kit") << 1 << int(SessionType::ResumeCustomized) << int(DifficultyLevel::Easy) << 30 << true;
    QTest::addRow("second kit") << 2 << int(SessionType::CompanyPosition) << int(DifficultyLevel::Hard) << 90 << true;
    QTest::addRow("no kit") << 0 << int(SessionType::KnowledgeBased) << int(DifficultyLevel::Medium)
                            << rules::DEFAULT_DURATION << false;
}

void TestUiNewSession::kitFillsTheForm()
{
    QFETCH(int, downs);
    QFETCH(int, type);
    QFETCH(int, difficulty);
    QFETCH(int, minutes);
    QFETCH(bool, fromKit);
    createKit(QStringLiteral("后端工程师"), SessionType::CompanyPosition, DifficultyLevel::Hard, 90);
    createKit(QStringLiteral("Analyst"), SessionType::ResumeCustomized, DifficultyLevel::Easy, 30);
    NewSessionDialog dialog(*m_client);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::keyClicks(child<QLineEdit>(&dialog, QStringLiteral("userIdLineEdit")), QStringLiteral("u1"));
    auto *kits = child<QComboBox>(&dialog, QStringLiteral("kitComboBox"));
    kits->setFocus();
    for (int i = 0; i < downs; ++i)
        QTest::keyClick(kits, Qt::Key_Down);
    QCOMPARE(child<QComboBox>(&dialog, QStringLiteral("sessionTypeComboBox"))->currentData().toInt(), type);
    QCOMPARE(child<QComboBox>(&dialog, QStringLiteral("difficultyComboBox"))->currentData().toInt(), difficulty);
    QCOMPARE(child<QSpinBox>(&dialog, QStringLiteral("durationSpinBox"))->value(), minutes);
    // The kit's values stay editable before Create.
    auto *duration = child<QSpinBox>(&dialog, QStringLiteral("durationSpinBox"));
    duration->setValue(minutes + 5);
    QTest::keyClick(kits, Qt::Key_Return);
    QTRY_VERIFY(!dialog.isVisible());
    const Result<Session> stored = m_db->service().session(dialog.createdSessionId());
    QVERIFY(stored.ok());
    QCOMPARE(int(stored->sessionType), type);
    QCOMPARE(int(stored->difficultyLevel), difficulty);
    QCOMPARE(stored->estimatedDuration, minutes + 5);
    QCOMPARE(!stored->kitId.isEmpty(), fromKit);
}

void TestUiNewSession::saysWhenTheKitIsGone()
{
    const Kit kit = createKit(QStringLiteral("Gone"), SessionType::CompanyPosition, DifficultyLevel::Hard, 90);
    NewSessionDialog dialog(*m_client);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::keyClicks(child<QLineEdit>(&dialog, QStringLiteral("userIdLineEdit")), QStringLiteral("u1"));
    auto *kits = child<QComboBox>(&dialog, QStringLiteral("kitComboBox"));
    kits->setFocus();
    QTest::keyClick(kits, Qt::Key_Down);
    QVERIFY(m_db->service().deleteKit(kit.kitId).ok());
    QTest::mouseClick(child<QPushButton>(&dialog, QStringLiteral("createButton")), Qt::LeftButton);
    auto *error = child<QLabel>(&dialog, QStringLiteral("errorLabel"));
    QTRY_VERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("kit no longer exists")), qPrintable(error->text()));
    QVERIFY(dialog.isVisible());
    QCOMPARE(*m_db->service().countSessions({}), 0);
}

void TestUiNewSession::prefillsTheInterviewer_data()
{
    QTest::addColumn<bool>("saved"); // a name is in the settings
    QTest::addColumn<QString>("savedName");
    QTest::addColumn<QString>("typed"); // typed over the prefilled name; empty = left as it is
    QTest::addColumn<QString>("expected");
    QTest::addRow("from the settings") << true << QStringLiteral("张伟") << QString() << QStringLiteral("张伟");
    QTest::addRow("the OS user") << false << QString() << QString() << systemUserFullName();
    QTest::addRow("emptied in the settings") << true << QString() << QString() << QString();
    QTest::addRow("typed over") << true << QStringLiteral("张伟") << QStringLiteral("Li Lei")
                                << QStringLiteral("Li Lei");
}

void TestUiNewSession::prefillsTheInterviewer()
{
    QFETCH(bool, saved);
    QFETCH(QString, savedName);
    QFETCH(QString, typed);
    QFETCH(QString, expected);
    if (saved)
        QSettings().setValue(keys::interviewerName(), savedName);
    NewSessionDialog dialog(*m_client);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *interviewer = child<QLineEdit>(&dialog, QStringLiteral("interviewerLineEdit"));
    QCOMPARE(interviewer->maxLength(), int(rules::INTERVIEWER.max));
    if (!typed.isEmpty()) {
        interviewer->clear();
        test::typeText(interviewer, typed);
    } else {
        QCOMPARE(interviewer->text(), expected);
    }
    QTest::keyClicks(child<QLineEdit>(&dialog, QStringLiteral("userIdLineEdit")), QStringLiteral("u1"));
    QTest::mouseClick(child<QPushButton>(&dialog, QStringLiteral("createButton")), Qt::LeftButton);
    QTRY_VERIFY(!dialog.isVisible());
    QCOMPARE(m_db->service().session(dialog.createdSessionId())->interviewer, expected);
}

void TestUiNewSession::interviewerDefaultsToTheOsUser()
{
    const QString name = systemUserFullName();
    QVERIFY(!name.isEmpty());
    QVERIFY(!name.contains(QLatin1Char(',')));
#ifdef Q_OS_UNIX
    const passwd *entry = getpwuid(getuid());
    QVERIFY(entry);
    const QString gecos = QString::fromLocal8Bit(entry->pw_gecos).section(QLatin1Char(','), 0, 0).trimmed();
    QCOMPARE(name, gecos.isEmpty() ? QString::fromLocal8Bit(entry->pw_name) : gecos);
#endif
    QSettings settings;
    settings.remove(keys::interviewerName());
    QCOMPARE(loadInterviewerName(settings), name);
}

void TestUiNewSession::settingsKeepTheInterviewerName()
{
    {
        SettingsDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *field = child<QLineEdit>(&dialog, QStringLiteral("interviewerLineEdit"));
        QCOMPARE(field->text(), systemUserFullName());
        field->clear();
        test::typeText(field, QStringLiteral(" 王面试官 "));
        dialog.accept();
    }
    QCOMPARE(loadInterviewerName(QSettings()), QStringLiteral("王面试官"));
    NewSessionDialog created(*m_client);
    QCOMPARE(child<QLineEdit>(&created, QStringLiteral("interviewerLineEdit"))->text(), QStringLiteral("王面试官"));
    {
        // The OS user's name again: not stored, so it follows the system.
        SettingsDialog dialog;
        child<QLineEdit>(&dialog, QStringLiteral("interviewerLineEdit"))->setText(systemUserFullName());
        dialog.accept();
    }
    QVERIFY(!QSettings().contains(keys::interviewerName()));
}

QTEST_MAIN(TestUiNewSession)
#include "tst_uinewsession.moc"
