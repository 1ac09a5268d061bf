// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reporttext.h"

#include "enumnames.h"
#include "questionrecord.h"
#include "rules.h"
#include "scorecard.h"
#include "session.h"
#include "summary.h"

#include <algorithm>

#include <QDateTime>
#include <QLocale>

namespace ir {

QString ReportText::dateTime(std::optional<qint64> epochMs)
{
    if (!epochMs)
        return placeholder();
    return QDateTime::fromMSecsSinceEpoch(*epochMs).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString ReportText::score(std::optional<double> value)
{
    return value ? QString::number(*value, 'g', QLocale::FloatingPointShortest) : placeholder();
}

QString ReportText::minutes(std::optional<double> value)
{
    return value ? tr("%1 min").arg(QString::number(*value, 'f', 1)) : placeholder();
}

QString ReportText::placeholder()
{
    return QStringLiteral("—");
}

QList<QPair<QString, QString>> ReportText::headerRows(const Session &s, const Summary &summary)
{
    QList<QPair<QString, QString>> rows {
        {tr("Candidate"), s.userId},
        {tr("Interviewer"), orPlaceholder(s.interviewer)},
        {tr("Session name"), s.sessionName.isEmpty() ? placeholder() : s.sessionName},
        {tr("Session ID"), s.sessionId},
        {tr("Type"), EnumNames::name(s.sessionType)},
        {tr("Difficulty"), EnumNames::name(s.difficultyLevel)},
        {tr("Status"), EnumNames::name(s.status)},
        {tr("Created"), dateTime(s.createdAt)},
        {tr("Started"), dateTime(s.startTime)},
        {tr("Ended"), dateTime(s.endTime)},
        {tr("Duration"), minutes(summary.durationMinutes)},
        {tr("Planned duration"), tr("%1 min").arg(s.estimatedDuration)},
        {tr("Recommendation"), EnumNames::name(s.recommendation)},
    };
    if (!s.notes.isEmpty())
        rows.append({tr("Notes"), s.notes});
    return rows;
}

QStringList ReportText::figures(const Summary &summary)
{
    QStringList lines {
        tr("Questions: %1").arg(summary.totalQuestions),
        tr("Completed: %1").arg(summary.completedQuestions),
        tr("Average score: %1").arg(score(summary.averageScore)),
    };
    for (auto it = summary.averageByType.cbegin(); it != summary.averageByType.cend(); ++it)
        lines << tr("%1 average: %2").arg(EnumNames::name(it.key()), score(it.value()));
    const auto unreviewed = std::count_if(summary.questions.cbegin(), summary.questions.cend(), isUnreviewed);
    if (unreviewed > 0)
        lines << tr("Not reviewed (AI): %1").arg(unreviewed);
    return lines;
}

bool ReportText::hasScorecard(const Scorecard &scorecard)
{
    return !scorecard.ratings.isEmpty() || !scorecard.strengths.isEmpty() || !scorecard.concerns.isEmpty()
        || scorecard.submitted();
}

QList<QPair<QString, QString>> ReportText::scorecardRows(const Scorecard &scorecard)
{
    return {
        {tr("Interviewer"), orPlaceholder(scorecard.interviewer)},
        {tr("Recommendation"), EnumNames::name(scorecard.recommendation)},
        {tr("Weighted rating"), weightedRating(scorecard.weightedRating())},
        {tr("Submitted"),
         scorecard.submittedAt ? dateTime(scorecard.submittedAt) : tr("No, a draft that can still be changed")},
    };
}

QStringList ReportText::competencyColumns()
{
    return {tr("Competency"), tr("Weight"), tr("Rating"), tr("Level"), tr("Note")};
}

QList<QStringList> ReportText::competencyRows(const Scorecard &scorecard)
{
    QList<QStringList> rows;
    for (const CompetencyRating &r : scorecard.ratings) {
        rows.append({r.competency.name, QString::number(r.competency.weight, 'g', QLocale::FloatingPointShortest),
                     rating(r.rating), orPlaceholder(r.levelText()), orPlaceholder(r.note)});
    }
    return rows;
}

QString ReportText::rating(std::optional<int> value)
{
    return value ? QStringLiteral("%1 / %2").arg(*value).arg(rules::MAX_RATING) : placeholder();
}

QString ReportText::weightedRating(std::optional<double> value)
{
    return value ? QStringLiteral("%1 / %2").arg(QString::number(*value, 'f', 1)).arg(rules::MAX_RATING)
                 : placeholder();
}

QString ReportText::orPlaceholder(const QString &text)
{
    return text.isEmpty() ? placeholder() : text;
}

QString ReportText::writtenByLabel()
{
    return tr("Written by");
}

QString ReportText::writtenBy(const QuestionRecord &question)
{
    if (question.source == Source::Ui)
        return tr("Interviewer");
    return question.reviewed ? tr("AI, reviewed by the interviewer") : tr("AI, not reviewed by the interviewer");
}

bool ReportText::isUnreviewed(const QuestionRecord &question)
{
    return question.source == Source::Api && !question.reviewed;
}

QString ReportText::languageTag()
{
    //: The BCP 47 language tag of this translation, as in <html lang="…">: zh-CN for Chinese.
    return tr("en", "language tag");
}

} // namespace ir
