// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "apierror.h"

namespace ir::http {

int httpStatusOf(ErrorCode code)
{
    switch (code) {
    case ErrorCode::SessionNotFound:
    case ErrorCode::QuestionNotFound:
    case ErrorCode::KitNotFound:
    case ErrorCode::BankQuestionNotFound:
    case ErrorCode::CandidateNotFound:
        return 404;
    case ErrorCode::DatabaseError:
        return 500;
    case ErrorCode::ValidationError:
    case ErrorCode::InvalidScore:
    case ErrorCode::InvalidSessionStatus:
    case ErrorCode::SessionAlreadyStarted:
    case ErrorCode::SessionAlreadyFinished:
    case ErrorCode::DuplicateQuestion:
    case ErrorCode::QuestionLimitExceeded:
    case ErrorCode::SessionLimitExceeded:
    case ErrorCode::ScorecardSubmitted:
        return 400;
    }
    return 500;
}

ApiError ApiError::fromError(const Error &error)
{
    return {httpStatusOf(error.code), errorCodeName(error.code), error.message, error.details};
}

ApiError ApiError::validation(const QString &details)
{
    return fromError(Error::validation(details));
}

ApiError ApiError::unauthorized()
{
    return {401, QStringLiteral("UNAUTHORIZED"), QStringLiteral("未授权访问"),
            QStringLiteral("a valid API key is required: Authorization: Bearer <key> or X-API-Key: <key>")};
}

ApiError ApiError::forbidden(const QString &details)
{
    return {403, QStringLiteral("FORBIDDEN"), QStringLiteral("禁止访问"), details};
}

ApiError ApiError::notFound(const QString &path)
{
    return {404, QStringLiteral("NOT_FOUND"), QStringLiteral("资源不存在"), QStringLiteral("no such path: ") + path};
}

ApiError ApiError::methodNotAllowed(const QString &method, const QString &path)
{
    return {405, QStringLiteral("METHOD_NOT_ALLOWED"), QStringLiteral("请求方法不允许"),
            QStringLiteral("%1 is not allowed on %2").arg(method, path)};
}

ApiError ApiError::payloadTooLarge(qint64 limitBytes)
{
    return {413, QStringLiteral("PAYLOAD_TOO_LARGE"), QStringLiteral("请求体过大"),
            QStringLiteral("the request body must not exceed %1 bytes").arg(limitBytes)};
}

ApiError ApiError::headersTooLarge(int maxFields, int maxBytes)
{
    return {431, QStringLiteral("HEADERS_TOO_LARGE"), QStringLiteral("请求头过大"),
            QStringLiteral("at most %1 header fields and %2 bytes of headers").arg(maxFields).arg(maxBytes)};
}

ApiError ApiError::unsupportedMediaType(const QString &contentType)
{
    return {415, QStringLiteral("UNSUPPORTED_MEDIA_TYPE"), QStringLiteral("不支持的媒体类型"),
            QStringLiteral("Content-Type %1 is not accepted; send application/json or text/plain").arg(contentType)};
}

ApiError ApiError::tooManyRequests(int retryAfterSeconds)
{
    return {429, QStringLiteral("TOO_MANY_REQUESTS"), QStringLiteral("请求过于频繁"),
            QStringLiteral("too many failed authentication attempts; retry after %1 seconds").arg(retryAfterSeconds)};
}

ApiError ApiError::internal()
{
    return {500, QStringLiteral("INTERNAL_ERROR"), QStringLiteral("服务器内部错误"),
            QStringLiteral("unexpected error")};
}

} // namespace ir::http
