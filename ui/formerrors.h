// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"
#include "rules.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

class QLabel;

namespace ir::ui {

// The checks the bank and kit forms make before a write (readable, translated), and the service's
// field-level problems split by field, so that each shows next to the field it names.
class FormErrors final
{
    Q_DECLARE_TR_FUNCTIONS(ir::ui::FormErrors)

public:
    // Empty when text keeps the rule; a required field must not be blank.
    static QString lengthProblem(const rules::Length &rule, const QString &text, bool required);
    // "field: problem; field: problem" (core's FieldErrors) as field → problems. A problem of
    // an indexed field ("competencies[2].key") is kept under its full name.
    static QHash<QString, QString> byField(const Error &error);
    // Shows text in an error label (bold, hidden while empty).
    static void show(QLabel *label, const QString &text);
    // Room for rule.max characters in a line edit (which counts UTF-16 units: an emoji is two).
    static int maxLength(const rules::Length &rule) { return int(rule.max) * 2; }
};

} // namespace ir::ui
