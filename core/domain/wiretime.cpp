// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "wiretime.h"

#include <QDateTime>
#include <QRegularExpression>

namespace ir::wiretime {

QString format(qint64 epochMs)
{
    return QDateTime::fromMSecsSinceEpoch(epochMs).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
}

QString formatPrecise(qint64 epochMs)
{
    return QDateTime::fromMSecsSinceEpoch(epochMs).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz000"));
}

std::optional<qint64> parse(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral(
        "^\\d{4}-\\d{2}-\\d{2}(?:[T ]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,6})?)?(?:Z|[+-]\\d{2}:\\d{2})?)?$"));
    if (!shape.match(text).hasMatch())
        return std::nullopt;
    QString normalized = text;
    normalized.replace(u' ', u'T');
    QDateTime parsed;
    if (normalized.size() == 10) {
        const QDate date = QDate::fromString(normalized, Qt::ISODate);
        if (date.isValid())
            parsed = date.startOfDay();
    } else {
        parsed = QDateTime::fromString(normalized, Qt::ISODateWithMs);
    }
    if (!parsed.isValid())
        return std::nullopt;
    return parsed.toMSecsSinceEpoch();
}

std::optional<qint64> parseEnd(const QString &text)
{
    const std::optional<qint64> start = parse(text);
    if (!start)
        return std::nullopt;
    static const QRegularExpression timePart(QStringLiteral("[T ](\\d{2}:\\d{2})(:\\d{2})?(\\.\\d+)?"));
    const QRegularExpressionMatch match = timePart.match(text);
    if (!match.hasMatch())
        return *start + 24LL * 3600 * 1000 - 1; // a date: the whole day
    if (match.capturedLength(3) > 0)
        return *start; // fractions name an instant
    return *start + (match.capturedLength(2) > 0 ? 999 : 59'999);
}

} // namespace ir::wiretime
