// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace ir {

enum class SessionType { KnowledgeBased, CompanyPosition, ResumeCustomized, WrongQuestions };
enum class DifficultyLevel { Easy, Medium, Hard };
enum class QuestionType { Technical, Behavioral, Logical, ProjectBased };
enum class SessionStatus { Pending, InProgress, Completed, Cancelled };
enum class Recommendation { NoDecision, StrongYes, Yes, No, StrongNo };
// Who wrote a record: the desktop window or the HTTP API.
enum class Source { Ui, Api };

// Exact wire strings of the contract, and back. fromWire returns nullopt for an unknown string.
QString toWire(SessionType value);
QString toWire(DifficultyLevel value);
QString toWire(QuestionType value);
QString toWire(SessionStatus value);
QString toWire(Recommendation value);
QString toWire(Source value);

template<typename E>
std::optional<E> fromWire(const QString &text);
template<>
std::optional<SessionType> fromWire<SessionType>(const QString &text);
template<>
std::optional<DifficultyLevel> fromWire<DifficultyLevel>(const QString &text);
template<>
std::optional<QuestionType> fromWire<QuestionType>(const QString &text);
template<>
std::optional<SessionStatus> fromWire<SessionStatus>(const QString &text);
template<>
std::optional<Recommendation> fromWire<Recommendation>(const QString &text);
template<>
std::optional<Source> fromWire<Source>(const QString &text);

// Every value of an enum, in declaration order (for combo boxes, docs and tests).
template<typename E>
QList<E> allValues();
template<>
QList<SessionType> allValues<SessionType>();
template<>
QList<DifficultyLevel> allValues<DifficultyLevel>();
template<>
QList<QuestionType> allValues<QuestionType>();
template<>
QList<SessionStatus> allValues<SessionStatus>();
template<>
QList<Recommendation> allValues<Recommendation>();

// The wire strings of every value, e.g. for "one of: a, b, c" messages.
template<typename E>
QStringList wireValues()
{
    QStringList names;
    for (E value : allValues<E>())
        names << toWire(value);
    return names;
}

inline bool isFinished(SessionStatus status)
{
    return status == SessionStatus::Completed || status == SessionStatus::Cancelled;
}

inline bool isActive(SessionStatus status)
{
    return !isFinished(status);
}

} // namespace ir
