// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ids.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace ir::ids {

QString makeSessionId(qint64 createdAtMs)
{
    const QString stamp = QDateTime::fromMSecsSinceEpoch(createdAtMs).toString(QStringLiteral("yyyyMMdd_HHmmss"));
    const quint32 suffix = QRandomGenerator::system()->generate();
    return QStringLiteral("session_") + stamp + u'_' + QStringLiteral("%1").arg(suffix, 8, 16, QLatin1Char('0'));
}

bool isSessionId(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^session_\\d{8}_\\d{6}_[0-9a-f]{8}$"));
    return pattern.match(text).hasMatch();
}

namespace {

QString randomId(const QString &prefix)
{
    const quint64 bits = QRandomGenerator::system()->generate64() & 0xffffffffffffULL;
    return prefix + QStringLiteral("%1").arg(bits, 12, 16, QLatin1Char('0'));
}

} // namespace

QString makeKitId()
{
    return randomId(QStringLiteral("kit_"));
}

QString makeBankQuestionId()
{
    return randomId(QStringLiteral("bq_"));
}

QString makeQuestionId(const QString &sessionId, int position)
{
    return sessionId + QStringLiteral("_q") + QStringLiteral("%1").arg(position, 3, 10, QLatin1Char('0'));
}

std::optional<std::pair<QString, int>> parseQuestionId(const QString &questionId)
{
    static const QRegularExpression pattern(QStringLiteral("^(.+)_q(\\d{3,})$"));
    const QRegularExpressionMatch match = pattern.match(questionId);
    if (!match.hasMatch())
        return std::nullopt;
    bool ok = false;
    const int position = match.captured(2).toInt(&ok);
    if (!ok || position < 1)
        return std::nullopt;
    return std::make_pair(match.captured(1), position);
}

} // namespace ir::ids
