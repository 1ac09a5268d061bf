// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagebox.h"

namespace ir::ui {
namespace {

// Only the GUI thread opens message boxes, so plain statics suffice.
std::optional<MessageBox::Button> s_nextAnswer;
QString s_lastText;

} // namespace

MessageBox::Button MessageBox::ask(QMessageBox::Icon icon, QWidget *parent, const QString &title, const QString &text,
                                   Buttons buttons, Button defaultButton)
{
    s_lastText = text;
    if (s_nextAnswer) {
        const Button answer = *s_nextAnswer;
        s_nextAnswer.reset();
        return answer;
    }
    QMessageBox box(icon, title, text, buttons, parent);
    box.setDefaultButton(defaultButton);
    return Button(box.exec());
}

MessageBox::Button MessageBox::question(QWidget *parent, const QString &title, const QString &text, Buttons buttons,
                                        Button defaultButton)
{
    return ask(QMessageBox::Question, parent, title, text, buttons, defaultButton);
}

bool MessageBox::confirm(QWidget *parent, const QString &title, const QString &text)
{
    return ask(QMessageBox::Question, parent, title, text, QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        == QMessageBox::Yes;
}

void MessageBox::warning(QWidget *parent, const QString &title, const QString &text)
{
    ask(QMessageBox::Warning, parent, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

void MessageBox::information(QWidget *parent, const QString &title, const QString &text)
{
    ask(QMessageBox::Information, parent, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

void MessageBox::setNextAnswer(Button button)
{
    s_nextAnswer = button;
}

QString MessageBox::lastText()
{
    return s_lastText;
}

} // namespace ir::ui
