// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpreply.h"

#include <QJsonDocument>

namespace ir::http {
namespace {

const QByteArray JSON_TYPE = QByteArrayLiteral("application/json; charset=utf-8");

} // namespace

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 100:
        return QByteArrayLiteral("Continue");
    case 200:
        return QByteArrayLiteral("OK");
    case 201:
        return QByteArrayLiteral("Created");
    case 204:
        return QByteArrayLiteral("No Content");
    case 400:
        return QByteArrayLiteral("Bad Request");
    case 401:
        return QByteArrayLiteral("Unauthorized");
    case 403:
        return QByteArrayLiteral("Forbidden");
    case 404:
        return QByteArrayLiteral("Not Found");
    case 405:
        return QByteArrayLiteral("Method Not Allowed");
    case 413:
        return QByteArrayLiteral("Payload Too Large");
    case 415:
        return QByteArrayLiteral("Unsupported Media Type");
    case 431:
        return QByteArrayLiteral("Request Header Fields Too Large");
    case 429:
        return QByteArrayLiteral("Too Many Requests");
    case 500:
        return QByteArrayLiteral("Internal Server Error");
    case 503:
        return QByteArrayLiteral("Service Unavailable");
    default:
        return QByteArrayLiteral("Status");
    }
}

HttpReply HttpReply::json(const QJsonObject &object, int status)
{
    return json(QJsonDocument(object).toJson(QJsonDocument::Compact), status);
}

HttpReply HttpReply::json(const QByteArray &compactJson, int status)
{
    HttpReply reply;
    reply.status = status;
    reply.contentType = JSON_TYPE;
    reply.body = compactJson;
    return reply;
}

HttpReply HttpReply::success(const QJsonValue &data, const QString &message)
{
    return json(QJsonObject {
        {QStringLiteral("success"), true},
        {QStringLiteral("data"), data},
        {QStringLiteral("message"), message},
    });
}

HttpReply HttpReply::page(const QJsonArray &items, qint64 total, int page, int pageSize)
{
    return success(QJsonObject {{QStringLiteral("items"), items},
                                {QStringLiteral("total"), total},
                                {QStringLiteral("page"), page},
                                {QStringLiteral("page_size"), pageSize}},
                   QStringLiteral("获取成功"));
}

HttpReply HttpReply::error(const ApiError &error)
{
    const QJsonObject envelope {
        {QStringLiteral("success"), false},
        {QStringLiteral("error_code"), error.code},
        {QStringLiteral("message"), error.message},
        {QStringLiteral("details"), error.details},
    };
    return json(envelope, error.httpStatus);
}

HttpReply HttpReply::content(const QByteArray &contentType, const QByteArray &body, int status)
{
    HttpReply reply;
    reply.status = status;
    reply.contentType = contentType;
    reply.body = body;
    return reply;
}

QByteArray HttpReply::serialize(bool closeConnection) const
{
    QByteArray out;
    out.reserve(body.size() + 256);
    out += "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    if (!contentType.isEmpty())
        out += "Content-Type: " + contentType + "\r\n";
    out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    out += "X-Content-Type-Options: nosniff\r\n"
           "Content-Security-Policy: frame-ancestors 'none'\r\n";
    for (const auto &[name, value] : headers)
        out += name + ": " + value + "\r\n";
    if (closeConnection)
        out += "Connection: close\r\n";
    out += "\r\n";
    out += body;
    return out;
}

} // namespace ir::http
