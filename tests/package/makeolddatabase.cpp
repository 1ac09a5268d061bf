// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// ir_make_old_database DIR: writes DIR/interview-recorder.db as release 2 (schema steps 1 and 2)
// left it, with two sessions and three questions in Chinese, for the package test to open with
// the installed binary (an upgrade keeps the data; the file is migrated to the latest step).
#include "dialect.h"
#include "migrations.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

bool exec(QSqlQuery &query, const QString &sql, const QVariantList &values = {})
{
    if (!query.prepare(sql)) {
        std::fprintf(stderr, "%s: %s\n", qPrintable(sql), qPrintable(query.lastError().text()));
        return false;
    }
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        std::fprintf(stderr, "%s: %s\n", qPrintable(sql), qPrintable(query.lastError().text()));
        return false;
    }
    return true;
}

bool build(const QString &path)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"old"_s);
    db.setDatabaseName(path);
    if (!db.open())
        return false;
    QSqlQuery query(db);
    for (const ir::migrations::Step &step : ir::migrations::steps(ir::Dialect::sqlite())) {
        if (step.version > 2)
            break;
        for (const QString &statement : step.statements) {
            if (!query.exec(statement)) {
                std::fprintf(stderr, "%s: %s\n", qPrintable(statement), qPrintable(query.lastError().text()));
                return false;
            }
        }
    }
    if (!query.exec(u"PRAGMA user_version=2"_s))
        return false;
    // A week ago: older data would be erased by the retention period (365 days) at the start.
    const qint64 then = QDateTime::currentMSecsSinceEpoch() - 7LL * 24 * 60 * 60 * 1000;
    const QStringList names {u"旧版面试 后端"_s, u"旧版面试 前端"_s};
    for (int s = 0; s < names.size(); ++s) {
        if (!exec(query,
                  u"INSERT INTO sessions (session_id, user_id, session_name, session_type, difficulty_level, "
                  "status, estimated_duration, created_at, updated_at, source) VALUES "
                  "(?, ?, ?, 'knowledge_based', 'hard', 'completed', 45, ?, ?, 'api')"_s,
                  {u"session_old_%1"_s.arg(s), u"user_old_%1"_s.arg(s), names.at(s), then + s, then + s}))
            return false;
    }
    const QList<std::pair<int, QString>> questions {
        {0, u"进程和线程的区别"_s}, {0, u"Redis 为什么快"_s}, {1, u"谈谈虚拟 DOM"_s}};
    int position = 0;
    for (const auto &[session, text] : questions) {
        ++position;
        if (!exec(query,
                  u"INSERT INTO questions (question_id, session_id, position, question_text, question_type, "
                  "candidate_answer, interviewer_feedback, overall_score, created_at, updated_at, source) VALUES "
                  "(?, ?, ?, ?, 'technical', ?, ?, 8, ?, ?, 'api')"_s,
                  {u"session_old_%1_q%2"_s.arg(session).arg(position, 3, 10, QLatin1Char('0')),
                   u"session_old_%1"_s.arg(session), position, text, QString(u"回答："_s + text), u"回答全面"_s,
                   then + 1000 + position, then + 1000 + position}))
            return false;
    }
    db.close();
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: ir_make_old_database DIR\n");
        return 2;
    }
    const QString dir = QString::fromLocal8Bit(argv[1]);
    if (!QDir().mkpath(dir))
        return 1;
    const bool built = build(QDir(dir).filePath(u"interview-recorder.db"_s));
    QSqlDatabase::removeDatabase(u"old"_s);
    std::printf("latest schema version %d\n", ir::migrations::latestVersion());
    return built ? 0 : 1;
}
