// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scorecard.h"

#include <QAbstractTableModel>

namespace ir::ui {

// The competencies of the open scorecard, one row each: name, weight, the rating 1–4, the rubric
// text of the chosen level and the note. It holds the window's copy of the scorecard: the panel
// changes it as the person types (the write follows) and replaces it with what is stored.
class ScorecardModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScorecardModel)

public:
    enum Column { Competency, Weight, Rating, Level, Note, ColumnCount };

    explicit ScorecardModel(QObject *parent = nullptr);
    ~ScorecardModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Resets the rows when the competencies differ, otherwise only what changed is reported.
    void setRatings(const QList<CompetencyRating> &ratings);
    const QList<CompetencyRating> &ratings() const { return m_ratings; }
    void setRating(int row, std::optional<int> rating);
    void setNote(int row, const QString &note);
    // The language changed: headers and texts read anew.
    void retranslate();

private:
    void changed(int row);

    QList<CompetencyRating> m_ratings;
};

} // namespace ir::ui
