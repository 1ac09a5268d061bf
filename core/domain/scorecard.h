// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "enums.h"
#include "kit.h"

#include <QList>
#include <QString>

#include <optional>

namespace ir {

// One competency of a session's scorecard: what the kit said when the session was created, and
// the interviewer's rating of it.
struct CompetencyRating
{
    Competency competency;
    std::optional<int> rating; // 1–4, nullopt while unrated
    QString note;

    // The rubric text of the chosen level (empty while unrated).
    QString levelText() const { return rating ? competency.rubric.at(size_t(*rating - 1)) : QString(); }
};

// The interviewer's verdict on a session. The recommendation is the session's own.
struct Scorecard
{
    QString sessionId;
    QString interviewer;
    QList<CompetencyRating> ratings;
    Recommendation recommendation = Recommendation::NoDecision;
    QString strengths;
    QString concerns;
    std::optional<qint64> submittedAt; // set once, when submitted; nothing changes after
    qint64 updatedAt = 0;

    bool submitted() const { return submittedAt.has_value(); }
    // The weight-weighted mean of the given ratings, rounded half up to one decimal; nullopt
    // while nothing (of non-zero weight) is rated.
    std::optional<double> weightedRating() const;
};

// A change to one competency's rating, found by key.
struct RatingPatch
{
    QString key;
    std::optional<std::optional<int>> rating; // nullopt inside clears the rating
    std::optional<QString> note;
};

struct ScorecardPatch
{
    QList<RatingPatch> ratings;
    std::optional<Recommendation> recommendation;
    std::optional<QString> strengths;
    std::optional<QString> concerns;
    bool submit = false; // "submitted": true — locks the scorecard (every competency must be rated)

    bool isEmpty() const { return ratings.isEmpty() && !recommendation && !strengths && !concerns && !submit; }
};

} // namespace ir
