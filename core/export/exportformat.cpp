// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportformat.h"

namespace ir::exportformat {

QString wireName(ExportFormat format)
{
    return fileExtension(format);
}

std::optional<ExportFormat> fromWireName(const QString &name)
{
    for (ExportFormat format : all()) {
        if (wireName(format) == name)
            return format;
    }
    return std::nullopt;
}

QList<ExportFormat> all()
{
    return {ExportFormat::Markdown, ExportFormat::Html, ExportFormat::Pdf, ExportFormat::Csv, ExportFormat::Json};
}

QList<ExportFormat> bulkFormats()
{
    return {ExportFormat::Csv, ExportFormat::Json};
}

QString mimeType(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Markdown:
        return QStringLiteral("text/markdown; charset=utf-8");
    case ExportFormat::Html:
        return QStringLiteral("text/html; charset=utf-8");
    case ExportFormat::Pdf:
        return QStringLiteral("application/pdf");
    case ExportFormat::Csv:
        return QStringLiteral("text/csv; charset=utf-8");
    case ExportFormat::Json:
        return QStringLiteral("application/json; charset=utf-8");
    }
    return QStringLiteral("application/octet-stream");
}

QString fileExtension(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Markdown:
        return QStringLiteral("md");
    case ExportFormat::Html:
        return QStringLiteral("html");
    case ExportFormat::Pdf:
        return QStringLiteral("pdf");
    case ExportFormat::Csv:
        return QStringLiteral("csv");
    case ExportFormat::Json:
        return QStringLiteral("json");
    }
    return {};
}

QString fileDialogFilter(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Markdown:
        return QStringLiteral("Markdown (*.md)");
    case ExportFormat::Html:
        return QStringLiteral("HTML (*.html *.htm)");
    case ExportFormat::Pdf:
        return QStringLiteral("PDF (*.pdf)");
    case ExportFormat::Csv:
        return QStringLiteral("CSV (*.csv)");
    case ExportFormat::Json:
        return QStringLiteral("JSON (*.json)");
    }
    return {};
}

QString suggestedFileName(const QString &sessionId, ExportFormat format)
{
    return sessionId + u'.' + fileExtension(format);
}

} // namespace ir::exportformat
