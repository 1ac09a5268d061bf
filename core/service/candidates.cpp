// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// InterviewService: candidates, comparison, calibration and the candidate's data rights (issue 13).
#include "interviewservice.h"

#include "candidaterepository.h"
#include "changelistener.h"
#include "database.h"
#include "questionrepository.h"
#include "scorecardrepository.h"
#include "sessionrepository.h"

#include <QCryptographicHash>

namespace ir {
namespace {

constexpr qint64 DAY_MS = 24LL * 60 * 60 * 1000;

Error beginError()
{
    return Error::database(QStringLiteral("cannot begin a transaction"));
}

} // namespace

QString InterviewService::erasedSubject(const QString &userId)
{
    const QByteArray digest = QCryptographicHash::hash(userId.toUtf8(), QCryptographicHash::Sha256);
    return QStringLiteral("sha256:") + QString::fromLatin1(digest.toHex().left(16));
}

Result<Candidate> InterviewService::candidate(const QString &userId)
{
    const auto found = CandidateRepository(m_database.connection()).find(userId);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error::candidateNotFound(userId);
    return **found;
}

Result<Page<Candidate>> InterviewService::candidates(const CandidateFilter &filter)
{
    if (filter.page < 1 || filter.pageSize < 1)
        return Error::validation(QStringLiteral("page, page_size: must be at least 1"));
    return CandidateRepository(m_database.connection()).list(filter);
}

Result<Candidate> InterviewService::updateCandidate(const QString &userId, const CandidatePatch &patch)
{
    if (const auto invalid = rules::validate(patch))
        return *invalid;
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return beginError();
    CandidateRepository candidates(m_database.connection());
    Result<Candidate> found = candidate(userId);
    if (!found)
        return found.error();
    Candidate person = std::move(found).value();
    if (patch.displayName)
        person.displayName = *patch.displayName;
    if (patch.email)
        person.email = *patch.email;
    if (patch.position)
        person.position = *patch.position;
    if (patch.notes)
        person.notes = *patch.notes;
    person.updatedAt = m_clock.nowMs();
    if (const Status updated = candidates.update(person); !updated)
        return updated.error();
    if (const Status committed = transaction.commit(); !committed)
        return committed.error();
    m_database.afterCommit([this] { Q_EMIT candidatesChanged(); });
    return person;
}

Result<QList<ComparisonRow>> InterviewService::compare(const QStringList &userIds)
{
    QStringList distinct = userIds;
    distinct.removeDuplicates();
    if (distinct.size() < rules::MIN_COMPARED || distinct.size() > rules::MAX_COMPARED) {
        return Error::validation(QStringLiteral("user_id: compare %1 to %2 different candidates (got %3)")
                                     .arg(rules::MIN_COMPARED)
                                     .arg(rules::MAX_COMPARED)
                                     .arg(distinct.size()));
    }
    CandidateRepository candidates(m_database.connection());
    QList<ComparisonRow> rows;
    for (const QString &userId : distinct) {
        Result<ComparisonRow> row = candidates.comparison(userId);
        if (!row)
            return row.error();
        rows << std::move(row).value();
    }
    return rows;
}

Result<QList<ComparisonRow>> InterviewService::comparePosition(const QString &position)
{
    if (position.trimmed().isEmpty())
        return Error::validation(QStringLiteral("position: field required"));
    const Result<QStringList> users
        = CandidateRepository(m_database.connection()).usersInPosition(position, rules::MAX_COMPARED);
    if (!users)
        return users.error();
    if (users->isEmpty())
        return QList<ComparisonRow> {};
    CandidateRepository candidates(m_database.connection());
    QList<ComparisonRow> rows;
    for (const QString &userId : *users) {
        Result<ComparisonRow> row = candidates.comparison(userId);
        if (!row)
            return row.error();
        rows << std::move(row).value();
    }
    return rows;
}

Result<QList<InterviewerStats>> InterviewService::interviewerStats()
{
    return CandidateRepository(m_database.connection()).interviewerStats();
}

Result<PersonRecord> InterviewService::exportPerson(const QString &userId, Actor actor)
{
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return beginError();
    QSqlDatabase db = m_database.connection();
    CandidateRepository candidates(db);
    PersonRecord record;
    Result<Candidate> person = candidate(userId);
    if (!person)
        return person.error();
    record.candidate = std::move(person).value();
    const Result<QStringList> sessionIds = candidates.sessionIds(userId);
    if (!sessionIds)
        return sessionIds.error();
    SessionRepository sessions(db);
    QuestionRepository questions(db);
    ScorecardRepository cards(db);
    for (const QString &sessionId : *sessionIds) {
        PersonRecord::Interview interview;
        const auto found = sessions.find(sessionId);
        if (!found)
            return found.error();
        if (!found->has_value())
            continue;
        interview.session = **found;
        Result<QList<QuestionRecord>> asked = questions.listBySession(sessionId);
        if (!asked)
            return asked.error();
        interview.questions = std::move(asked).value();
        Result<Scorecard> card = cards.find(sessionId);
        if (!card)
            return card.error();
        interview.scorecard = std::move(card).value();
        record.interviews << interview;
    }
    if (const Status audited = candidates.appendAudit(
            {m_clock.nowMs(), AuditAction::PersonExport, actor, erasedSubject(userId), int(record.interviews.size())});
        !audited)
        return audited.error();
    if (const Status committed = transaction.commit(); !committed)
        return committed.error();
    return record;
}

Result<ErasureReport> InterviewService::eraseCandidate(const QString &userId, Actor actor)
{
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return beginError();
    QSqlDatabase db = m_database.connection();
    CandidateRepository candidates(db);
    const auto person = candidates.find(userId);
    if (!person)
        return person.error();
    const Result<QStringList> sessionIds = candidates.sessionIds(userId);
    if (!sessionIds)
        return sessionIds.error();
    if (!person->has_value() && sessionIds->isEmpty())
        return Error::candidateNotFound(userId);
    if (const Status secure = m_database.beginSecureErase(); !secure)
        return secure.error();
    ErasureReport report;
    SessionRepository sessions(db);
    for (const QString &sessionId : *sessionIds) {
        if (const Status locked = sessions.lockSession(sessionId); !locked)
            return locked.error();
        const auto found = sessions.find(sessionId);
        if (!found)
            return found.error();
        report.questions += found->has_value() ? (*found)->totalQuestions : 0;
        const Result<bool> removed = sessions.remove(sessionId);
        if (!removed)
            return removed.error();
        report.sessions += *removed ? 1 : 0;
        if (const Status announced = announce({DatabaseChange::Kind::SessionRemoved, sessionId}); !announced)
            return announced.error();
    }
    // Stored replies name the person by id, and their sessions by id.
    if (const Result<int> forgotten = candidates.forgetReplies(QStringList {userId} + *sessionIds); !forgotten)
        return forgotten.error();
    if (const Status removed = candidates.remove(userId); !removed)
        return removed.error();
    if (const Status audited = candidates.appendAudit(
            {m_clock.nowMs(), AuditAction::Erasure, actor, erasedSubject(userId), report.sessions});
        !audited)
        return audited.error();
    if (const Status committed = transaction.commit(); !committed)
        return committed.error();
    m_database.afterCommit([this, userId, ids = *sessionIds] {
        for (const QString &id : ids)
            Q_EMIT sessionRemoved(id);
        Q_EMIT candidateErased(userId, ids);
        Q_EMIT candidatesChanged();
    });
    return report;
}

Result<ErasureReport> InterviewService::purgeOlderThan(int days, bool dryRun, Actor actor)
{
    if (days < 0 || days > rules::MAX_RETENTION_DAYS)
        return Error::validation(
            QStringLiteral("older_than: must be between 0 and %1 days").arg(rules::MAX_RETENTION_DAYS));
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return beginError();
    QSqlDatabase db = m_database.connection();
    CandidateRepository candidates(db);
    // 0 days: everything, also what changed this very millisecond.
    const qint64 cutoff = days == 0 ? m_clock.nowMs() + 1 : m_clock.nowMs() - qint64(days) * DAY_MS;
    const Result<QStringList> expired = candidates.sessionsUnchangedSince(cutoff);
    if (!expired)
        return expired.error();
    ErasureReport report;
    SessionRepository sessions(db);
    QStringList users;
    for (const QString &sessionId : *expired) {
        const auto found = sessions.find(sessionId);
        if (!found)
            return found.error();
        if (!found->has_value())
            continue;
        ++report.sessions;
        report.questions += (*found)->totalQuestions;
        users << (*found)->userId;
    }
    if (dryRun || expired->isEmpty())
        return report;
    if (const Status secure = m_database.beginSecureErase(); !secure)
        return secure.error();
    for (const QString &sessionId : *expired) {
        if (const Result<bool> removed = sessions.remove(sessionId); !removed)
            return removed.error();
        if (const Status announced = announce({DatabaseChange::Kind::SessionRemoved, sessionId}); !announced)
            return announced.error();
    }
    if (const Result<int> forgotten = candidates.forgetReplies(*expired); !forgotten)
        return forgotten.error();
    // A person with no session left has nothing kept about them but the profile: it goes too.
    users.removeDuplicates();
    for (const QString &userId : users) {
        const Result<QStringList> left = candidates.sessionIds(userId);
        if (!left)
            return left.error();
        if (left->isEmpty()) {
            if (const Status removed = candidates.remove(userId); !removed)
                return removed.error();
        }
    }
    if (const Status audited = candidates.appendAudit(
            {m_clock.nowMs(), AuditAction::Purge, actor, QStringLiteral("older_than:%1d").arg(days), report.sessions});
        !audited)
        return audited.error();
    if (const Status committed = transaction.commit(); !committed)
        return committed.error();
    m_database.afterCommit([this, ids = *expired] {
        for (const QString &id : ids)
            Q_EMIT sessionRemoved(id);
        Q_EMIT candidatesChanged();
    });
    return report;
}

Result<int> InterviewService::sessionsExpiringWithin(int days, int withinDays)
{
    if (days <= 0)
        return 0;
    const qint64 cutoff = m_clock.nowMs() - qint64(days) * DAY_MS + qint64(std::max(0, withinDays)) * DAY_MS;
    const Result<QStringList> expiring = CandidateRepository(m_database.connection()).sessionsUnchangedSince(cutoff);
    if (!expiring)
        return expiring.error();
    return int(expiring->size());
}

Result<Page<AuditEntry>> InterviewService::auditLog(int page, int pageSize)
{
    if (page < 1 || pageSize < 1)
        return Error::validation(QStringLiteral("page, page_size: must be at least 1"));
    return CandidateRepository(m_database.connection()).audit(page, pageSize);
}

Status InterviewService::recordAudit(AuditAction action, Actor actor, const QString &subject, int count)
{
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return beginError();
    if (const Status audited
        = CandidateRepository(m_database.connection()).appendAudit({m_clock.nowMs(), action, actor, subject, count});
        !audited)
        return audited;
    return transaction.commit();
}

} // namespace ir
