// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "enums.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

// The question bank, interview kits and the plan a session copies from its kit (issue 12).
namespace ir {

// A reusable question. expected_answer is the interviewer's rubric note: shown to the
// interviewer, never to the candidate.
struct BankQuestion
{
    QString bankQuestionId; // bq_<12 lowercase hex>
    QString questionText;
    QuestionType questionType = QuestionType::Technical;
    QString questionCategory; // empty when none
    DifficultyLevel difficultyLevel = DifficultyLevel::Medium;
    QStringList tags; // trimmed, no duplicates, in the order given
    QString expectedAnswer;
    qint64 createdAt = 0; // UTC epoch milliseconds
    qint64 updatedAt = 0;
};

// A partial update of a bank question: only the set fields change.
struct BankQuestionPatch
{
    std::optional<QString> questionText;
    std::optional<QuestionType> questionType;
    std::optional<QString> questionCategory;
    std::optional<DifficultyLevel> difficultyLevel;
    std::optional<QStringList> tags;
    std::optional<QString> expectedAnswer;

    bool isEmpty() const
    {
        return !questionText && !questionType && !questionCategory && !difficultyLevel && !tags && !expectedAnswer;
    }
};

struct BankFilter
{
    QString text; // substring of question text, category, tags or expected answer (as records' q=)
    std::optional<QuestionType> questionType;
    QString questionCategory; // exact
    QString tag; // exact, one of the question's tags
    int page = 1;
    int pageSize = 20;
};

inline constexpr int RUBRIC_LEVELS = 4;

// What a kit asks interviewers to rate, and what each level 1–4 means.
struct Competency
{
    QString key; // [a-z0-9_], unique within a kit
    QString name;
    QString description;
    double weight = 1.0;
    std::array<QString, RUBRIC_LEVELS> rubric; // rubric[0] describes level 1
};

// A named interview plan for a position.
struct Kit
{
    QString kitId; // kit_<12 lowercase hex>
    QString name;
    QString position;
    SessionType sessionType = SessionType::KnowledgeBased;
    DifficultyLevel difficultyLevel = DifficultyLevel::Medium;
    int estimatedDuration = 60; // minutes
    QList<Competency> competencies;
    QStringList bankQuestionIds; // the planned questions, in order
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
};

struct KitPatch
{
    std::optional<QString> name;
    std::optional<QString> position;
    std::optional<SessionType> sessionType;
    std::optional<DifficultyLevel> difficultyLevel;
    std::optional<int> estimatedDuration;
    std::optional<QList<Competency>> competencies;
    std::optional<QStringList> bankQuestionIds;

    bool isEmpty() const
    {
        return !name && !position && !sessionType && !difficultyLevel && !estimatedDuration && !competencies
            && !bankQuestionIds;
    }
};

// A bank question as a session copied it from its kit when it was created: later edits of the
// bank or the kit do not reach it.
struct PlannedQuestion
{
    int position = 0; // 1-based, the kit's order
    QString bankQuestionId;
    QString questionText;
    QuestionType questionType = QuestionType::Technical;
    QString questionCategory;
    QString expectedAnswer;
};

// GET /dify/interview/{id}/next-question: the first planned question whose (trimmed) text the
// session has not recorded yet, and how many such are left including it.
struct NextQuestion
{
    std::optional<PlannedQuestion> question;
    int remaining = 0;
};

} // namespace ir
