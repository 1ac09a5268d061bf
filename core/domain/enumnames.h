// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "enums.h"

#include <QCoreApplication>
#include <QString>

namespace ir {

// The one table of the names people read for the domain's enums, translated (EnumNames::tr):
// the window and the reports both show these. The wire strings are toWire()'s.
class EnumNames final
{
    Q_DECLARE_TR_FUNCTIONS(ir::EnumNames)

public:
    static QString name(SessionType value);
    static QString name(DifficultyLevel value);
    static QString name(QuestionType value);
    static QString name(SessionStatus value);
    static QString name(Recommendation value);
};

} // namespace ir
