// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportcontroller.h"

#include "difycontroller.h"
#include "exporter.h"
#include "rules.h"

#include <cctype>

namespace ir::http {
namespace {

const QString DEFAULT_FORMAT = QStringLiteral("json");

QStringList formatNames()
{
    QStringList names;
    for (ExportFormat format : exportformat::all())
        names << exportformat::wireName(format);
    return names;
}

FieldDoc queryField(const QString &name, const QString &type, const QString &description, const QStringList &values,
                    const QJsonValue &example)
{
    FieldDoc field {name, type, description, false, values, example};
    field.in = QStringLiteral("query");
    return field;
}

std::optional<bool> parseFlag(const QString &text)
{
    if (text == QStringLiteral("1") || text == QStringLiteral("true"))
        return true;
    if (text == QStringLiteral("0") || text == QStringLiteral("false"))
        return false;
    return std::nullopt;
}

} // namespace

ExportController::ExportController(Exporter &exporter)
    : m_exporter(exporter)
{ }

void ExportController::registerRoutes(RouteTable &table)
{
    RouteDoc doc {
        QStringLiteral("exportSession"),
        QStringLiteral("Export a session as a file"),
        QStringLiteral("Returns one session with its summary and every question as a file: Markdown, HTML "
                       "(with the score chart), PDF (A4, with the chart; only while the desktop window "
                       "runs the server), CSV (one row per question, UTF-8 with a byte order mark unless "
                       "bom=false) or JSON (lossless, for import). The file name is in "
                       "Content-Disposition."),
        QStringLiteral("resources"),
        {pathField(QStringLiteral("session_id"), QStringLiteral("Interview session ID.")),
         queryField(QStringLiteral("format"), QStringLiteral("string"),
                    QStringLiteral("File format, default json. One of: ") + formatNames().join(u", ") + u'.',
                    formatNames(), QStringLiteral("md")),
         queryField(QStringLiteral("bom"), QStringLiteral("boolean"),
                    QStringLiteral("CSV only: start with a UTF-8 byte order mark (default true)."), {}, true)},
        {},
        {400, 401, 404, 500}};
    for (ExportFormat format : exportformat::all())
        doc.fileMediaTypes << exportformat::mimeType(format);
    table.add({QStringLiteral("GET"), QStringLiteral("/sessions/{session_id}/export"),
               [this](const RequestContext &r) { return exportSession(r); }, true, false, true, doc});
}

HttpReply ExportController::exportSession(const RequestContext &request)
{
    const QString sessionId = request.param(QStringLiteral("session_id"));
    const QString formatName = request.query.value(QStringLiteral("format"), DEFAULT_FORMAT);
    const std::optional<ExportFormat> format = exportformat::fromWireName(formatName);
    rules::FieldErrors errors;
    if (!format)
        errors.add(QStringLiteral("format"), QStringLiteral("must be one of ") + formatNames().join(u", "));
    else if (!m_exporter.supports(*format))
        errors.add(QStringLiteral("format"), QStringLiteral("pdf is not available: this server has no PDF renderer"));
    ExportOptions options;
    if (request.query.contains(QStringLiteral("bom"))) {
        if (const std::optional<bool> bom = parseFlag(request.query.value(QStringLiteral("bom"))))
            options.csvByteOrderMark = *bom;
        else
            errors.add(QStringLiteral("bom"), QStringLiteral("must be true or false"));
    }
    if (!errors.isEmpty())
        return HttpReply::error(ApiError::validation(errors.details()));

    const Result<QByteArray> bytes = m_exporter.exportSessionBytes(sessionId, *format, options);
    if (!bytes) {
        // The exporter's own failures carry file-system wording; the wire gets the fixed message.
        const Error &error = bytes.error();
        return HttpReply::error(
            ApiError::fromError(error.code == ErrorCode::DatabaseError ? Error::database() : error));
    }
    HttpReply reply = HttpReply::content(exportformat::mimeType(*format).toUtf8(), *bytes);
    // Imported IDs are not guaranteed to be plain: keep the header token-safe.
    QByteArray fileName = exportformat::suggestedFileName(sessionId, *format).toUtf8();
    for (char &c : fileName) {
        if (!std::isalnum(static_cast<unsigned char>(c)) && c != '.' && c != '_' && c != '-')
            c = '_';
    }
    reply.addHeader(QByteArrayLiteral("Content-Disposition"),
                    QByteArrayLiteral("attachment; filename=\"") + fileName + '"');
    return reply;
}

} // namespace ir::http
