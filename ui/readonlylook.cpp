// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "readonlylook.h"

#include <QAbstractSpinBox>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace ir::ui {

void setReadOnlyLook(QWidget *field, bool readOnly)
{
    if (auto *line = qobject_cast<QLineEdit *>(field)) {
        line->setReadOnly(readOnly);
        line->setFrame(!readOnly);
    } else if (auto *text = qobject_cast<QPlainTextEdit *>(field)) {
        text->setReadOnly(readOnly);
        text->setFrameShape(readOnly ? QFrame::NoFrame : QFrame::StyledPanel);
        text->viewport()->setBackgroundRole(readOnly ? QPalette::Window : QPalette::Base);
    } else if (auto *spin = qobject_cast<QAbstractSpinBox *>(field)) {
        spin->setReadOnly(readOnly);
        spin->setFrame(!readOnly);
        spin->setButtonSymbols(readOnly ? QAbstractSpinBox::NoButtons : QAbstractSpinBox::UpDownArrows);
    } else if (field) {
        field->setEnabled(!readOnly);
    }
}

} // namespace ir::ui
