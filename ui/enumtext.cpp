// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "enumtext.h"

#include <QComboBox>

namespace ir::ui {

QString EnumText::name(SessionType value)
{
    switch (value) {
    case SessionType::KnowledgeBased:
        return tr("Knowledge based");
    case SessionType::CompanyPosition:
        return tr("Company position");
    case SessionType::ResumeCustomized:
        return tr("Resume customized");
    case SessionType::WrongQuestions:
        return tr("Wrong questions review");
    }
    return {};
}

QString EnumText::name(DifficultyLevel value)
{
    switch (value) {
    case DifficultyLevel::Easy:
        return tr("Easy");
    case DifficultyLevel::Medium:
        return tr("Medium");
    case DifficultyLevel::Hard:
        return tr("Hard");
    }
    return {};
}

QString EnumText::name(QuestionType value)
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
    return {};
}

QString EnumText::name(SessionStatus value)
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
    return {};
}

QString EnumText::name(Recommendation value)
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
    return {};
}

QString EnumText::source(Source source, bool reviewed)
{
    if (source == Source::Ui)
        return tr("Interviewer");
    return reviewed ? tr("AI") : tr("AI · unreviewed");
}

template<typename E>
void EnumText::fill(QComboBox *comboBox, const QString &anyText)
{
    comboBox->clear();
    if (!anyText.isEmpty())
        comboBox->addItem(anyText, -1);
    for (E value : allValues<E>())
        comboBox->addItem(name(value), int(value));
}

template void EnumText::fill<SessionType>(QComboBox *, const QString &);
template void EnumText::fill<DifficultyLevel>(QComboBox *, const QString &);
template void EnumText::fill<QuestionType>(QComboBox *, const QString &);
template void EnumText::fill<SessionStatus>(QComboBox *, const QString &);
template void EnumText::fill<Recommendation>(QComboBox *, const QString &);

void EnumText::select(QComboBox *comboBox, int value)
{
    const int index = comboBox->findData(value);
    if (index >= 0)
        comboBox->setCurrentIndex(index);
}

} // namespace ir::ui
