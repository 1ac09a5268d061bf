// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchfixture.h"

#include "dialect.h"

#include "enums.h"
#include "migrations.h"
#include "sqlhelpers.h"
#include "textsearch.h"

#include <QDebug>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace ir::test {

const QStringList &SearchFixture::words()
{
    static const QStringList all {
        u"进程"_s,        u"线程池"_s, u"内存"_s,   u"数据库"_s, u"的"_s,     u"和"_s,         u"进"_s,
        u"程序"_s,        u"the"_s,    u"The"_s,    u"THE"_s,    u"Thread"_s, u"thread"_s,     u"a%b"_s,
        u"50%"_s,         u"x_y"_s,    u"_"_s,      u"q*"_s,     u"*"_s,      u"say \"hi\""_s, u"\""_s,
        u"back\\slash"_s, u"it's"_s,   u"café"_s,   u"CAFÉ"_s,   u"😀"_s,      u"进程😀"_s,      u"\u3000"_s,
        u"  "_s,          u"。"_s,     u"，"_s,     u"Ab"_s,     u"aB"_s,     u"Redis"_s,      u"REDIS"_s,
        u"e"_s,           u"\t"_s,     u"\u00a0"_s, u"x"_s,      u"协程"_s,   u"ZZ"_s,         u"zz"_s,
    };
    return all;
}

const QStringList &SearchFixture::terms()
{
    static const QStringList all {
        // one character: a scan
        u"进"_s,
        u"的"_s,
        u"e"_s,
        u"E"_s,
        u"%"_s,
        u"_"_s,
        u"*"_s,
        u"\""_s,
        u"\\"_s,
        u"'"_s,
        u"😀"_s,
        u"\u3000"_s,
        u"É"_s,
        // two characters: the trigrams that start with them
        u"进程"_s,
        u"程池"_s,
        u"内存"_s,
        u"协程"_s,
        u"程😀"_s,
        u"th"_s,
        u"TH"_s,
        u"tH"_s,
        u"he"_s,
        u"e "_s,
        u" t"_s,
        u"ab"_s,
        u"AB"_s,
        u"zz"_s,
        u"%b"_s,
        u"x_"_s,
        u"%_"_s,
        u"q*"_s,
        u"*q"_s,
        u"\"h"_s,
        u"i\""_s,
        u"\"\""_s,
        u"k\\"_s,
        u"'s"_s,
        u"fé"_s,
        u"FÉ"_s,
        u"  "_s,
        u"。的"_s,
        u"库。"_s,
        u"qz"_s,
        u"進程"_s,
        // three and more
        u"线程池"_s,
        u"数据库"_s,
        u"进程😀"_s,
        u"the"_s,
        u"THE"_s,
        u"tHe"_s,
        u"thread"_s,
        u"THREAD"_s,
        u"read"_s,
        u"a%b"_s,
        u"50%"_s,
        u"x_y"_s,
        u"say \"hi\""_s,
        u"\"hi\""_s,
        u"hi\""_s,
        u"back\\slash"_s,
        u"k\\s"_s,
        u"it's"_s,
        u"café"_s,
        u"CAFÉ"_s,
        u"Café"_s,
        u"redis"_s,
        u"\u3000进程"_s,
        u"程 th"_s,
        u"zzz"_s,
        u"不存在的词"_s,
        u"q*q"_s,
        u"%%%"_s,
        u"___"_s,
        u"***"_s,
        u"\"\"\""_s,
        u"e e"_s,
    };
    return all;
}

QString SearchFixture::text(QRandomGenerator &random, int minWords, int maxWords)
{
    const QStringList &all = words();
    const int count = minWords + int(random.bounded(maxWords - minWords + 1));
    QString result;
    for (int i = 0; i < count; ++i) {
        if (i > 0 && random.bounded(3) == 0)
            result += u' ';
        result += all.at(int(random.bounded(qsizetype(all.size()))));
    }
    return result;
}

bool SearchFixture::fill(QSqlDatabase db, const Shape &shape)
{
    QRandomGenerator random(shape.seed);
    if (!db.transaction())
        return false;
    QSqlQuery session(db);
    QSqlQuery question(db);
    const bool prepared
        = session.prepare(u"INSERT INTO sessions (session_id, user_id, session_name, session_type, difficulty_level, "
                          "status, estimated_duration, created_at, updated_at, source) VALUES (?, ?, ?, "
                          "'knowledge_based', 'medium', 'in_progress', 60, ?, ?, 'api')"_s)
        && question.prepare(u"INSERT INTO questions (question_id, session_id, position, question_text, "
                            "question_type, question_category, candidate_answer, interviewer_feedback, "
                            "overall_score, created_at, updated_at, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                            "'api')"_s);
    if (!prepared)
        return false;
    const QStringList types {toWire(QuestionType::Technical), toWire(QuestionType::Behavioral),
                             toWire(QuestionType::Logical), toWire(QuestionType::ProjectBased)};
    const QStringList categories {u"编程基础"_s, u"数据库"_s, u"系统设计"_s, QString()};
    for (int s = 0; s < shape.sessions; ++s) {
        // Late sessions (every seventh) get rowids after later ones but times from long before.
        const bool imported = s % 7 == 6;
        const int hour = s == 0 && shape.firstIsNewest ? shape.sessions + 1000 : imported ? s - 60 : s;
        const qint64 created = shape.startMs + qint64(hour) * 3'600'000;
        // A word only the older sessions hold: the newest rows have none of its matches.
        const bool old = s > 0 && s < shape.sessions * 5 / 6;
        const QString sessionId = u"session_%1"_s.arg(shape.firstSession + s, 5, 10, QLatin1Char('0'));
        session.addBindValue(sessionId);
        session.addBindValue(u"user_%1"_s.arg(s % 10, 2, 10, QLatin1Char('0')));
        session.addBindValue(text(random, 1, 3));
        session.addBindValue(Dialect::of(db).time(created));
        session.addBindValue(Dialect::of(db).time(created));
        if (!session.exec())
            return false;
        for (int p = 1; p <= shape.perSession; ++p) {
            // Pairs of questions share a time: the rowid breaks the tie.
            const qint64 at = created + (p / 2) * 60'000;
            const QVariant score = random.bounded(20) == 0 ? QVariant(QMetaType::fromType<double>())
                                                           : QVariant(double(random.bounded(101)) / 10.0);
            const QVariantList values {
                u"%1_q%2"_s.arg(sessionId).arg(p, 3, 10, QLatin1Char('0')),
                sessionId,
                p,
                QString(text(random, 1, 6) + (old && random.bounded(5) > 0 ? u" 旧题"_s : u""_s)),
                types.at(int(random.bounded(4))),
                sql::text(categories.at(int(random.bounded(4)))),
                sql::text(random.bounded(10) == 0 ? QString() : text(random, 0, 12)),
                sql::text(random.bounded(4) == 0 ? QString() : text(random, 0, 4)),
                score,
                Dialect::of(db).time(at),
                Dialect::of(db).time(at)};
            for (const QVariant &value : values)
                question.addBindValue(value);
            if (!question.exec()) {
                qWarning() << "cannot add a question:" << question.lastError().text();
                return false;
            }
        }
    }
    // A two-character term with more followers than the index expansion takes (a scan).
    for (int i = 0; i < 200; ++i) {
        QSqlQuery update(db);
        update.prepare(u"UPDATE questions SET interviewer_feedback = interviewer_feedback || ? WHERE rowid = ?"_s);
        update.addBindValue(QString(QStringLiteral("qz") + QChar(char16_t(0x4E00 + i))));
        update.addBindValue(i * 3 + 1);
        if (!update.exec())
            return false;
    }
    // A Transaction's commit would apply the queued index writes; this plain one must.
    if (!search::applyPendingIndexWrites(db, migrations::latestVersion()).ok() || !db.commit())
        return false;
    // PostgreSQL plans by statistics that autovacuum gathers a minute later: gather them now, as a
    // database of this size in use would have them.
    return !Dialect::of(db).isPostgres() || QSqlQuery(db).exec(u"ANALYZE"_s);
}

QStringList SearchFixture::likeScan(QSqlDatabase db, const QString &term)
{
    RecordFilter filter;
    filter.text = term;
    return reference(db, filter);
}

QStringList SearchFixture::reference(QSqlDatabase db, const RecordFilter &f)
{
    QStringList conditions;
    QVariantList values;
    const auto add = [&](const QString &condition, const QVariant &value) {
        conditions << condition;
        values << value;
    };
    const bool postgres = Dialect::of(db).isPostgres();
    if (!f.text.isEmpty() && !postgres) {
        conditions << u"(q.question_text LIKE ? ESCAPE '\\' OR q.candidate_answer LIKE ? ESCAPE '\\' OR "
                      "q.interviewer_feedback LIKE ? ESCAPE '\\')"_s;
        values << sql::likePattern(f.text) << sql::likePattern(f.text) << sql::likePattern(f.text);
    }
    if (!f.text.isEmpty() && postgres) {
        // A plain substring test of each column, ASCII letters folded as SQLite's LIKE folds them.
        const QString folded = search::foldAscii(f.text);
        const auto in = [](const char *column) {
            return u"strpos(translate(%1, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz'), ?) > 0"_s.arg(
                QLatin1String(column));
        };
        conditions << u"("_s + in("q.question_text") + u" OR "_s + in("q.candidate_answer") + u" OR "_s
                + in("q.interviewer_feedback") + u")"_s;
        values << folded << folded << folded;
    }
    if (!f.sessionId.isEmpty())
        add(u"q.session_id = ?"_s, f.sessionId);
    if (!f.userId.isEmpty())
        add(u"(SELECT user_id FROM sessions s WHERE s.session_id = q.session_id) = ?"_s, f.userId);
    if (f.questionType)
        add(u"q.question_type = ?"_s, toWire(*f.questionType));
    if (!f.questionCategory.isEmpty())
        add(u"q.question_category = ?"_s, f.questionCategory);
    if (f.minScore)
        add(u"q.overall_score >= ?"_s, *f.minScore);
    if (f.maxScore)
        add(u"q.overall_score <= ?"_s, *f.maxScore);
    if (f.since)
        add(u"q.created_at >= ?"_s, Dialect::of(db).time(*f.since));
    if (f.until)
        add(u"q.created_at <= ?"_s, Dialect::of(db).time(*f.until));
    // NOT INDEXED: the reference must not depend on the indexes it checks (PostgreSQL: strpos()
    // has no index to use).
    QSqlQuery query(db);
    query.prepare(u"SELECT q.question_id FROM questions q"_s + (postgres ? QString() : u" NOT INDEXED"_s)
                  + (conditions.isEmpty() ? QString() : u" WHERE "_s + conditions.join(u" AND "_s))
                  + u" ORDER BY q.created_at DESC, q.rowid DESC"_s);
    for (const QVariant &value : values)
        query.addBindValue(value);
    QStringList ids;
    if (!query.exec())
        qFatal("reference query failed: %s", qPrintable(query.lastError().text()));
    while (query.next())
        ids << query.value(0).toString();
    return ids;
}

} // namespace ir::test
