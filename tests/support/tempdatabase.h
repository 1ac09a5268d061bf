// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "database.h"
#include "interviewservice.h"
#include "mockclock.h"
#include "readerpool.h"
#include "writebatcher.h"

#include <QTemporaryDir>

#include <memory>

namespace ir::test {

// Which backend the test databases of this run use: PostgreSQL when CTest runs the _pg variant
// of a test (IR_TEST_BACKEND=postgres, the throwaway server of scripts/pg-test-server), else SQLite.
bool onPostgres();
// The admin URL of that server (its postgres database); empty on SQLite.
QString postgresAdminUrl();
// One statement on a PostgreSQL server's admin database (adminUrl, e.g. postgresAdminUrl()),
// through a connection of its own; false (and a warning) when it fails.
bool adminExec(const QString &adminUrl, const QString &statement);
// A new, empty PostgreSQL database on that server; its URL. dropPostgresDatabase() removes it.
QString createPostgresDatabase();
void dropPostgresDatabase(const QString &url);

// Skips the rest of a test that is about the SQLite file itself (its bytes, its WAL, its folder).
#define IR_SQLITE_ONLY(why)                                                                                            \
    do {                                                                                                               \
        if (::ir::test::onPostgres())                                                                                  \
            QSKIP("SQLite only: " why);                                                                                \
    } while (false)

// A fresh database in its own temporary folder (or, on PostgreSQL, a fresh database on the test
// server) with a service over it and a mock clock.
class TempDatabase final
{
public:
    explicit TempDatabase(ServiceLimits limits = {});
    ~TempDatabase();
    Q_DISABLE_COPY_MOVE(TempDatabase)

    bool isValid() const { return m_valid; }
    QString dir() const { return m_dir.path(); }
    // The SQLite file, or the PostgreSQL database's URL: what Database takes.
    QString filePath() const;
    Database &database() { return *m_database; }
    InterviewService &service() { return *m_service; }
    // The process's one writer and its readers, as the app builds them (created on first use).
    WriteBatcher &writer();
    ReaderPool &readers();
    MockClock &clock() { return m_clock; }
    // Closes every connection and opens the file anew (as after a restart).
    bool reopen(Database::Options options = {});

    // Shortcuts for tests that need data.
    Session createSession(const QString &userId = QStringLiteral("user_001"));
    QuestionRecord addQuestion(const QString &sessionId, const QString &text, double score = 8.5,
                               Source source = Source::Api);

private:
    QTemporaryDir m_dir;
    QString m_postgresUrl;
    MockClock m_clock;
    ServiceLimits m_limits;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<InterviewService> m_service;
    std::unique_ptr<WriteBatcher> m_writer;
    std::unique_ptr<ReaderPool> m_readers;
    bool m_valid = false;
};

QuestionDraft sampleQuestion(const QString &text, double score = 8.5);

} // namespace ir::test
