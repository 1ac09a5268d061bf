// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "queries.h"
#include "result.h"
#include "textsearch.h"

#include <QSqlDatabase>
#include <QVariantList>

namespace ir {

// Plans GET /records over the indexes of migration step 3: the exact number of matches and the
// rowids of one page, newest first (created_at, then rowid). Only rowids are paged, on indexes,
// so a deep page costs index entries rather than rows; QuestionRepository reads the page's rows.
class RecordSearch final
{
public:
    struct Keys
    {
        QList<qint64> rowids; // in page order
        qint64 total = 0;
    };

    // At or below this many matches, they are sorted instead of read in order: a sort of a few
    // thousand index entries beats walking an index past every row that does not match.
    static constexpr qint64 SORT_LIMIT = 4000;
    // A window of the newest rows is worth reading through the text index while the rowids it
    // spans stay within this factor of its size (rowids follow creation order, mostly).
    static constexpr qint64 WINDOW_SPREAD = 8;

    explicit RecordSearch(QSqlDatabase db);

    Result<Keys> run(const RecordFilter &filter);

private:
    struct Clause
    {
        QString from;
        QStringList conditions;
        QVariantList values;
        QString where() const;
    };

    Clause clauseFor(const RecordFilter &filter, const search::TextMatch &text) const;
    Result<qint64> count(const Clause &clause, const search::TextMatch &text);
    Result<QList<qint64>> page(const Clause &clause, qint64 total, qint64 offset, int limit);
    // Text alone: the newest matches, read from a window of the newest rows through the text index.
    Result<QList<qint64>> textPage(const QString &expression, qint64 total, qint64 offset, int limit);
    Result<QList<qint64>> rowids(const QString &sql, const QVariantList &values);

    QSqlDatabase m_db;
};

} // namespace ir
