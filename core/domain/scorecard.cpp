// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "scorecard.h"

#include <cmath>

namespace ir {

std::optional<double> Scorecard::weightedRating() const
{
    double weighted = 0;
    double weights = 0;
    for (const CompetencyRating &rating : ratings) {
        if (!rating.rating)
            continue;
        weighted += rating.competency.weight * *rating.rating;
        weights += rating.competency.weight;
    }
    if (weights <= 0)
        return std::nullopt;
    // Half up at one decimal; the nudge makes binary near-halves (2.45 held as 2.4499…) round
    // as the decimal they stand for.
    return std::floor(weighted / weights * 10.0 + 0.5 + 1e-9) / 10.0;
}

} // namespace ir
