// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exporter.h"

#include "csvexporter.h"
#include "exportio.h"
#include "htmlexporter.h"
#include "interviewservice.h"
#include "jsoncodec.h"
#include "markdownexporter.h"

#include <QBuffer>

namespace ir {

Exporter::Exporter(InterviewService &service, PdfRenderer pdfRenderer)
    : m_service(service)
    , m_pdfRenderer(std::move(pdfRenderer))
{ }

bool Exporter::supports(ExportFormat format) const
{
    return format != ExportFormat::Pdf || bool(m_pdfRenderer);
}

Result<QString> Exporter::suggestedFileName(const QString &sessionId, ExportFormat format)
{
    const Result<Session> session = m_service.session(sessionId);
    if (!session)
        return session.error();
    return exportformat::sessionFileName(*session, format);
}

Result<SessionReport> Exporter::loadReport(const QString &sessionId, ExportFormat format, const ExportOptions &options)
{
    if (!supports(format))
        return Error::validation(QStringLiteral("format: pdf is not available in this build"));
    return SessionReport::load(m_service, sessionId, options);
}

Status Exporter::exportSession(const QString &sessionId, ExportFormat format, QIODevice &device,
                               const ExportOptions &options)
{
    const Result<SessionReport> report = loadReport(sessionId, format, options);
    if (!report)
        return report.error();
    return writeReport(*report, format, device, options, m_pdfRenderer);
}

Result<QByteArray> Exporter::exportSessionBytes(const QString &sessionId, ExportFormat format,
                                                const ExportOptions &options)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (const Status written = exportSession(sessionId, format, buffer, options); !written)
        return written.error();
    return buffer.data();
}

Status Exporter::exportSessionToFile(const QString &sessionId, ExportFormat format, const QString &path,
                                     const ExportOptions &options)
{
    // Read first, so an unknown session never touches the file system.
    const Result<SessionReport> report = loadReport(sessionId, format, options);
    if (!report)
        return report.error();
    return ExportIo::writeFile(
        path, [&](QIODevice &device) { return writeReport(*report, format, device, options, m_pdfRenderer); });
}

Result<BulkReport> Exporter::exportAll(const RecordFilter &filter, ExportFormat format, QIODevice &device,
                                       const ExportOptions &options, const ExportProgress &progress)
{
    return BulkExporter(m_service).run(filter, format, device, options, progress);
}

Result<BulkReport> Exporter::exportAllToFile(const RecordFilter &filter, ExportFormat format, const QString &path,
                                             const ExportOptions &options, const ExportProgress &progress)
{
    return writeBulkFile(path, [&](QIODevice &device) {
        return BulkExporter(m_service).run(filter, format, device, options, progress);
    });
}

Result<BulkReport> Exporter::exportSessionsToFile(const SessionFilter &filter, ExportFormat format, const QString &path,
                                                  const ExportOptions &options, const ExportProgress &progress)
{
    return writeBulkFile(path, [&](QIODevice &device) {
        return BulkExporter(m_service).run(filter, format, device, options, progress);
    });
}

Result<BulkReport> Exporter::writeBulkFile(const QString &path,
                                           const std::function<Result<BulkReport>(QIODevice &)> &run)
{
    std::optional<Result<BulkReport>> outcome;
    const Status written = ExportIo::writeFile(path, [&](QIODevice &device) -> Status {
        outcome = run(device);
        if (!*outcome)
            return outcome->error();
        if ((*outcome)->cancelled)
            return Error::validation(QStringLiteral("cancelled")); // discards the file
        return Done {};
    });
    if (outcome && *outcome && (*outcome)->cancelled)
        return *outcome;
    if (!written)
        return written.error();
    return *outcome;
}

Status Exporter::writeReport(const SessionReport &report, ExportFormat format, QIODevice &device,
                             const ExportOptions &options, const PdfRenderer &pdfRenderer)
{
    switch (format) {
    case ExportFormat::Markdown:
        return ExportIo::write(device, MarkdownExporter::render(report).toUtf8());
    case ExportFormat::Html:
        return ExportIo::write(device, HtmlExporter::render(report).toUtf8());
    case ExportFormat::Csv:
        return CsvExporter::write(device, report, options);
    case ExportFormat::Json:
        return ExportIo::write(device,
                               JsonCodec::head(report.exportedAtMs)
                                   + JsonCodec::sessionEntry(JsonCodec::sessionToJson(report), true)
                                   + JsonCodec::tail(false));
    case ExportFormat::Pdf:
        if (!pdfRenderer)
            return Error::validation(QStringLiteral("format: pdf is not available in this build"));
        return pdfRenderer(report, device, options);
    }
    return Error::validation(QStringLiteral("format: unknown"));
}

namespace exporter {

Status exportSession(InterviewService &service, const QString &sessionId, ExportFormat format, QIODevice &device,
                     const ExportOptions &options)
{
    return Exporter(service).exportSession(sessionId, format, device, options);
}

} // namespace exporter
} // namespace ir
