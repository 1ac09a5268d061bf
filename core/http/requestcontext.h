// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apierror.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace ir::http {

// What a handler gets: the decoded path parameters, the query and the parsed JSON body.
struct RequestContext
{
    QString method;
    QString path;
    QHash<QString, QString> pathParams;
    QHash<QString, QString> query; // the first value of each name, percent- and '+'-decoded
    QHash<QString, QStringList> queryLists; // every value of each name, in order (?a=1&a=2)
    QJsonObject body;

    QString param(const QString &name) const { return pathParams.value(name); }
};

// The decoded segments of an encoded path ("/a/b%2Fc" → ["a", "b/c"]).
QStringList splitPath(const QByteArray &encodedPath);
QHash<QString, QString> parseQuery(const QByteArray &encodedQuery);
// Every value of each name (a repeated parameter), decoded as parseQuery does.
QHash<QString, QStringList> parseQueryLists(const QByteArray &encodedQuery);
// Parses a request body as a JSON object: an empty body is an empty object.
std::optional<ApiError> parseJsonObject(const QByteArray &body, QJsonObject &out);
// The field (the nearest key) whose string holds a surrogate escape (D800-DFFF) not in a valid pair.
std::optional<QString> unpairedSurrogateField(const QByteArray &json);

} // namespace ir::http
