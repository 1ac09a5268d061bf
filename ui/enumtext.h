// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "candidate.h"
#include "enumnames.h"

#include <QCoreApplication>
#include <QString>

class QComboBox;

namespace ir::ui {

// The window's texts for the domain's enums. The names come from core's EnumNames, the one
// table the reports use too; what only the window shows (who wrote a question) is here.
class EnumText final
{
    Q_DECLARE_TR_FUNCTIONS(ir::ui::EnumText)

public:
    template<typename E>
    static QString name(E value)
    {
        return EnumNames::name(value);
    }
    // The audit log's actions and actors (issue 13): only the window shows them in words.
    static QString name(AuditAction action);
    static QString name(Actor actor);
    // "Interviewer", "AI · unreviewed" or "AI" for a question.
    static QString source(Source source, bool reviewed);

    // Fills a combo box with every value (the enum's int in the item data), optionally
    // preceded by an "any" entry whose data is -1.
    template<typename E>
    static void fill(QComboBox *comboBox, const QString &anyText = {});
    // The item of value in a combo box filled by fill().
    static void select(QComboBox *comboBox, int value);
};

} // namespace ir::ui
