// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "uitesthelpers.h"

#include "sessionbrowser.h"
#include "sessiontablemodel.h"
#include "tempdatabase.h"
#include "writebatcher.h"

#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

namespace ir::test {

void isolateSettings()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("InterviewRecorderTests"));
    QCoreApplication::setApplicationName(QStringLiteral("interview-recorder-tests"));
    QSettings().clear();
}

void typeText(QWidget *widget, const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        // A surrogate pair is one key.
        const qsizetype length = text.at(i).isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, text.mid(i, length), Qt::NoModifier);
        i += length - 1;
    }
}

bool settleWrites(TempDatabase &db)
{
    QObject context;
    bool done = false;
    db.writer().call<Done>(
        &context, [] { return Status(Done {}); }, [&](const Status &) { done = true; });
    return QTest::qWaitFor([&] { return done; }, 10'000);
}

bool openInBrowser(ui::SessionBrowser *browser, const QString &sessionId)
{
    if (!QTest::qWaitFor([&] { return browser->model()->rowOf(sessionId) >= 0; }, 10'000))
        return false;
    browser->selectSession(sessionId);
    return true;
}

} // namespace ir::test
