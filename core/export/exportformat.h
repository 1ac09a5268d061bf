// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace ir {

struct Session;

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
// The format a file name's extension names (.md, .html/.htm, .pdf, .csv, .json, any case).
std::optional<ExportFormat> fromFileName(const QString &fileName);
// text made safe as (part of) a file name on every common file system: / \ : * ? " < > | and
// control characters removed, runs of white space as one space, no leading or trailing dots or
// spaces. Chinese and other letters stay.
QString safeFileName(const QString &text);
// The name a person would give the file: <candidate>_<session name>_<date>.<extension>, each part
// made safe, the date (yyyy-MM-dd, local) the session's start or else its creation; without the
// session name part when it has none; at most MAX_BASE_NAME_BYTES of UTF-8 before the extension.
QString sessionFileName(const Session &session, ExportFormat format);
inline constexpr int MAX_BASE_NAME_BYTES = 200;

} // namespace exportformat
} // namespace ir
