// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringList>

namespace ir {
class Dialect;
}

namespace ir::migrations {

// One numbered schema step. Released steps are never edited: a change is a new step.
struct Step
{
    int version;
    QStringList statements;
};

// The schema steps as `dialect` writes them; the same numbers and intent on every backend.
QList<Step> steps(const Dialect &dialect);
int latestVersion();

// From this version on, triggers queue text index writes and the outermost commit applies them.
inline constexpr int INDEX_QUEUE_VERSION = 5;

} // namespace ir::migrations
