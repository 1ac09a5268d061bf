// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QValueAxis;

namespace ir::ui {

// The value axis of every score chart in the window: 0 to the maximum score, a grid line every
// ScoreChart::GRID_STEP points, whole-number labels (as the reports' SVG chart draws it).
QValueAxis *makeScoreAxis();

} // namespace ir::ui
