// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mcpprotocol.h"

namespace ir::http::mcp {
namespace {

const QString JSONRPC = QStringLiteral("jsonrpc");

bool isValidId(const QJsonValue &id)
{
    // MCP narrows JSON-RPC: an id is a string or an integer, never null.
    return id.isString() || (id.isDouble() && id.toDouble() == double(qint64(id.toDouble())));
}

} // namespace

QStringList supportedVersions()
{
    return {QStringLiteral("2025-06-18"), QStringLiteral("2025-03-26"), QStringLiteral("2024-11-05")};
}

QString latestVersion()
{
    return supportedVersions().constFirst();
}

QString defaultVersion()
{
    return QStringLiteral("2025-03-26");
}

QString negotiate(const QJsonValue &requested)
{
    const QString version = requested.toString();
    return supportedVersions().contains(version) ? version : latestVersion();
}

bool allowsBatches(const QString &version)
{
    return version < QStringLiteral("2025-06-18");
}

Message classify(const QJsonValue &value)
{
    Message message;
    const QJsonObject object = value.toObject();
    if (!value.isObject() || object.value(JSONRPC) != QJsonValue(QStringLiteral("2.0"))) {
        message.problem = QStringLiteral("not a JSON-RPC 2.0 message");
        if (isValidId(object.value(QStringLiteral("id"))))
            message.id = object.value(QStringLiteral("id"));
        return message;
    }
    const QJsonValue id = object.value(QStringLiteral("id"));
    const bool hasId = !id.isUndefined();
    if (hasId && !isValidId(id)) {
        message.problem = QStringLiteral("id must be a string or an integer");
        return message;
    }
    if (hasId)
        message.id = id;
    const QJsonValue method = object.value(QStringLiteral("method"));
    if (method.isUndefined()) {
        if (hasId && (object.contains(QStringLiteral("result")) || object.contains(QStringLiteral("error")))) {
            message.kind = Message::Kind::Response;
            return message;
        }
        message.problem = QStringLiteral("neither a request, a notification nor a response");
        return message;
    }
    if (!method.isString() || method.toString().isEmpty()) {
        message.problem = QStringLiteral("method must be a non-empty string");
        return message;
    }
    message.kind = hasId ? Message::Kind::Request : Message::Kind::Notification;
    message.method = method.toString();
    const QJsonValue params = object.value(QStringLiteral("params"));
    if (params.isObject())
        message.params = params.toObject();
    else if (!params.isUndefined() && !params.isNull())
        message.problem = QStringLiteral("params must be an object");
    return message;
}

QJsonObject resultResponse(const QJsonValue &id, const QJsonObject &result)
{
    return {{JSONRPC, QStringLiteral("2.0")}, {QStringLiteral("id"), id}, {QStringLiteral("result"), result}};
}

QJsonObject errorResponse(const QJsonValue &id, int code, const QString &message)
{
    return {
        {JSONRPC, QStringLiteral("2.0")},
        {QStringLiteral("id"), id},
        {QStringLiteral("error"), QJsonObject {{QStringLiteral("code"), code}, {QStringLiteral("message"), message}}}};
}

QString errorName(int code)
{
    switch (code) {
    case PARSE_ERROR:
        return QStringLiteral("PARSE_ERROR");
    case INVALID_REQUEST:
        return QStringLiteral("INVALID_REQUEST");
    case METHOD_NOT_FOUND:
        return QStringLiteral("METHOD_NOT_FOUND");
    case INVALID_PARAMS:
        return QStringLiteral("INVALID_PARAMS");
    case SESSION_NOT_FOUND:
        return QStringLiteral("SESSION_NOT_FOUND");
    case BAD_REQUEST:
        return QStringLiteral("BAD_REQUEST");
    default:
        return QStringLiteral("INTERNAL_ERROR");
    }
}

HttpReply transportError(int httpStatus, int code, const QString &message)
{
    return HttpReply::json(errorResponse(QJsonValue(QJsonValue::Null), code, message), httpStatus);
}

} // namespace ir::http::mcp
