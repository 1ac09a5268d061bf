// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bulkexporter.h"
#include "exportformat.h"
#include "exportoptions.h"
#include "result.h"
#include "sessionreport.h"

#include <QCoreApplication>
#include <QIODevice>

#include <functional>

namespace ir {

class InterviewService;

// Draws one session's PDF. The PDF needs QtGui, which core may not link: ui/pdf provides it
// (PdfExporter::renderer()) and app/ injects it here.
using PdfRenderer = std::function<Status(const SessionReport &, QIODevice &, const ExportOptions &)>;

// The one entry point the window, the HTTP endpoint and the command line call to export.
// Thread-safe as far as the service is (each thread reads through its own connection).
class Exporter final
{
    Q_DECLARE_TR_FUNCTIONS(ir::Exporter)

public:
    explicit Exporter(InterviewService &service, PdfRenderer pdfRenderer = {});

    // Every format but PDF always; PDF when a renderer was given.
    bool supports(ExportFormat format) const;
    // The file name to offer for one session (exportformat::sessionFileName). SESSION_NOT_FOUND
    // when unknown.
    Result<QString> suggestedFileName(const QString &sessionId, ExportFormat format);

    // One session into device (a QBuffer for HTTP, a file, …). SESSION_NOT_FOUND when unknown.
    Status exportSession(const QString &sessionId, ExportFormat format, QIODevice &device,
                         const ExportOptions &options = {});
    // The bytes of one session's file, e.g. for an HTTP reply (Content-Type from
    // exportformat::mimeType, file name from exportformat::suggestedFileName).
    Result<QByteArray> exportSessionBytes(const QString &sessionId, ExportFormat format,
                                          const ExportOptions &options = {});
    // The same into a file, atomically.
    Status exportSessionToFile(const QString &sessionId, ExportFormat format, const QString &path,
                               const ExportOptions &options = {});

    // Bulk (csv, json); see BulkExporter for the filter's meaning.
    Result<BulkReport> exportAll(const RecordFilter &filter, ExportFormat format, QIODevice &device,
                                 const ExportOptions &options = {}, const ExportProgress &progress = {});
    // The same into a file, atomically: a cancelled or failed export leaves no file (and an
    // existing file untouched); the report then says cancelled.
    Result<BulkReport> exportAllToFile(const RecordFilter &filter, ExportFormat format, const QString &path,
                                       const ExportOptions &options = {}, const ExportProgress &progress = {});
    // Bulk by the window's session filter (whole sessions), into a file, atomically.
    Result<BulkReport> exportSessionsToFile(const SessionFilter &filter, ExportFormat format, const QString &path,
                                            const ExportOptions &options = {}, const ExportProgress &progress = {});

    // Renders an already loaded report.
    static Status writeReport(const SessionReport &report, ExportFormat format, QIODevice &device,
                              const ExportOptions &options, const PdfRenderer &pdfRenderer = {});

private:
    // The session's report, once the format is known to be available.
    Result<SessionReport> loadReport(const QString &sessionId, ExportFormat format, const ExportOptions &options);
    Result<BulkReport> writeBulkFile(const QString &path, const std::function<Result<BulkReport>(QIODevice &)> &run);

    InterviewService &m_service;
    PdfRenderer m_pdfRenderer;
};

namespace exporter {

// Text formats (md, html, csv, json) without constructing an Exporter; PDF is an error here.
Status exportSession(InterviewService &service, const QString &sessionId, ExportFormat format, QIODevice &device,
                     const ExportOptions &options = {});

} // namespace exporter
} // namespace ir
