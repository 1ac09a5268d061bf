// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dataimporter.h"
#include "tempdatabase.h"

#include <QByteArray>
#include <QString>

namespace ir::test {

// Fixed sessions for the export tests: IDs and times are constants (imported, not created),
// so reports can be compared with golden files. The text is chosen to break naive exporters:
// commas, quotes, CR/LF, Markdown and HTML markup, Chinese and emoji. The rich session has an
// interviewer, a plan and a submitted scorecard of three competencies (weighted rating 2.9).
namespace exportfixture {

inline const QString RICH_SESSION = QStringLiteral("session_20250905_133219_a1b2c3d4");
inline const QString EMPTY_SESSION = QStringLiteral("session_20250906_090000_deadbeef");

QList<SessionWithQuestions> sampleData(qint64 baseMs);
// Imports sampleData into db (fatal on failure).
void load(TempDatabase &db);
// A session with `count` Chinese questions and long answers, for the PDF and the benchmark.
SessionWithQuestions largeSession(const QString &sessionId, qint64 baseMs, int count, int answerRepeats);

QByteArray readFile(const QString &path);
QString dataPath(const QString &name);

} // namespace exportfixture
} // namespace ir::test
