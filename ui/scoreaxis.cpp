// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "scoreaxis.h"

#include "scorechart.h"

#include <QValueAxis>

namespace ir::ui {

QValueAxis *makeScoreAxis()
{
    auto *axis = new QValueAxis;
    axis->setRange(0, ScoreChart::MAX_SCORE);
    axis->setTickCount(int(ScoreChart::MAX_SCORE) / ScoreChart::GRID_STEP + 1);
    axis->setLabelFormat(QStringLiteral("%d"));
    return axis;
}

} // namespace ir::ui
