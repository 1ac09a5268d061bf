// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "docscontroller.h"

#include <QFile>
#include <QHash>

namespace ir::http {
namespace {

// Swagger UI reads the schema from this server; no validator, nothing from a CDN.
const QByteArray SWAGGER_PAGE = QByteArrayLiteral(R"(<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Interview Recorder API</title>
<link rel="stylesheet" href="/docs/swagger-ui.css">
<link rel="icon" type="image/png" href="/docs/favicon-32x32.png">
</head>
<body>
<div id="swagger-ui"></div>
<script src="/docs/swagger-ui-bundle.js"></script>
<script src="/docs/swagger-ui-standalone-preset.js"></script>
<script>
window.onload = function () {
  window.ui = SwaggerUIBundle({
    url: "/openapi.json",
    dom_id: "#swagger-ui",
    validatorUrl: null,
    deepLinking: true,
    persistAuthorization: true,
    // "Try it out" goes to the origin this page came from (the servers entry may name another
    // of this machine's addresses), so requests stay same-origin.
    requestInterceptor: function (request) {
      if (/^https?:\/\//.test(request.url)) {
        var url = new URL(request.url);
        url.protocol = window.location.protocol;
        url.host = window.location.host;
        request.url = url.toString();
      }
      return request;
    },
    presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
    layout: "StandaloneLayout"
  });
};
</script>
</body>
</html>
)");

const QByteArray FALLBACK_PAGE = QByteArrayLiteral(R"(<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Interview Recorder API</title></head>
<body><h1>Interview Recorder API</h1>
<p>This build has no Swagger UI (install swagger-ui-dist with scripts/setup and rebuild).
The OpenAPI document is at <a href="/openapi.json">/openapi.json</a>.</p></body></html>
)");

QByteArray contentTypeFor(const QString &file)
{
    if (file.endsWith(QStringLiteral(".css")))
        return QByteArrayLiteral("text/css; charset=utf-8");
    if (file.endsWith(QStringLiteral(".js")))
        return QByteArrayLiteral("application/javascript; charset=utf-8");
    if (file.endsWith(QStringLiteral(".png")))
        return QByteArrayLiteral("image/png");
    return QByteArrayLiteral("text/plain; charset=utf-8");
}

} // namespace

DocsController::DocsController(std::function<QByteArray()> openApiJson)
    : m_openApiJson(std::move(openApiJson))
{ }

void DocsController::registerRoutes(RouteTable &table)
{
    table.add({QStringLiteral("GET"),
               QStringLiteral("/openapi.json"),
               [this](const RequestContext &r) { return openApi(r); },
               false,
               false,
               false,
               {},
               true});
    table.add({QStringLiteral("GET"),
               QStringLiteral("/docs"),
               [this](const RequestContext &r) { return page(r); },
               false,
               false,
               false,
               {},
               true});
    table.add({QStringLiteral("GET"),
               QStringLiteral("/docs/{file}"),
               [this](const RequestContext &r) { return asset(r); },
               false,
               false,
               false,
               {},
               true});
}

HttpReply DocsController::openApi(const RequestContext &)
{
    return HttpReply::json(m_openApiJson(), 200);
}

HttpReply DocsController::page(const RequestContext &)
{
#ifdef IR_HAVE_SWAGGER_UI
    const QByteArray &html = SWAGGER_PAGE;
#else
    const QByteArray &html = FALLBACK_PAGE;
#endif
    HttpReply reply = HttpReply::content(QByteArrayLiteral("text/html; charset=utf-8"), html);
    reply.addHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-cache"));
    return reply;
}

HttpReply DocsController::asset(const RequestContext &request)
{
    static const QStringList ASSETS {QStringLiteral("swagger-ui.css"), QStringLiteral("swagger-ui-bundle.js"),
                                     QStringLiteral("swagger-ui-standalone-preset.js"),
                                     QStringLiteral("favicon-32x32.png")};
    // Decompressed once per process; a function-local static is initialized thread-safely.
    static const QHash<QString, QByteArray> CONTENTS = [] {
        QHash<QString, QByteArray> contents;
        for (const QString &name : ASSETS) {
            QFile resource(QStringLiteral(":/swagger-ui/") + name);
            if (resource.open(QIODevice::ReadOnly))
                contents.insert(name, resource.readAll());
        }
        return contents;
    }();
    const QString file = request.param(QStringLiteral("file"));
    const auto found = CONTENTS.constFind(file);
    if (found == CONTENTS.cend())
        return HttpReply::error(ApiError::notFound(request.path));
    HttpReply reply = HttpReply::content(contentTypeFor(file), *found);
    reply.addHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("public, max-age=86400"));
    return reply;
}

} // namespace ir::http
