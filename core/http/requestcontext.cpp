// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "requestcontext.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QUrl>

namespace ir::http {
namespace {

QString decodeComponent(QByteArray encoded, bool plusIsSpace)
{
    if (plusIsSpace)
        encoded.replace('+', ' ');
    return QString::fromUtf8(QByteArray::fromPercentEncoding(encoded));
}

} // namespace

QStringList splitPath(const QByteArray &encodedPath)
{
    QStringList segments;
    const QList<QByteArray> parts = encodedPath.split('/');
    // The path starts with '/', so the first part is always empty.
    for (qsizetype i = 1; i < parts.size(); ++i)
        segments << decodeComponent(parts.at(i), false);
    return segments;
}

QHash<QString, QString> parseQuery(const QByteArray &encodedQuery)
{
    QHash<QString, QString> query;
    for (const QByteArray &pair : encodedQuery.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        const QString name = decodeComponent(eq < 0 ? pair : pair.left(eq), true);
        const QString value = eq < 0 ? QString() : decodeComponent(pair.mid(eq + 1), true);
        if (!query.contains(name))
            query.insert(name, value);
    }
    return query;
}

std::optional<ApiError> parseJsonObject(const QByteArray &body, QJsonObject &out)
{
    if (body.trimmed().isEmpty()) {
        out = {};
        return std::nullopt;
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        return ApiError::validation(
            QStringLiteral("body: malformed JSON (%1 at offset %2)").arg(error.errorString()).arg(error.offset));
    }
    if (!document.isObject())
        return ApiError::validation(QStringLiteral("body: must be a JSON object"));
    out = document.object();
    return std::nullopt;
}

} // namespace ir::http
