// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordsearch.h"

#include "dialect.h"
#include "sqlhelpers.h"

#include <QSqlQuery>

#include <algorithm>

namespace ir {
namespace {

const QString ORDER = QStringLiteral(" ORDER BY q.created_at DESC, q.rowid DESC");
// The unary + keeps the planner from ordering by an index: the matches are few, sort them.
QString sortedOrder(const Dialect &dialect)
{
    return QStringLiteral(" ORDER BY %1 DESC, %2 DESC")
        .arg(dialect.unindexed(QStringLiteral("q.created_at")), dialect.unindexed(QStringLiteral("q.rowid")));
}
const QString PAGE = QStringLiteral(" LIMIT ? OFFSET ?");
// On SQLite the condition's + keeps the planner from looking every text match up by rowid (there
// may be most of the table): the other filters pick the rows, and the matches become a set they
// are tested against.
QString textSet(const Dialect &dialect)
{
    return dialect.textIndexCondition(QStringLiteral("q."), QStringLiteral("questions"));
}

Error searchError()
{
    return Error::database(QStringLiteral("cannot search the records"));
}

} // namespace

QString RecordSearch::Clause::where() const
{
    return conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

RecordSearch::RecordSearch(QSqlDatabase db)
    : m_db(std::move(db))
{ }

Result<RecordSearch::Keys> RecordSearch::run(const RecordFilter &filter)
{
    const Result<search::TextMatch> text = search::plan(m_db, QStringLiteral("questions_fts"), filter.text);
    if (!text)
        return text.error();
    Keys keys;
    if (text->kind == search::TextMatch::Kind::None)
        return keys;
    const Clause clause = clauseFor(filter, *text);
    const Result<qint64> total = count(clause, *text);
    if (!total)
        return total.error();
    keys.total = *total;
    const qint64 offset = qint64(filter.page - 1) * filter.pageSize;
    if (offset >= keys.total)
        return keys; // past the end: nothing to read
    const bool textAlone = text->kind == search::TextMatch::Kind::Index && clause.conditions.size() == 1
        && Dialect::of(m_db).hasTextIndexTables();
    Result<QList<qint64>> found = textAlone ? textPage(text->expression, keys.total, offset, filter.pageSize)
                                            : page(clause, keys.total, offset, filter.pageSize);
    if (!found)
        return found.error();
    keys.rowids = std::move(found).value();
    return keys;
}

RecordSearch::Clause RecordSearch::clauseFor(const RecordFilter &filter, const search::TextMatch &text) const
{
    Clause clause;
    // The sessions table is only needed to filter by user.
    clause.from = filter.userId.isEmpty()
        ? QStringLiteral(" FROM questions q")
        : QStringLiteral(" FROM questions q JOIN sessions s ON s.session_id = q.session_id");
    auto add = [&](const QString &condition, const QVariant &value) {
        clause.conditions << condition;
        clause.values << value;
    };
    // The text condition comes first: run() recognises text alone by it.
    const Dialect &dialect = Dialect::of(m_db);
    if (text.kind == search::TextMatch::Kind::Index)
        add(textSet(dialect), text.expression);
    if (text.kind == search::TextMatch::Kind::Scan) {
        clause.conditions << QStringLiteral("(%1 LIKE ? ESCAPE '\\' OR %2 LIKE ? ESCAPE '\\' OR %3 LIKE ? ESCAPE '\\')")
                                 .arg(dialect.likeColumn(QStringLiteral("q.question_text")),
                                      dialect.likeColumn(QStringLiteral("q.candidate_answer")),
                                      dialect.likeColumn(QStringLiteral("q.interviewer_feedback")));
        clause.values << text.likePattern << text.likePattern << text.likePattern;
    }
    if (!filter.sessionId.isEmpty())
        add(QStringLiteral("q.session_id = ?"), filter.sessionId);
    if (!filter.userId.isEmpty())
        add(QStringLiteral("s.user_id = ?"), filter.userId);
    if (filter.questionType)
        add(QStringLiteral("q.question_type = ?"), toWire(*filter.questionType));
    if (!filter.questionCategory.isEmpty())
        add(QStringLiteral("q.question_category = ?"), filter.questionCategory);
    if (filter.minScore)
        add(QStringLiteral("q.overall_score >= ?"), *filter.minScore);
    if (filter.maxScore)
        add(QStringLiteral("q.overall_score <= ?"), *filter.maxScore);
    if (filter.since)
        add(QStringLiteral("q.created_at >= ?"), sql::instant(*filter.since));
    if (filter.until)
        add(QStringLiteral("q.created_at <= ?"), sql::instant(*filter.until));
    return clause;
}

Result<qint64> RecordSearch::count(const Clause &clause, const search::TextMatch &text)
{
    // The index holds exactly the questions' rows, so with no other filter it counts alone.
    const bool textAlone = text.kind == search::TextMatch::Kind::Index && clause.conditions.size() == 1
        && Dialect::of(m_db).hasTextIndexTables();
    sql::Statement statement(m_db,
                             textAlone
                                 ? QStringLiteral("SELECT count(*) FROM questions_fts WHERE questions_fts MATCH ?")
                                 : QStringLiteral("SELECT count(*)") + clause.from + clause.where());
    if (!statement.exec(textAlone ? QVariantList {text.expression} : clause.values))
        return searchError();
    QSqlQuery &query = statement.query();
    if (!query.next()) {
        sql::readFailed(query);
        return searchError();
    }
    return query.value(0).toLongLong();
}

Result<QList<qint64>> RecordSearch::page(const Clause &clause, qint64 total, qint64 offset, int limit)
{
    const QString order = total <= SORT_LIMIT ? sortedOrder(Dialect::of(m_db)) : ORDER;
    QVariantList values = clause.values;
    values << limit << offset;
    return rowids(QStringLiteral("SELECT q.rowid") + clause.from + clause.where() + order + PAGE, values);
}

Result<QList<qint64>> RecordSearch::textPage(const QString &expression, qint64 total, qint64 offset, int limit)
{
    if (total <= SORT_LIMIT) {
        // Few matches: look each up and sort them.
        return rowids(QStringLiteral("SELECT q.rowid FROM questions_fts f CROSS JOIN questions q ON q.rowid = f.rowid "
                                     "WHERE questions_fts MATCH ?")
                          + ORDER + PAGE,
                      {expression, limit, offset});
    }
    // The highest rowid stands in for the row count (which costs a pass over an index): it only
    // sizes the window, and rowids are dense unless many rows were deleted.
    sql::Statement rows(m_db, QStringLiteral("SELECT max(rowid) FROM questions"));
    if (!rows.exec() || !rows.query().next())
        return searchError();
    const qint64 rowCount = rows.query().value(0).toLongLong();
    const qint64 expected = std::min<qint64>(limit, total - offset);
    // The newest `window` rows hold the first matches; read the text index only over the rowids
    // they span. Sized for the matches' density with some slack, grown when it falls short.
    qint64 window = (offset + limit) * rowCount / total * 5 / 4 + 256;
    while (window < rowCount) {
        sql::Statement edge(m_db,
                            QStringLiteral("SELECT created_at, rowid FROM questions q") + ORDER
                                + QStringLiteral(" LIMIT 1 OFFSET ?"));
        if (!edge.exec({window - 1}))
            return searchError();
        if (!edge.query().next()) {
            if (sql::readFailed(edge.query()))
                return searchError();
            break; // fewer rows than the window: it would hold them all
        }
        const QVariant edgeCreated = edge.query().value(0);
        const QVariant edgeRowid = edge.query().value(1);
        const QString inWindow = QStringLiteral("q.created_at >= ? AND (q.created_at > ? OR q.rowid >= ?)");
        sql::Statement span(m_db,
                            QStringLiteral("SELECT min(q.rowid), max(q.rowid) FROM questions q WHERE ") + inWindow);
        if (!span.exec({edgeCreated, edgeCreated, edgeRowid}) || !span.query().next())
            return searchError();
        const qint64 first = span.query().value(0).toLongLong();
        const qint64 last = span.query().value(1).toLongLong();
        if (last - first + 1 > WINDOW_SPREAD * window)
            break; // rowids out of creation order here: the window is no cheaper than the whole
        const Result<QList<qint64>> found
            = rowids(QStringLiteral("SELECT q.rowid FROM questions_fts f CROSS JOIN questions q ON q.rowid = f.rowid "
                                    "WHERE questions_fts MATCH ? AND f.rowid >= ? AND f.rowid <= ? AND ")
                         + inWindow + ORDER + PAGE,
                     {expression, first, last, edgeCreated, edgeCreated, edgeRowid, limit, offset});
        // Every match outside the window comes after every row in it, so a full page is exact.
        if (!found || found->size() == expected)
            return found;
        window *= 4;
    }
    // Test the newest rows in order against the set of all matches.
    return rowids(QStringLiteral("SELECT q.rowid FROM questions q WHERE ") + textSet(Dialect::of(m_db)) + ORDER + PAGE,
                  {expression, limit, offset});
}

Result<QList<qint64>> RecordSearch::rowids(const QString &sql, const QVariantList &values)
{
    sql::Statement statement(m_db, sql);
    if (!statement.exec(values))
        return searchError();
    QSqlQuery &query = statement.query();
    QList<qint64> found;
    while (query.next())
        found << query.value(0).toLongLong();
    if (sql::readFailed(query))
        return searchError();
    return found;
}

} // namespace ir
