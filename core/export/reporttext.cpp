// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reporttext.h"

#include "session.h"
#include "summary.h"

#include <QDateTime>
#include <QLocale>

namespace ir {

QString ReportText::displayName(SessionType value)
{
    switch (value) {
    case SessionType::KnowledgeBased:
        return tr("Knowledge based");
    case SessionType::CompanyPosition:
        return tr("Company position");
    case SessionType::ResumeCustomized:
        return tr("Resume customized");
    case SessionType::WrongQuestions:
        return tr("Wrong questions");
    }
    return toWire(value);
}

QString ReportText::displayName(DifficultyLevel value)
{
    switch (value) {
    case DifficultyLevel::Easy:
        return tr("Easy");
    case DifficultyLevel::Medium:
        return tr("Medium");
    case DifficultyLevel::Hard:
        return tr("Hard");
    }
    return toWire(value);
}

QString ReportText::displayName(QuestionType value)
{
    switch (value) {
    case QuestionType::Technical:
        return tr("Technical");
    case QuestionType::Behavioral:
        return tr("Behavioral");
    case QuestionType::Logical:
        return tr("Logical");
    case QuestionType::ProjectBased:
        return tr("Project based");
    }
    return toWire(value);
}

QString ReportText::displayName(SessionStatus value)
{
    switch (value) {
    case SessionStatus::Pending:
        return tr("Pending");
    case SessionStatus::InProgress:
        return tr("In progress");
    case SessionStatus::Completed:
        return tr("Completed");
    case SessionStatus::Cancelled:
        return tr("Cancelled");
    }
    return toWire(value);
}

QString ReportText::displayName(Recommendation value)
{
    switch (value) {
    case Recommendation::NoDecision:
        return tr("No decision");
    case Recommendation::StrongYes:
        return tr("Strong yes");
    case Recommendation::Yes:
        return tr("Yes");
    case Recommendation::No:
        return tr("No");
    case Recommendation::StrongNo:
        return tr("Strong no");
    }
    return toWire(value);
}

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
        {tr("Session name"), s.sessionName.isEmpty() ? placeholder() : s.sessionName},
        {tr("Session ID"), s.sessionId},
        {tr("Type"), displayName(s.sessionType)},
        {tr("Difficulty"), displayName(s.difficultyLevel)},
        {tr("Status"), displayName(s.status)},
        {tr("Created"), dateTime(s.createdAt)},
        {tr("Started"), dateTime(s.startTime)},
        {tr("Ended"), dateTime(s.endTime)},
        {tr("Duration"), minutes(summary.durationMinutes)},
        {tr("Planned duration"), tr("%1 min").arg(s.estimatedDuration)},
        {tr("Recommendation"), displayName(s.recommendation)},
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
        lines << tr("%1 average: %2").arg(displayName(it.key()), score(it.value()));
    return lines;
}

} // namespace ir
