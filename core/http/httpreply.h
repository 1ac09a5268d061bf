// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apierror.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QPair>

#include <optional>

namespace ir::http {

// One HTTP response. serialize() is the single place that turns a reply into bytes: the
// status line, the content type, the length and the security headers every response carries.
struct HttpReply
{
    int status = 200;
    QByteArray contentType;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    // Set by a handler whose reply may be kept (ReplyCache) until its session changes, or until
    // this time (UTC ms) if that comes first.
    std::optional<qint64> cacheUntilMs;

    // Compact UTF-8 JSON with `application/json; charset=utf-8`.
    static HttpReply json(const QJsonObject &object, int status = 200);
    static HttpReply json(const QByteArray &compactJson, int status);
    // The resource API's envelope {success: true, data, message}.
    static HttpReply success(const QJsonValue &data, const QString &message);
    // A page of a list in that envelope: data {items, total, page, page_size}, "获取成功".
    static HttpReply page(const QJsonArray &items, qint64 total, int page, int pageSize);
    // The contract's error envelope {success: false, error_code, message, details}.
    static HttpReply error(const ApiError &error);
    static HttpReply content(const QByteArray &contentType, const QByteArray &body, int status = 200);

    void addHeader(const QByteArray &name, const QByteArray &value) { headers.append({name, value}); }
    QByteArray serialize(bool closeConnection) const;
};

QByteArray reasonPhrase(int status);

} // namespace ir::http
