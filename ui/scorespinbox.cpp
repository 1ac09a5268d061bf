// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "scorespinbox.h"

#include <algorithm>

namespace ir::ui {
namespace {

// Large enough that any number a person types stays as typed (and is refused), never cut short.
constexpr double ENTRY_MAX = 9999.9;

} // namespace

ScoreSpinBox::ScoreSpinBox(QWidget *parent)
    : QDoubleSpinBox(parent)
{
    setDecimals(1);
    setRange(NO_SCORE, ENTRY_MAX);
    setSingleStep(0.5);
    setValue(NO_SCORE);
}

void ScoreSpinBox::stepBy(int steps)
{
    setValue(std::clamp(value() + steps * singleStep(), NO_SCORE, MAX_SCORE));
    selectAll();
}

QAbstractSpinBox::StepEnabled ScoreSpinBox::stepEnabled() const
{
    if (isReadOnly())
        return StepNone;
    StepEnabled enabled = StepNone;
    if (value() > NO_SCORE)
        enabled |= StepDownEnabled;
    if (value() < MAX_SCORE)
        enabled |= StepUpEnabled;
    return enabled;
}

} // namespace ir::ui
