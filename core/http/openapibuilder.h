// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "routetable.h"

#include <QJsonObject>

namespace ir::http {

// Builds the OpenAPI 3.0.3 document from the route table the server dispatches on, so the
// two cannot drift. The output suits Dify's importer: absolute servers[0].url, an operationId
// per operation, flat JSON request bodies, nullable: true instead of type arrays, no
// oneOf/anyOf, enum values repeated in descriptions, no null descriptions, no dangling $ref.
class OpenApiBuilder final
{
public:
    OpenApiBuilder(const RouteTable &routes, const QString &publicUrl, bool authEnabled);
    QJsonObject build() const;

private:
    QJsonObject operation(const Route &route) const;
    static QJsonObject components(bool authEnabled);

    const RouteTable &m_routes;
    QString m_publicUrl;
    bool m_authEnabled = true;
};

// The schema of one documented field, as /openapi.json and the MCP tools' inputSchema give it.
QJsonObject fieldSchema(const FieldDoc &field);
// The request_id property every idempotent write accepts.
QJsonObject requestIdSchema();

} // namespace ir::http
