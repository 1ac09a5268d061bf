// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "scorecardmodel.h"

#include <QApplication>
#include <QLocale>
#include <QPalette>

namespace ir::ui {
namespace {

bool sameCompetencies(const QList<CompetencyRating> &a, const QList<CompetencyRating> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a.at(i).competency.key != b.at(i).competency.key)
            return false;
    }
    return true;
}

} // namespace

ScorecardModel::ScorecardModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

ScorecardModel::~ScorecardModel() = default;

int ScorecardModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ratings.size());
}

int ScorecardModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ScorecardModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CompetencyRating &r = m_ratings.at(index.row());
    const Column column = Column(index.column());
    if (role == Qt::ToolTipRole) {
        // Every level, so the person can choose without guessing.
        QStringList lines;
        if (!r.competency.description.isEmpty())
            lines << r.competency.description;
        for (int level = 1; level <= int(r.competency.rubric.size()); ++level)
            lines << tr("%1: %2").arg(QLocale().toString(level), r.competency.rubric.at(size_t(level - 1)));
        return lines.join(QLatin1Char('\n'));
    }
    if (role == Qt::TextAlignmentRole) {
        if (column == Weight || column == Rating)
            return QVariant::fromValue(Qt::AlignHCenter | Qt::AlignTop);
        return QVariant::fromValue(Qt::AlignLeading | Qt::AlignTop);
    }
    if (role == Qt::ForegroundRole && column == Level && !r.rating)
        return QApplication::palette().brush(QPalette::PlaceholderText);
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case Competency:
        return r.competency.name;
    case Weight:
        return QLocale().toString(r.competency.weight, 'g', 3);
    case Rating:
        return r.rating ? tr("%1 / %2").arg(QLocale().toString(*r.rating), QLocale().toString(RUBRIC_LEVELS))
                        : QStringLiteral("–");
    case Level:
        return r.rating ? r.levelText() : tr("Not rated: press 1–4");
    case Note:
        return r.note;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ScorecardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Competency:
        return tr("Competency");
    case Weight:
        return tr("Weight");
    case Rating:
        return tr("Rating");
    case Level:
        return tr("What the rating means");
    case Note:
        return tr("Note");
    case ColumnCount:
        break;
    }
    return {};
}

void ScorecardModel::setRatings(const QList<CompetencyRating> &ratings)
{
    if (!sameCompetencies(m_ratings, ratings)) {
        beginResetModel();
        m_ratings = ratings;
        endResetModel();
        return;
    }
    for (int row = 0; row < ratings.size(); ++row) {
        const CompetencyRating &now = ratings.at(row);
        const CompetencyRating &before = m_ratings.at(row);
        const bool differs = now.rating != before.rating || now.note != before.note
            || now.competency.name != before.competency.name || now.competency.weight != before.competency.weight
            || now.competency.rubric != before.competency.rubric;
        m_ratings[row] = now;
        if (differs)
            changed(row);
    }
}

void ScorecardModel::setRating(int row, std::optional<int> rating)
{
    if (row < 0 || row >= m_ratings.size() || m_ratings.at(row).rating == rating)
        return;
    m_ratings[row].rating = rating;
    changed(row);
}

void ScorecardModel::setNote(int row, const QString &note)
{
    if (row < 0 || row >= m_ratings.size() || m_ratings.at(row).note == note)
        return;
    m_ratings[row].note = note;
    changed(row);
}

void ScorecardModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_ratings.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_ratings.size()) - 1, ColumnCount - 1));
}

void ScorecardModel::changed(int row)
{
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

} // namespace ir::ui
