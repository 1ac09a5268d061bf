// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httpreply.h"
#include "requestcontext.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

#include <functional>

namespace ir::http {

// One documented field: a path or query parameter, or a property of a JSON request body.
struct FieldDoc
{
    QString name;
    QString type = QStringLiteral("string"); // string, number, integer, boolean, object
    QString description;
    bool required = false;
    QStringList enumValues;
    // Undefined = not documented (a default QJsonValue is null, which OpenAPI rejects).
    QJsonValue example = QJsonValue(QJsonValue::Undefined);
    QJsonValue minimum = QJsonValue(QJsonValue::Undefined);
    QJsonValue maximum = QJsonValue(QJsonValue::Undefined);
    QJsonObject items; // the schema of each element, for type array
    QString in = QStringLiteral("body"); // body, path or query
};

// What /openapi.json says about a route.
struct RouteDoc
{
    QString operationId;
    QString summary;
    QString description;
    QString tag;
    QList<FieldDoc> fields;
    QString responseSchema; // a name under components/schemas
    QList<int> errorStatuses;
    // A route that answers with a file lists its media types here instead of a JSON schema.
    QStringList fileMediaTypes;
};

using Handler = std::function<HttpReply(const RequestContext &)>;

// One entry of the route table the server dispatches on and /openapi.json is generated from.
struct Route
{
    QString method; // GET, POST, PUT, DELETE
    QString pattern; // e.g. /dify/interview/{session_id}/summary
    Handler handler;
    bool requiresAuth = true;
    bool idempotent = false; // accepts Idempotency-Key / request_id
    bool documented = true;
    RouteDoc doc;
    // Answered on the HTTP thread (nothing it does touches the database); other GET routes run
    // on a reader thread, POST, PUT and DELETE on the writer.
    bool onServerThread = false;
    // A GET that writes (the audit log records a person's export): runs on the writer.
    bool onWriter = false;
    // The request log shows the pattern instead of the path (the path names a person being erased).
    bool logsPattern = false;
};

} // namespace ir::http
