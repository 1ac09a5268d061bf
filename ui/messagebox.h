// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMessageBox>
#include <QString>

#include <optional>
#include <utility>

namespace ir::ui {

// Every message box of the window goes through here, so that tests can answer the next one
// before it opens (as KeePassXC's gui/MessageBox does) instead of blocking on a modal dialog.
class MessageBox final
{
public:
    using Button = QMessageBox::StandardButton;
    using Buttons = QMessageBox::StandardButtons;

    // A question with a destructive or important action; returns the button pressed.
    static Button question(QWidget *parent, const QString &title, const QString &text, Buttons buttons,
                           Button defaultButton);
    // The same with some buttons named for what they do (e.g. Yes as "Accept all and complete").
    static Button question(QWidget *parent, const QString &title, const QString &text, Buttons buttons,
                           Button defaultButton, const QList<std::pair<Button, QString>> &buttonTexts);
    // Yes/No confirmation; true when confirmed.
    static bool confirm(QWidget *parent, const QString &title, const QString &text);
    static void warning(QWidget *parent, const QString &title, const QString &text);
    static void information(QWidget *parent, const QString &title, const QString &text);

    // Tests: the next box returns this button without being shown.
    static void setNextAnswer(Button button);
    // Tests: the next boxes, in turn (one action that asks twice).
    static void setNextAnswers(const QList<Button> &buttons);
    // Tests: the text of the last box asked (shown or pre-answered).
    static QString lastText();

private:
    static Button ask(QMessageBox::Icon icon, QWidget *parent, const QString &title, const QString &text,
                      Buttons buttons, Button defaultButton, const QList<std::pair<Button, QString>> &buttonTexts = {});
};

} // namespace ir::ui
