// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exporter.h"

#include <QCoreApplication>

class QTextDocument;

namespace ir {

// The PDF report: A4, the CJK font embedded (pdftotext reads the Chinese back), page numbers
// in the footer, the score chart as vector graphics, long answers flowing across pages.
// Needs a Q(Gui)Application (the offscreen platform will do); callable from any thread.
class PdfExporter final
{
    Q_DECLARE_TR_FUNCTIONS(ir::PdfExporter)

public:
    static Status render(const SessionReport &report, QIODevice &device, const ExportOptions &options = {});
    // render as the Exporter's PdfRenderer: `Exporter exporter(service, PdfExporter::renderer());`
    // Empty when the process has no QGuiApplication (a headless QCoreApplication cannot load
    // fonts), so that Exporter::supports(ExportFormat::Pdf) is false instead of crashing.
    static PdfRenderer renderer();
    static bool isAvailable();
    // The family the report asks for; fontconfig falls back if it is missing.
    static QString fontFamily();

private:
    static Status draw(const SessionReport &report, QIODevice &device);
    // The report as rich text for QTextDocument, with CHART_MARKER where the chart goes.
    static QString documentHtml(const SessionReport &report, bool withChart);
    static void insertChart(QTextDocument &document, const SessionReport &report);
};

} // namespace ir
