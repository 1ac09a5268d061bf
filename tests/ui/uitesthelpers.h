// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QWidget>

namespace ir::ui {
class SessionBrowser;
}

namespace ir::test {

class TempDatabase;

// Settings go to a throw-away location so tests never touch the person's own.
void isolateSettings();

// Types text key by key like QTest::keyClicks, but any Unicode (keyClicks takes Latin-1 only).
void typeText(QWidget *widget, const QString &text);

// Waits until every write submitted so far through db's writer has run (the writer takes them
// in order): a write the window did not submit by now was refused, not slow. False on timeout.
bool settleWrites(TempDatabase &db);

// Waits until the session list shows sessionId (it applies changes in bursts), then opens it.
// False when either does not happen.
bool openInBrowser(ui::SessionBrowser *browser, const QString &sessionId);

// The one child of root named objectName, failing the test (QFAIL-style via qFatal) when missing.
template<typename T>
T *child(const QWidget *root, const QString &objectName)
{
    T *found = root->findChild<T *>(objectName);
    if (!found)
        qFatal("no child %s", qPrintable(objectName));
    return found;
}

} // namespace ir::test
