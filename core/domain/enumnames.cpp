// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "enumnames.h"

namespace ir {

// The Chinese translations follow the contract's own names (自选知识点面试, 技术题, ...).
QString EnumNames::name(SessionType value)
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

QString EnumNames::name(DifficultyLevel value)
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

QString EnumNames::name(QuestionType value)
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

QString EnumNames::name(SessionStatus value)
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

QString EnumNames::name(Recommendation value)
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

} // namespace ir
