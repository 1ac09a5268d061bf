// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlQuery>
#include <QVariant>

#include <optional>

namespace ir::sql {

// Prepares and runs a statement with bound values; logs the driver's error (never returned to
// callers, who report a DATABASE_ERROR without SQL text).
bool run(QSqlQuery &query, const QString &statement, const QVariantList &values = {});

// A string for a NOT NULL text column: a null QString would bind as SQL NULL.
QVariant text(const QString &value);
QVariant nullable(const std::optional<qint64> &value);
QVariant nullable(const std::optional<double> &value);
std::optional<qint64> optionalInt64(const QVariant &value);
std::optional<double> optionalDouble(const QVariant &value);

// Escapes % _ and \ for a LIKE pattern used with ESCAPE '\'.
QString likePattern(const QString &substring);

} // namespace ir::sql
