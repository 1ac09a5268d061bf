// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "candidate.h"
#include "queries.h"
#include "result.h"

#include <QSqlDatabase>

#include <optional>

namespace ir {

// SQL for candidates, comparison, calibration and the audit log. Callers own transactions.
class CandidateRepository final
{
public:
    explicit CandidateRepository(QSqlDatabase db);

    // The profile of userId, created if there is none; a display name fills an empty one.
    Status ensure(const QString &userId, const QString &displayName, qint64 now);
    Result<std::optional<Candidate>> find(const QString &userId);
    // Newest interview first (people without sessions last).
    Result<Page<Candidate>> list(const CandidateFilter &filter);
    Status update(const Candidate &candidate);
    // Every user id whose profile names this position (for GET /compare?position=), at most `limit`.
    Result<QStringList> usersInPosition(const QString &position, int limit);

    // The comparison figures of one person (candidate figures included).
    Result<ComparisonRow> comparison(const QString &userId);
    Result<QList<InterviewerStats>> interviewerStats();

    Status appendAudit(const AuditEntry &entry);
    // Newest first.
    Result<Page<AuditEntry>> audit(int page, int pageSize);

    // The person's sessions, newest first.
    Result<QStringList> sessionIds(const QString &userId);
    // Deletes the stored idempotent replies holding any of these texts (UTF-8).
    Result<int> forgetReplies(const QStringList &texts);
    // Deletes the profile row.
    Status remove(const QString &userId);
    // Sessions whose last change is before `epochMs`, oldest first.
    Result<QStringList> sessionsUnchangedSince(qint64 epochMs);

private:
    QSqlDatabase m_db;
};

} // namespace ir
