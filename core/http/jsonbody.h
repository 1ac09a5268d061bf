// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apierror.h"
#include "enums.h"
#include "rules.h"

#include <QJsonObject>
#include <QSet>

#include <optional>

namespace ir::http {

// Reads the fields of a JSON body (or a query) leniently, as pydantic does for Dify:
// numbers may be strings, an optional "" or null is absent, unknown fields are ignored.
// Every problem is collected, so one VALIDATION_ERROR names every offending field.
class JsonBody final
{
public:
    explicit JsonBody(const QJsonObject &object);

    // Missing, null or not a string is an error; a blank string is left to the domain rules.
    QString requiredString(const QString &field);
    // null and "" are absent; any other non-string is an error.
    std::optional<QString> optionalString(const QString &field);
    std::optional<double> number(const QString &field, bool required);
    std::optional<int> integer(const QString &field, bool required);
    // An object, or a string holding one (Dify sends objects as strings).
    std::optional<QJsonObject> object(const QString &field);

    template<typename E>
    std::optional<E> enumValue(const QString &field, bool required)
    {
        const std::optional<QString> text = required ? std::optional(requiredString(field)) : optionalString(field);
        if (!text || m_failed.contains(field))
            return std::nullopt;
        if (const std::optional<E> value = fromWire<E>(*text))
            return value;
        addError(field, QStringLiteral("must be one of: ") + wireValues<E>().join(QStringLiteral(", ")));
        return std::nullopt;
    }

    void addError(const QString &field, const QString &problem);
    bool hasErrors() const { return !m_errors.isEmpty(); }
    // The outcome: nullopt when nothing is wrong, else one error that also lists the domain
    // rule's problems (domainError) for fields this reader did not already reject.
    std::optional<ApiError> finish(const std::optional<Error> &domainError = std::nullopt) const;

private:
    QJsonObject m_object;
    rules::FieldErrors m_errors;
    QSet<QString> m_failed;
};

// Parses a number sent as JSON number or as a string holding one ("8.5"); rejects "", "abc",
// NaN and Infinity.
std::optional<double> parseLenientNumber(const QJsonValue &value);

} // namespace ir::http
