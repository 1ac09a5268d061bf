// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "candidate.h"
#include "error.h"
#include "kit.h"
#include "questionrecord.h"
#include "scorecard.h"
#include "session.h"

#include <QStringList>

#include <optional>

// Every length and range rule of the API contract, in one place.
namespace ir::rules {

struct Length
{
    const char16_t *field;
    qsizetype min;
    qsizetype max;
};

inline constexpr Length USER_ID {u"user_id", 1, 100};
inline constexpr Length SESSION_NAME {u"session_name", 1, 200};
inline constexpr Length QUESTION_TEXT {u"question_text", 1, 2000};
inline constexpr Length CANDIDATE_ANSWER {u"candidate_answer", 1, 5000};
inline constexpr Length INTERVIEWER_FEEDBACK {u"interviewer_feedback", 1, 2000};
inline constexpr Length QUESTION_CATEGORY {u"question_category", 1, 100};
inline constexpr Length REQUEST_ID {u"request_id", 1, 100};
inline constexpr Length NOTES {u"notes", 0, 10000};
// The candidate's display name (the contract's candidate display_name, 0–200). A session keeps
// it in its metadata object under this field's name.
inline constexpr Length CANDIDATE_NAME {u"candidate_name", 0, 200};

// Who conducts a session (the window takes it from the settings).
inline constexpr Length INTERVIEWER {u"interviewer", 1, 100};

// The question bank, kits and scorecards (issue 12).
inline constexpr Length EXPECTED_ANSWER {u"expected_answer", 0, 5000};
inline constexpr Length TAG {u"tags", 1, 50}; // each tag
inline constexpr int MAX_TAGS = 20;
inline constexpr Length KIT_NAME {u"name", 1, 200};
inline constexpr Length KIT_POSITION {u"position", 0, 200};
inline constexpr Length COMPETENCY_KEY {u"key", 1, 50}; // and [a-z0-9_]
inline constexpr Length COMPETENCY_NAME {u"name", 1, 100};
inline constexpr Length COMPETENCY_DESCRIPTION {u"description", 0, 1000};
inline constexpr Length RUBRIC_TEXT {u"rubric", 0, 1000}; // each level
inline constexpr double MIN_WEIGHT = 0.0;
inline constexpr double MAX_WEIGHT = 10.0;
inline constexpr int MAX_COMPETENCIES = 20;
inline constexpr int MAX_KIT_QUESTIONS = 50;
inline constexpr int MIN_RATING = 1;
inline constexpr int MAX_RATING = RUBRIC_LEVELS;
inline constexpr Length RATING_NOTE {u"note", 0, 2000};
inline constexpr Length STRENGTHS {u"strengths", 0, 5000};
inline constexpr Length CONCERNS {u"concerns", 0, 5000};

// Candidates and their data rights (issue 13). The display name is CANDIDATE_NAME.
inline constexpr Length CANDIDATE_EMAIL {u"email", 0, 200};
inline constexpr Length CANDIDATE_POSITION {u"position", 0, 200};
inline constexpr Length CANDIDATE_NOTES {u"notes", 0, 5000};
inline constexpr int MIN_COMPARED = 2;
inline constexpr int MAX_COMPARED = 10;
inline constexpr int DEFAULT_RETENTION_DAYS = 365; // the seed doc keeps data one year; 0 keeps forever
inline constexpr int MAX_RETENTION_DAYS = 36500;

inline constexpr int MIN_DURATION = 10;
inline constexpr int MAX_DURATION = 300;
inline constexpr int DEFAULT_DURATION = 60;
inline constexpr double MIN_SCORE = 0.0;
inline constexpr double MAX_SCORE = 10.0;
inline constexpr qsizetype MAX_METADATA_BYTES = 16 * 1024;
inline constexpr int DEFAULT_QUESTION_LIMIT = 50;
inline constexpr int DEFAULT_ACTIVE_SESSION_LIMIT = 100;

// The limits an operator may set (--question-limit, --session-limit, the settings dialog).
struct LimitRange
{
    int min;
    int max;
    int defaultValue;

    constexpr bool contains(int value) const { return value >= min && value <= max; }
};

// Questions per session; active (pending or in-progress) sessions per user.
inline constexpr LimitRange QUESTION_LIMIT {1, 10'000'000, DEFAULT_QUESTION_LIMIT};
inline constexpr LimitRange ACTIVE_SESSION_LIMIT {1, 10'000'000, DEFAULT_ACTIVE_SESSION_LIMIT};

// Unicode characters (code points): a Chinese character or an emoji counts as one.
qsizetype characterCount(QStringView text);
bool isBlank(QStringView text);

// Field-level problems, collected so that one error names every offending field.
class FieldErrors
{
public:
    void add(const QString &field, const QString &problem);
    // Adds a problem when text breaks the length rule (blank counts as missing when min > 0).
    void checkLength(const Length &rule, const QString &text);
    bool isEmpty() const { return m_problems.isEmpty(); }
    QString details() const { return m_problems.join(QStringLiteral("; ")); }

private:
    QStringList m_problems;
};

// How much a question must carry: the API requires the answer, feedback and score;
// the window may save a question before the candidate has answered.
enum class Completeness { Complete, Draft };

std::optional<Error> validate(const SessionDraft &draft);
std::optional<Error> validate(const SessionPatch &patch);
std::optional<Error> validate(const QuestionDraft &draft, Completeness completeness);
std::optional<Error> validate(const QuestionPatch &patch);

// Bank questions, kits and scorecards. Tags are checked as given; normalizedTags() trims them and
// drops empty and repeated ones first.
std::optional<Error> validate(const BankQuestion &draft);
std::optional<Error> validate(const BankQuestionPatch &patch);
std::optional<Error> validate(const Kit &draft);
std::optional<Error> validate(const KitPatch &patch);
// The patch alone (lengths, ranges); which keys exist and the lock are the service's checks.
std::optional<Error> validate(const ScorecardPatch &patch);
QStringList normalizedTags(const QStringList &tags);
std::optional<Error> validate(const CandidatePatch &patch);
bool isValidCompetencyKey(const QString &key);

bool isValidScore(double score);
bool isValidDuration(int minutes);
// The metadata object serialized as compact JSON must fit MAX_METADATA_BYTES.
bool isValidMetadata(const QJsonObject &metadata);

// The lifecycle: nullopt when from → to is allowed, else the contract's error.
std::optional<Error> checkTransition(SessionStatus from, SessionStatus to);

// Rounds half away from zero to one decimal, as averages and durations are reported.
double roundToTenth(double value);

} // namespace ir::rules
