// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagebox.h"

#include <QAbstractButton>

namespace ir::ui {
namespace {

// Only the GUI thread opens message boxes, so plain statics suffice.
QList<MessageBox::Button> s_nextAnswers;
QString s_lastText;

} // namespace

MessageBox::Button MessageBox::ask(QMessageBox::Icon icon, QWidget *parent, const QString &title, const QString &text,
                                   Buttons buttons, Button defaultButton,
                                   const QList<std::pair<Button, QString>> &buttonTexts)
{
    s_lastText = text;
    if (!s_nextAnswers.isEmpty())
        return s_nextAnswers.takeFirst();
    QMessageBox box(icon, title, text, buttons, parent);
    box.setDefaultButton(defaultButton);
    for (const auto &[button, buttonText] : buttonTexts) {
        if (QAbstractButton *named = box.button(button))
            named->setText(buttonText);
    }
    return Button(box.exec());
}

MessageBox::Button MessageBox::question(QWidget *parent, const QString &title, const QString &text, Buttons buttons,
                                        Button defaultButton)
{
    return ask(QMessageBox::Question, parent, title, text, buttons, defaultButton);
}

MessageBox::Button MessageBox::question(QWidget *parent, const QString &title, const QString &text, Buttons buttons,
                                        Button defaultButton, const QList<std::pair<Button, QString>> &buttonTexts)
{
    return ask(QMessageBox::Question, parent, title, text, buttons, defaultButton, buttonTexts);
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
    s_nextAnswers = {button};
}

void MessageBox::setNextAnswers(const QList<Button> &buttons)
{
    s_nextAnswers = buttons;
}

QString MessageBox::lastText()
{
    return s_lastText;
}

} // namespace ir::ui
