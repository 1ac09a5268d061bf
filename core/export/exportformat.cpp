// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportformat.h"

#include "session.h"

#include <QDateTime>
#include <QFileInfo>

namespace ir::exportformat {
namespace {

// Cuts text to at most maxBytes of UTF-8, never inside a surrogate pair.
QString truncatedUtf8(const QString &text, qsizetype maxBytes)
{
    QString out;
    qsizetype bytes = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const qsizetype length = text.at(i).isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
        const qsizetype size = text.mid(i, length).toUtf8().size();
        if (bytes + size > maxBytes)
            break;
        out += text.mid(i, length);
        bytes += size;
        i += length - 1;
    }
    return out;
}

QString trimmedName(const QString &text)
{
    qsizetype from = 0;
    qsizetype to = text.size();
    while (from < to && (text.at(from) == u'.' || text.at(from) == u' '))
        ++from;
    while (to > from && (text.at(to - 1) == u'.' || text.at(to - 1) == u' '))
        --to;
    return text.mid(from, to - from);
}

} // namespace

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

std::optional<ExportFormat> fromFileName(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == u"htm")
        return ExportFormat::Html;
    return suffix.isEmpty() ? std::nullopt : fromWireName(suffix);
}

QString safeFileName(const QString &text)
{
    static const QString forbidden = QStringLiteral("/\\:*?\"<>|");
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        // Tabs and line breaks are white space first: a space, not nothing.
        if (c.isSpace()) {
            if (!out.isEmpty() && !out.endsWith(u' '))
                out += u' ';
            continue;
        }
        if (forbidden.contains(c) || c.category() == QChar::Other_Control)
            continue;
        out += c;
    }
    return trimmedName(out);
}

QString sessionFileName(const Session &session, ExportFormat format)
{
    const QString date = QDateTime::fromMSecsSinceEpoch(session.startTime.value_or(session.createdAt))
                             .toString(QStringLiteral("yyyy-MM-dd"));
    QString candidate = safeFileName(session.userId);
    if (candidate.isEmpty())
        candidate = safeFileName(session.sessionId);
    const QString head = truncatedUtf8(candidate, MAX_BASE_NAME_BYTES / 2) + u'_';
    const QString tail = u'_' + date;
    // The session name gets what is left; cut, it may end in a space or dot again.
    const qsizetype room = MAX_BASE_NAME_BYTES - head.toUtf8().size() - tail.toUtf8().size();
    const QString name = trimmedName(truncatedUtf8(safeFileName(session.sessionName), room));
    const QString base = name.isEmpty() ? QString(head.chopped(1) + tail) : QString(head + name + tail);
    return base + u'.' + fileExtension(format);
}

} // namespace ir::exportformat
