// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reporttext.h"

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

} // namespace ir
