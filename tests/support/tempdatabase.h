// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "database.h"
#include "interviewservice.h"
#include "mockclock.h"

#include <QTemporaryDir>

#include <memory>

namespace ir::test {

// A fresh database in its own temporary folder with a service over it and a mock clock.
class TempDatabase final
{
public:
    explicit TempDatabase(ServiceLimits limits = {});
    ~TempDatabase();
    Q_DISABLE_COPY_MOVE(TempDatabase)

    bool isValid() const { return m_valid; }
    QString dir() const { return m_dir.path(); }
    QString filePath() const;
    Database &database() { return *m_database; }
    InterviewService &service() { return *m_service; }
    MockClock &clock() { return m_clock; }
    // Closes this thread's connection and opens the file anew (as after a restart).
    bool reopen(Database::Options options = {});

    // Shortcuts for tests that need data.
    Session createSession(const QString &userId = QStringLiteral("user_001"));
    QuestionRecord addQuestion(const QString &sessionId, const QString &text, double score = 8.5,
                               Source source = Source::Api);

private:
    QTemporaryDir m_dir;
    MockClock m_clock;
    ServiceLimits m_limits;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<InterviewService> m_service;
    bool m_valid = false;
};

QuestionDraft sampleQuestion(const QString &text, double score = 8.5);

} // namespace ir::test
