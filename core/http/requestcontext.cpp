// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "requestcontext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QUrl>

namespace ir::http {
namespace {

QString decodeComponent(QByteArray encoded, bool plusIsSpace)
{
    if (plusIsSpace)
        encoded.replace('+', ' ');
    return QString::fromUtf8(QByteArray::fromPercentEncoding(encoded));
}

} // namespace

QStringList splitPath(const QByteArray &encodedPath)
{
    QStringList segments;
    const QList<QByteArray> parts = encodedPath.split('/');
    // The path starts with '/', so the first part is always empty.
    for (qsizetype i = 1; i < parts.size(); ++i)
        segments << decodeComponent(parts.at(i), false);
    return segments;
}

QHash<QString, QString> parseQuery(const QByteArray &encodedQuery)
{
    QHash<QString, QString> query;
    for (const QByteArray &pair : encodedQuery.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        const QString name = decodeComponent(eq < 0 ? pair : pair.left(eq), true);
        const QString value = eq < 0 ? QString() : decodeComponent(pair.mid(eq + 1), true);
        if (!query.contains(name))
            query.insert(name, value);
    }
    return query;
}

QHash<QString, QStringList> parseQueryLists(const QByteArray &encodedQuery)
{
    QHash<QString, QStringList> query;
    for (const QByteArray &pair : encodedQuery.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        query[decodeComponent(eq < 0 ? pair : pair.left(eq), true)]
            << (eq < 0 ? QString() : decodeComponent(pair.mid(eq + 1), true));
    }
    return query;
}

namespace {

std::optional<int> hex4(const QByteArray &bytes, qsizetype at)
{
    if (at + 4 > bytes.size())
        return std::nullopt;
    bool ok = false;
    const int value = bytes.mid(at, 4).toInt(&ok, 16);
    return ok ? std::optional<int>(value) : std::nullopt;
}

// The text of a JSON string token (quotes included), for naming a field.
QString decodeToken(const QByteArray &token)
{
    const QJsonDocument document = QJsonDocument::fromJson('[' + token + ']');
    return document.array().at(0).toString();
}

} // namespace

std::optional<QString> unpairedSurrogateField(const QByteArray &json)
{
    // Qt's parser turns a lone high surrogate escape into another, valid character, so escapes are
    // checked in the raw text: a high surrogate must be followed at once by a low one.
    QString lastKey;
    qsizetype i = 0;
    while (i < json.size()) {
        if (json.at(i) != '"') {
            ++i;
            continue;
        }
        const qsizetype start = i++;
        bool broken = false;
        bool afterHigh = false;
        while (i < json.size() && json.at(i) != '"') {
            if (json.at(i) != '\\') {
                broken = broken || afterHigh;
                afterHigh = false;
                ++i;
                continue;
            }
            const char escaped = i + 1 < json.size() ? json.at(i + 1) : 0;
            const std::optional<int> unit = escaped == 'u' ? hex4(json, i + 2) : std::nullopt;
            const bool high = unit && *unit >= 0xD800 && *unit <= 0xDBFF;
            const bool low = unit && *unit >= 0xDC00 && *unit <= 0xDFFF;
            broken = broken || (afterHigh && !low) || (low && !afterHigh);
            afterHigh = high;
            i += unit ? 6 : 2;
        }
        broken = broken || afterHigh;
        const QByteArray token = json.mid(start, i - start + 1);
        ++i;
        qsizetype next = i;
        while (next < json.size() && QChar::isSpace(uchar(json.at(next))))
            ++next;
        const bool isKey = next < json.size() && json.at(next) == ':';
        if (broken)
            return isKey ? decodeToken(token) : lastKey;
        if (isKey)
            lastKey = decodeToken(token);
    }
    return std::nullopt;
}

std::optional<ApiError> parseJsonObject(const QByteArray &body, QJsonObject &out)
{
    if (body.trimmed().isEmpty()) {
        out = {};
        return std::nullopt;
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        return ApiError::validation(
            QStringLiteral("body: malformed JSON (%1 at offset %2)").arg(error.errorString()).arg(error.offset));
    }
    if (!document.isObject())
        return ApiError::validation(QStringLiteral("body: must be a JSON object"));
    if (body.contains("\\u")) {
        if (const std::optional<QString> field = unpairedSurrogateField(body)) {
            return ApiError::validation((field->isEmpty() ? QStringLiteral("body") : *field)
                                        + QStringLiteral(": contains an unpaired UTF-16 surrogate escape"));
        }
    }
    out = document.object();
    return std::nullopt;
}

} // namespace ir::http
