// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "routetable.h"

#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace ir::http {

// One MCP tool: a name for an agent over one route of the JSON API. Its arguments are the
// route's own documented fields (path, query and body alike), so the tool, the route and
// /openapi.json share one description of every field.
struct McpTool
{
    QString name;
    QString title;
    QString description;
    const Route *route = nullptr;
    QList<FieldDoc> fields; // the route's fields this tool takes, in the route's order
};

// The tools of /mcp, built from the server's route table.
class McpTools final
{
public:
    explicit McpTools(const RouteTable &table);

    const McpTool *find(const QString &name) const;
    const QList<McpTool> &tools() const { return m_tools; }
    // tools/list's `tools`: name, title, description, inputSchema (JSON Schema), annotations.
    QJsonArray list() const;

    // The request the route gets for these arguments: path parameters and the query from their
    // fields, every other argument into the JSON body. A missing path parameter or a query value
    // that is not a scalar is the API's own VALIDATION_ERROR.
    static std::optional<ApiError> requestFor(const McpTool &tool, const QJsonObject &arguments,
                                              RequestContext &context);
    // tools/call's result for the route's reply: the body as a text item (and structuredContent);
    // an error reply is isError with the error envelope as its text.
    static QJsonObject callResult(const HttpReply &reply);

private:
    QList<McpTool> m_tools;
};

} // namespace ir::http
