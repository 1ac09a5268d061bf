// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "enums.h"

#include <array>
#include <utility>

namespace ir {
namespace {

template<typename E, std::size_t N>
using Table = std::array<std::pair<E, const char16_t *>, N>;

constexpr Table<SessionType, 4> SESSION_TYPES {{
    {SessionType::KnowledgeBased, u"knowledge_based"},
    {SessionType::CompanyPosition, u"company_position"},
    {SessionType::ResumeCustomized, u"resume_customized"},
    {SessionType::WrongQuestions, u"wrong_questions"},
}};
constexpr Table<DifficultyLevel, 3> DIFFICULTIES {{
    {DifficultyLevel::Easy, u"easy"},
    {DifficultyLevel::Medium, u"medium"},
    {DifficultyLevel::Hard, u"hard"},
}};
constexpr Table<QuestionType, 4> QUESTION_TYPES {{
    {QuestionType::Technical, u"technical"},
    {QuestionType::Behavioral, u"behavioral"},
    {QuestionType::Logical, u"logical"},
    {QuestionType::ProjectBased, u"project_based"},
}};
constexpr Table<SessionStatus, 4> STATUSES {{
    {SessionStatus::Pending, u"pending"},
    {SessionStatus::InProgress, u"in_progress"},
    {SessionStatus::Completed, u"completed"},
    {SessionStatus::Cancelled, u"cancelled"},
}};
constexpr Table<Recommendation, 5> RECOMMENDATIONS {{
    {Recommendation::NoDecision, u"no_decision"},
    {Recommendation::StrongYes, u"strong_yes"},
    {Recommendation::Yes, u"yes"},
    {Recommendation::No, u"no"},
    {Recommendation::StrongNo, u"strong_no"},
}};
constexpr Table<Source, 2> SOURCES {{
    {Source::Ui, u"ui"},
    {Source::Api, u"api"},
}};

template<typename E, std::size_t N>
QString nameOf(const Table<E, N> &table, E value)
{
    for (const auto &[entry, name] : table) {
        if (entry == value)
            return QString::fromUtf16(name);
    }
    return {};
}

template<typename E, std::size_t N>
std::optional<E> valueOf(const Table<E, N> &table, const QString &text)
{
    for (const auto &[entry, name] : table) {
        if (text == QStringView(name))
            return entry;
    }
    return std::nullopt;
}

template<typename E, std::size_t N>
QList<E> valuesOf(const Table<E, N> &table)
{
    QList<E> values;
    for (const auto &entry : table)
        values << entry.first;
    return values;
}

} // namespace

QString toWire(SessionType value)
{
    return nameOf(SESSION_TYPES, value);
}
QString toWire(DifficultyLevel value)
{
    return nameOf(DIFFICULTIES, value);
}
QString toWire(QuestionType value)
{
    return nameOf(QUESTION_TYPES, value);
}
QString toWire(SessionStatus value)
{
    return nameOf(STATUSES, value);
}
QString toWire(Recommendation value)
{
    return nameOf(RECOMMENDATIONS, value);
}
QString toWire(Source value)
{
    return nameOf(SOURCES, value);
}

template<>
std::optional<SessionType> fromWire<SessionType>(const QString &text)
{
    return valueOf(SESSION_TYPES, text);
}
template<>
std::optional<DifficultyLevel> fromWire<DifficultyLevel>(const QString &text)
{
    return valueOf(DIFFICULTIES, text);
}
template<>
std::optional<QuestionType> fromWire<QuestionType>(const QString &text)
{
    return valueOf(QUESTION_TYPES, text);
}
template<>
std::optional<SessionStatus> fromWire<SessionStatus>(const QString &text)
{
    return valueOf(STATUSES, text);
}
template<>
std::optional<Recommendation> fromWire<Recommendation>(const QString &text)
{
    return valueOf(RECOMMENDATIONS, text);
}
template<>
std::optional<Source> fromWire<Source>(const QString &text)
{
    return valueOf(SOURCES, text);
}

template<>
QList<SessionType> allValues<SessionType>()
{
    return valuesOf(SESSION_TYPES);
}
template<>
QList<DifficultyLevel> allValues<DifficultyLevel>()
{
    return valuesOf(DIFFICULTIES);
}
template<>
QList<QuestionType> allValues<QuestionType>()
{
    return valuesOf(QUESTION_TYPES);
}
template<>
QList<SessionStatus> allValues<SessionStatus>()
{
    return valuesOf(STATUSES);
}
template<>
QList<Recommendation> allValues<Recommendation>()
{
    return valuesOf(RECOMMENDATIONS);
}

} // namespace ir
