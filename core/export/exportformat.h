// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace ir {

// The file formats a session can be exported to. Wire names (md, html, pdf, csv, json) are
// what the command line's --format and the HTTP endpoint's ?format= accept.
enum class ExportFormat { Markdown, Html, Pdf, Csv, Json };

namespace exportformat {

QString wireName(ExportFormat format);
std::optional<ExportFormat> fromWireName(const QString &name);
QList<ExportFormat> all();
// Formats `export --all` (bulk export) supports: csv and json.
QList<ExportFormat> bulkFormats();
// e.g. "application/pdf", "text/csv; charset=utf-8", for Content-Type.
QString mimeType(ExportFormat format);
// Without the dot: md, html, pdf, csv, json.
QString fileExtension(ExportFormat format);
// A file-dialog filter such as "PDF (*.pdf)".
QString fileDialogFilter(ExportFormat format);
// A file name for the download: <session_id>.<extension>.
QString suggestedFileName(const QString &sessionId, ExportFormat format);

} // namespace exportformat
} // namespace ir
