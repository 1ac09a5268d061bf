// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kit.h"
#include "result.h"

#include <QSqlDatabase>

// What a new session copies from its kit, inside the transaction that creates it.
namespace ir::sessionplan {

// The kit's planned bank questions as they read now (a question deleted from the bank meanwhile
// is left out), and its competencies as an unrated scorecard.
Status copyKit(const QSqlDatabase &db, const QString &sessionId, const Kit &kit, qint64 now);

} // namespace ir::sessionplan
