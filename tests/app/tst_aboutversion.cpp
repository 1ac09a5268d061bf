// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The About dialog shows the version of CMake's project(VERSION) (issue 15), in both languages.
#include "languages.h"
#include "messagebox.h"
#include "uitesthelpers.h"
#include "windowfixture.h"

#include <QMenu>
#include <QTest>

using namespace ir;
using namespace ir::ui;

class TestAboutVersion final : public QObject, public test::WindowFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::isolateSettings(); }
    void init()
    {
        m_languages = std::make_unique<Languages>();
        QVERIFY(openWindow());
    }
    void cleanup()
    {
        closeWindow();
        m_languages.reset();
    }
    void aboutShowsTheVersion_data();
    void aboutShowsTheVersion();

private:
    std::unique_ptr<Languages> m_languages;
};

void TestAboutVersion::aboutShowsTheVersion_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("name");
    QTest::addRow("en") << QStringLiteral("en") << QStringLiteral("Interview Recorder");
    QTest::addRow("zh_CN") << QStringLiteral("zh_CN") << QStringLiteral("面试记录器");
}

void TestAboutVersion::aboutShowsTheVersion()
{
    QFETCH(QString, language);
    QFETCH(QString, name);
    m_languages->install(language);
    m_window->applyLanguage(language);
    auto *helpMenu = test::child<QMenu>(m_window.get(), QStringLiteral("helpMenu"));
    // Alt+H opens the Help menu, A (its one entry's access key) the About box, answered here.
    QTest::keyClick(m_window.get(), Qt::Key_H, Qt::AltModifier);
    QTRY_VERIFY(helpMenu->isVisible());
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QTest::keyClick(helpMenu, Qt::Key_A);
    QTRY_VERIFY(MessageBox::lastText().contains(QStringLiteral(IR_PROJECT_VERSION)));
    QVERIFY2(MessageBox::lastText().contains(name), qPrintable(MessageBox::lastText()));
}

QTEST_MAIN(TestAboutVersion)
#include "tst_aboutversion.moc"
