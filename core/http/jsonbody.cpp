// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonbody.h"

#include <QJsonDocument>

#include <cmath>

namespace ir::http {

std::optional<double> parseLenientNumber(const QJsonValue &value)
{
    double number = 0;
    if (value.isDouble()) {
        number = value.toDouble();
    } else if (value.isString()) {
        const QString text = value.toString().trimmed();
        bool ok = false;
        number = text.toDouble(&ok);
        if (!ok || text.isEmpty())
            return std::nullopt;
    } else {
        return std::nullopt;
    }
    if (!std::isfinite(number))
        return std::nullopt;
    return number;
}

JsonBody::JsonBody(const QJsonObject &object)
    : m_object(object)
{ }

void JsonBody::addError(const QString &field, const QString &problem)
{
    m_errors.add(field, problem);
    m_failed.insert(field);
}

QString JsonBody::requiredString(const QString &field)
{
    const QJsonValue value = m_object.value(field);
    if (value.isUndefined() || value.isNull()) {
        addError(field, QStringLiteral("field required"));
        return {};
    }
    if (!value.isString()) {
        addError(field, QStringLiteral("must be a string"));
        return {};
    }
    return value.toString();
}

std::optional<QString> JsonBody::optionalString(const QString &field)
{
    const QJsonValue value = m_object.value(field);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    if (!value.isString()) {
        addError(field, QStringLiteral("must be a string"));
        return std::nullopt;
    }
    if (value.toString().isEmpty())
        return std::nullopt;
    return value.toString();
}

std::optional<double> JsonBody::number(const QString &field, bool required)
{
    const QJsonValue value = m_object.value(field);
    if (value.isUndefined() || value.isNull()) {
        if (required)
            addError(field, QStringLiteral("field required"));
        return std::nullopt;
    }
    const std::optional<double> parsed = parseLenientNumber(value);
    if (!parsed)
        addError(field, QStringLiteral("must be a number"));
    return parsed;
}

std::optional<int> JsonBody::integer(const QString &field, bool required)
{
    const QJsonValue value = m_object.value(field);
    if (value.isUndefined() || value.isNull()) {
        if (required)
            addError(field, QStringLiteral("field required"));
        return std::nullopt;
    }
    const std::optional<double> parsed = parseLenientNumber(value);
    if (!parsed || std::trunc(*parsed) != *parsed || std::abs(*parsed) > 1e9) {
        addError(field, QStringLiteral("must be an integer"));
        return std::nullopt;
    }
    return int(*parsed);
}

std::optional<QJsonObject> JsonBody::object(const QString &field)
{
    const QJsonValue value = m_object.value(field);
    if (value.isUndefined() || value.isNull() || (value.isString() && value.toString().trimmed().isEmpty()))
        return std::nullopt;
    if (value.isObject())
        return value.toObject();
    if (value.isString()) {
        const QJsonDocument document = QJsonDocument::fromJson(value.toString().toUtf8());
        if (document.isObject())
            return document.object();
    }
    addError(field, QStringLiteral("must be a JSON object (or a string holding one)"));
    return std::nullopt;
}

std::optional<ApiError> JsonBody::finish(const std::optional<Error> &domainError) const
{
    if (m_errors.isEmpty())
        return domainError ? std::optional(ApiError::fromError(*domainError)) : std::nullopt;
    QString details = m_errors.details();
    if (domainError) {
        // Add the domain rule's problems for the fields not already reported.
        for (const QString &problem : domainError->details.split(QStringLiteral("; "), Qt::SkipEmptyParts)) {
            const QString field = problem.section(u':', 0, 0);
            if (!m_failed.contains(field))
                details += QStringLiteral("; ") + problem;
        }
    }
    return ApiError::validation(details);
}

} // namespace ir::http
