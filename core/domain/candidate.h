// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "enums.h"
#include "questionrecord.h"
#include "scorecard.h"
#include "session.h"

#include <QList>
#include <QMap>
#include <QString>

#include <optional>

// Candidates, comparison, calibration and the candidate's data rights (issue 13).
namespace ir {

// One person, by the user_id the sessions name. Created on first use of the id.
struct Candidate
{
    QString userId;
    QString displayName;
    QString email;
    QString position;
    QString notes;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;

    // Figures of the person's sessions, filled in by reads.
    int sessions = 0;
    std::optional<qint64> lastSessionAt; // creation time of the newest session
    std::optional<double> averageScore; // over every scored question, 1 decimal
    Recommendation latestRecommendation = Recommendation::NoDecision; // of the newest session
};

struct CandidatePatch
{
    std::optional<QString> displayName;
    std::optional<QString> email;
    std::optional<QString> position;
    std::optional<QString> notes;

    bool isEmpty() const { return !displayName && !email && !position && !notes; }
};

struct CandidateFilter
{
    QString text; // substring of user id, display name or email (ASCII case-insensitive)
    QString position; // exact
    int page = 1;
    int pageSize = 20;
};

// GET /compare: one person's figures side by side with others'.
struct ComparisonRow
{
    Candidate candidate;
    QMap<QuestionType, double> averageByType; // 1 decimal; types without scores left out
    // Per competency key: the weight-weighted mean rating over the person's scorecards (1 decimal).
    QMap<QString, double> competencies;
};

// GET /stats/interviewers: one interviewer's calibration figures.
struct InterviewerStats
{
    QString interviewer; // empty: sessions nobody was named for
    int sessions = 0;
    int questions = 0; // scored questions of those sessions
    std::optional<double> meanScore; // 1 decimal
    std::optional<double> scoreStdDev; // population standard deviation, 1 decimal
    QMap<Recommendation, int> recommendations;
    // Mean of (reviewed score − the score the API posted) over posted questions whose score the
    // interviewer changed, and how many those were.
    std::optional<double> aiReviewDelta;
    int aiReviewed = 0;
};

// The name a new profile gets from a session: its metadata's candidate_name, trimmed (may be "").
QString candidateNameOf(const Session &session);

// Who did something the audit log records.
enum class Actor { Ui, Api, Cli };
QString toWire(Actor actor);

enum class AuditAction { Erasure, Purge, PersonExport, SessionDeletion, ApiKeyChange };
QString toWire(AuditAction action);

struct AuditEntry
{
    qint64 at = 0;
    AuditAction action = AuditAction::Erasure;
    Actor actor = Actor::Ui;
    QString subject; // a user id or session id; for an erasure or purge, a one-way hash
    int count = 0;
};

// Everything stored about one person: the right of access.
struct PersonRecord
{
    Candidate candidate;
    struct Interview
    {
        Session session;
        QList<QuestionRecord> questions;
        Scorecard scorecard;
    };
    QList<Interview> interviews;
};

struct ErasureReport
{
    int sessions = 0;
    int questions = 0;
};

} // namespace ir
