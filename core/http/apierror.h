// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"

#include <QString>

namespace ir::http {

// Every failure the API reports: the HTTP status and the contract's envelope fields.
// The domain's errors (ir::Error) map onto it; the HTTP-only codes are made here.
struct ApiError
{
    int httpStatus = 400;
    QString code;
    QString message;
    QString details;

    static ApiError fromError(const Error &error);
    static ApiError validation(const QString &details);
    static ApiError unauthorized();
    static ApiError forbidden(const QString &details);
    static ApiError notFound(const QString &path);
    static ApiError methodNotAllowed(const QString &method, const QString &path);
    static ApiError payloadTooLarge(qint64 limitBytes);
    static ApiError headersTooLarge(int maxFields, int maxBytes);
    static ApiError unsupportedMediaType(const QString &contentType);
    static ApiError tooManyRequests(int retryAfterSeconds);
    static ApiError internal();
};

int httpStatusOf(ErrorCode code);

} // namespace ir::http
