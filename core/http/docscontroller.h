// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "routetable.h"

#include <functional>

namespace ir::http {

// GET /openapi.json and the interactive GET /docs page (Swagger UI, embedded, works offline).
// Neither needs the API key: Dify imports the schema by URL.
class DocsController final
{
public:
    explicit DocsController(std::function<QByteArray()> openApiJson);
    void registerRoutes(RouteTable &table);

private:
    HttpReply openApi(const RequestContext &request);
    HttpReply page(const RequestContext &request);
    HttpReply asset(const RequestContext &request);

    std::function<QByteArray()> m_openApiJson;
};

} // namespace ir::http
