// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timetext.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>

namespace ir::ui {

QString durationText(qint64 seconds)
{
    seconds = std::max<qint64>(0, seconds);
    return QStringLiteral("%1:%2:%3")
        .arg(seconds / 3600)
        .arg(seconds / 60 % 60, 2, 10, QLatin1Char('0'))
        .arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

QString momentText(std::optional<qint64> epochMs)
{
    return epochMs ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(*epochMs), QLocale::ShortFormat)
                   : QStringLiteral("–");
}

} // namespace ir::ui
