// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dataimporter.h"
#include "result.h"

#include <QByteArray>
#include <QCoreApplication>

namespace ir {

class Database;

// Reads the JSON export format (see JsonCodec) back. The whole file is checked before anything
// is written: a file that is not JSON, not our format, or has a bad field anywhere is a
// VALIDATION_ERROR naming the place (e.g. "sessions[2].questions[0].overall_score: …").
class JsonImporter final
{
    Q_DECLARE_TR_FUNCTIONS(ir::JsonImporter)

public:
    static Result<QList<SessionWithQuestions>> parse(const QByteArray &json);
    // The sessions and, when the file has them, the question bank and the kits.
    static Result<ExportData> parseAll(const QByteArray &json);

    // parse + DataImporter::importData in one transaction.
    static Result<ImportReport> importBytes(Database &database, const QByteArray &json);
    static Result<ImportReport> importFile(Database &database, const QString &path);
};

} // namespace ir
