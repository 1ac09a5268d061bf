// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "readonlylook.h"

#include <QAbstractSpinBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVariant>

namespace ir::ui {
namespace {

constexpr const char *CLEAR_BUTTON = "irClearButtonWhenEditable";

// A line edit paints its panel in Base even without a frame: read-only, it takes the window's.
void setBaseFromWindow(QWidget *field, bool fromWindow)
{
    if (!fromWindow) {
        field->setPalette(QPalette());
        return;
    }
    QPalette palette = field->palette();
    for (QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled})
        palette.setBrush(group, QPalette::Base, palette.brush(group, QPalette::Window));
    field->setPalette(palette);
}

} // namespace

void setReadOnlyLook(QWidget *field, bool readOnly)
{
    if (auto *line = qobject_cast<QLineEdit *>(field)) {
        if (readOnly == line->property(CLEAR_BUTTON).isValid())
            return; // already so
        line->setReadOnly(readOnly);
        line->setFrame(!readOnly);
        setBaseFromWindow(line, readOnly);
        // Nothing to clear in a value that cannot change.
        if (readOnly) {
            line->setProperty(CLEAR_BUTTON, line->isClearButtonEnabled());
            line->setClearButtonEnabled(false);
        } else {
            line->setClearButtonEnabled(line->property(CLEAR_BUTTON).toBool());
            line->setProperty(CLEAR_BUTTON, QVariant());
        }
    } else if (auto *text = qobject_cast<QPlainTextEdit *>(field)) {
        text->setReadOnly(readOnly);
        text->setFrameShape(readOnly ? QFrame::NoFrame : QFrame::StyledPanel);
        text->viewport()->setBackgroundRole(readOnly ? QPalette::Window : QPalette::Base);
    } else if (auto *spin = qobject_cast<QAbstractSpinBox *>(field)) {
        spin->setReadOnly(readOnly);
        spin->setFrame(!readOnly);
        setBaseFromWindow(spin, readOnly);
        spin->setButtonSymbols(readOnly ? QAbstractSpinBox::NoButtons : QAbstractSpinBox::UpDownArrows);
    } else if (field) {
        field->setEnabled(!readOnly);
    }
}

} // namespace ir::ui
