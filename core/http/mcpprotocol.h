// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httpreply.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

// JSON-RPC 2.0 as the Model Context Protocol uses it: message kinds, error codes, the
// protocol versions this server speaks and what each allows.
namespace ir::http::mcp {

inline constexpr int PARSE_ERROR = -32700;
inline constexpr int INVALID_REQUEST = -32600;
inline constexpr int METHOD_NOT_FOUND = -32601;
inline constexpr int INVALID_PARAMS = -32602;
inline constexpr int INTERNAL_ERROR = -32603;
// The official SDK's codes for transport refusals (a bad header, a missing or unknown session).
inline constexpr int BAD_REQUEST = -32000;
inline constexpr int SESSION_NOT_FOUND = -32001;

// Newest first.
QStringList supportedVersions();
QString latestVersion();
// The version assumed for a request that names none (the 2025-06-18 transport's rule).
QString defaultVersion();
// Echoes the client's version when this server speaks it, else offers the latest.
QString negotiate(const QJsonValue &requested);
// JSON-RPC batches: allowed up to 2025-03-26, removed by 2025-06-18.
bool allowsBatches(const QString &version);

struct Message
{
    enum class Kind { Request, Notification, Response, Invalid };
    Kind kind = Kind::Invalid;
    QJsonValue id = QJsonValue(QJsonValue::Null); // a request's id; null when it has none
    QString method;
    QJsonObject params;
    QString problem; // why an Invalid message is invalid, or why params are unusable
};

// What one element of a POST body is.
Message classify(const QJsonValue &value);

QJsonObject resultResponse(const QJsonValue &id, const QJsonObject &result);
QJsonObject errorResponse(const QJsonValue &id, int code, const QString &message);
// The request log's name for a JSON-RPC error code (e.g. METHOD_NOT_FOUND).
QString errorName(int code);
// A transport-level refusal: the HTTP status with a JSON-RPC error whose id is null (as the SDK).
HttpReply transportError(int httpStatus, int code, const QString &message);

} // namespace ir::http::mcp
