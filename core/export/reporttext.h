// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

namespace ir {

struct QuestionRecord;
struct Scorecard;
struct Session;
struct Summary;

// The words and value formats the human-readable reports (Markdown, HTML, PDF) share, so the
// three read alike. Labels are translatable (ReportText::tr), enum values are EnumNames' (the
// window's too); the JSON and CSV exports use the wire names instead.
class ReportText final
{
    Q_DECLARE_TR_FUNCTIONS(ir::ReportText)

public:
    // Local time, "yyyy-MM-dd HH:mm:ss"; a dash when unset.
    static QString dateTime(std::optional<qint64> epochMs);
    // "8.5", "7.25", "9" (shortest exact form); a dash when unset.
    static QString score(std::optional<double> value);
    // "45.5 min"; a dash when unset.
    static QString minutes(std::optional<double> value);
    static QString placeholder();

    // The session header of every report as (label, value) rows; notes only when there are some.
    static QList<QPair<QString, QString>> headerRows(const Session &session, const Summary &summary);
    // The summary figures: counts, average, then the average of each question type, and how many
    // AI-posted questions the interviewer has not reviewed (when there are any).
    static QStringList figures(const Summary &summary);

    // The scorecard section: shown when there is something to show (competencies to rate,
    // strengths or concerns, or it was submitted), which a session without a kit may lack.
    static bool hasScorecard(const Scorecard &scorecard);
    // Its head as (label, value) rows: interviewer, recommendation, weighted rating, submitted.
    static QList<QPair<QString, QString>> scorecardRows(const Scorecard &scorecard);
    // The competency table: its column labels, and per competency its name, weight, rating,
    // the rubric text of the chosen level and the note (placeholders where empty).
    static QStringList competencyColumns();
    static QList<QStringList> competencyRows(const Scorecard &scorecard);
    // "3 / 4"; "2.9 / 4"; a dash when unrated.
    static QString rating(std::optional<int> value);
    static QString weightedRating(std::optional<double> value);
    // A text or, when empty, the placeholder.
    static QString orPlaceholder(const QString &text);

    // Who wrote a question: the interviewer, or the AI (reviewed or not by the interviewer).
    static QString writtenByLabel();
    static QString writtenBy(const QuestionRecord &question);
    // Posted by the AI and not accepted or edited by the interviewer since: reports mark these.
    static bool isUnreviewed(const QuestionRecord &question);

    // The BCP 47 tag of the language the labels are in ("en", "zh-CN"), for <html lang>: it is
    // translated with them, so it names the language the report is really written in.
    static QString languageTag();
};

} // namespace ir
