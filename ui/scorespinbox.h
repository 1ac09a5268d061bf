// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDoubleSpinBox>

namespace ir::ui {

// The score box: 0–10 in half points, "Not scored" at its minimum. What is typed is kept even
// past 10 (a plain spin box drops the keystroke, so "11" became 1), so that the editor can
// refuse it with a message; the arrows and steps stay within 0–10.
class ScoreSpinBox final : public QDoubleSpinBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScoreSpinBox)

public:
    static constexpr double NO_SCORE = -0.5;
    static constexpr double MAX_SCORE = 10.0;

    explicit ScoreSpinBox(QWidget *parent = nullptr);

    bool isInRange() const { return value() <= MAX_SCORE; }
    void stepBy(int steps) override;

protected:
    StepEnabled stepEnabled() const override;
};

} // namespace ir::ui
