// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "formerrors.h"

#include <QLabel>

namespace ir::ui {

QString FormErrors::lengthProblem(const rules::Length &rule, const QString &text, bool required)
{
    if (required && rules::isBlank(text))
        return tr("This field is required.");
    const qsizetype count = rules::characterCount(text);
    if (count > rule.max)
        return tr("Too long: %1 characters, at most %2.").arg(count).arg(rule.max);
    return {};
}

QHash<QString, QString> FormErrors::byField(const Error &error)
{
    QHash<QString, QString> problems;
    const QStringList parts = error.details.split(QStringLiteral("; "), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const qsizetype colon = part.indexOf(QStringLiteral(": "));
        const QString field = colon > 0 ? part.left(colon) : QString();
        const QString problem = colon > 0 ? part.mid(colon + 2) : part;
        QString &text = problems[field];
        text = text.isEmpty() ? problem : text + QLatin1Char('\n') + problem;
    }
    return problems;
}

void FormErrors::show(QLabel *label, const QString &text)
{
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

} // namespace ir::ui
