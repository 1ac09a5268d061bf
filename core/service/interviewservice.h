// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "candidate.h"
#include "clock.h"
#include "kit.h"
#include "queries.h"
#include "questionrecord.h"
#include "result.h"
#include "rules.h"
#include "scorecard.h"
#include "session.h"
#include "storagehealth.h"
#include "summary.h"

#include <QObject>

#include <functional>
#include <memory>

namespace ir {

class ChangeListener;
class Database;
struct DatabaseChange;

struct ServiceLimits
{
    int questionsPerSession = rules::DEFAULT_QUESTION_LIMIT;
    int activeSessionsPerUser = rules::DEFAULT_ACTIVE_SESSION_LIMIT;
};

// The outcome of addQuestion: `existing` is true when the call was an identical retry of a
// question already in the session, which is returned and nothing is added.
struct AddedQuestion
{
    QuestionRecord record;
    bool existing = false;
};

// What a caller stored under an idempotency key: its own code and bytes, kept as given.
struct StoredReply
{
    int code = 0;
    QByteArray body;
};

struct IdempotentReply
{
    StoredReply reply;
    bool replayed = false; // true when the key was seen before and nothing ran
};

// The one API both front ends call. Thread-safe: every thread uses its own database
// connection; signals are emitted on the calling thread after the write has committed,
// so receivers on another thread get them queued.
class InterviewService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InterviewService)

public:
    InterviewService(Database &database, const Clock &clock, ServiceLimits limits = {}, QObject *parent = nullptr);
    ~InterviewService() override;

    const ServiceLimits &limits() const { return m_limits; }
    // Not thread-safe: call before the HTTP server starts.
    void setLimits(const ServiceLimits &limits) { m_limits = limits; }

    // Sessions
    Result<Session> createSession(const SessionDraft &draft, Source source);
    Result<Session> session(const QString &sessionId);
    Result<Page<Session>> sessions(const SessionFilter &filter);
    Result<qint64> countSessions(const SessionFilter &filter);
    Result<Session> updateSession(const QString &sessionId, const SessionPatch &patch, Source source);
    // Recorded in the audit log with its actor.
    Status deleteSession(const QString &sessionId, Actor actor = Actor::Ui);
    // The most recently created session of a user (creation order breaks ties), or nullopt.
    Result<std::optional<Session>> latestSession(const QString &userId);

    // Questions
    Result<AddedQuestion> addQuestion(const QString &sessionId, const QuestionDraft &draft, Source source);
    Result<QuestionRecord> question(const QString &questionId);
    Result<QList<QuestionRecord>> questions(const QString &sessionId);
    Result<QuestionRecord> updateQuestion(const QString &questionId, const QuestionPatch &patch, Source source);
    Status deleteQuestion(const QString &questionId);
    // Marks every question of the session that the API posted and nobody reviewed yet as
    // reviewed, in one write; returns how many changed. Reviewing is the interviewer's verdict on
    // the record, like the recommendation: it stays possible after the session has finished (so
    // does updateQuestion with only `reviewed` set); the questions' content stays frozen.
    Result<int> acceptAllQuestions(const QString &sessionId, Source source);
    // Distinct categories already used, for completion in the editor.
    Result<QStringList> categories();

    Result<Summary> summary(const QString &sessionId);
    // summary() whose questions carry only their id, position, text, type and score (answers,
    // feedback, category and times left empty): for the callers that show no more, such as the
    // Dify summary and the summary panel. It reads a fraction of the bytes summary() reads.
    Result<Summary> briefSummary(const QString &sessionId);
    // GET /records: questions matching the filter, newest first.
    Result<Page<QuestionRecord>> records(const RecordFilter &filter);

    // Question bank (planning.cpp). A deleted bank question leaves the kits that planned it;
    // sessions keep their copies.
    Result<BankQuestion> createBankQuestion(const BankQuestion &draft);
    Result<BankQuestion> bankQuestion(const QString &bankQuestionId);
    Result<Page<BankQuestion>> bankQuestions(const BankFilter &filter);
    Result<BankQuestion> updateBankQuestion(const QString &bankQuestionId, const BankQuestionPatch &patch);
    Status deleteBankQuestion(const QString &bankQuestionId);
    // Adds every draft in one transaction (none when one is invalid: its index is in the error);
    // a draft whose trimmed text the bank already holds is skipped. Returns how many were added.
    Result<int> importBankQuestions(const QList<BankQuestion> &drafts);
    // Copies a recorded question into the bank (its text, type and category; the feedback becomes
    // the expected-answer notes). When the bank holds that text already, returns that question.
    Result<BankQuestion> saveQuestionToBank(const QString &questionId);
    // Distinct tags in use, for completion in the editor.
    Result<QStringList> bankTags();

    // Kits (planning.cpp). Every planned bank question must exist.
    Result<Kit> createKit(const Kit &draft);
    Result<Kit> kit(const QString &kitId);
    // All kits by name (a team has tens, not thousands).
    Result<QList<Kit>> kits();
    Result<Kit> updateKit(const QString &kitId, const KitPatch &patch);
    Status deleteKit(const QString &kitId);

    // A session's plan, copied from its kit when it was created (empty without a kit).
    Result<QList<PlannedQuestion>> plannedQuestions(const QString &sessionId);
    Result<NextQuestion> nextQuestion(const QString &sessionId);

    // Scorecards (scorecards.cpp). Every session has one: the kit's competencies, unrated, until
    // the interviewer rates them. The recommendation is the session's; once submitted, every
    // change to it (also through updateSession) is SCORECARD_SUBMITTED.
    Result<Scorecard> scorecard(const QString &sessionId);
    Result<Scorecard> updateScorecard(const QString &sessionId, const ScorecardPatch &patch, Source source);

    // Candidates (candidates.cpp): a profile per user_id, made when a session first names it.
    Result<Candidate> candidate(const QString &userId);
    Result<Page<Candidate>> candidates(const CandidateFilter &filter);
    Result<Candidate> updateCandidate(const QString &userId, const CandidatePatch &patch);
    // Side by side: 2–10 people, or everyone whose profile names the position (at most 10).
    Result<QList<ComparisonRow>> compare(const QStringList &userIds);
    Result<QList<ComparisonRow>> comparePosition(const QString &position);
    Result<QList<InterviewerStats>> interviewerStats();
    // The right of access: everything stored about the person. A write (the audit log records
    // it): run it on the writer.
    Result<PersonRecord> exportPerson(const QString &userId, Actor actor);
    // The right to erasure: the profile, sessions, questions, scorecards and stored replies that
    // hold the person's data, gone from the database files (Database::beginSecureErase; on the
    // writer, the result is delivered once the text is gone). The audit log records a one-way
    // hash of the id. Run it on the writer.
    Result<ErasureReport> eraseCandidate(const QString &userId, Actor actor);
    // Retention: erases the sessions whose last change is older than `days` days (0: all), in the
    // same way; with dryRun, only counts them. Returns what was (or would be) erased.
    Result<ErasureReport> purgeOlderThan(int days, bool dryRun, Actor actor);
    // How many sessions the retention period of `days` erases within the next `withinDays` days
    // (the window warns a week ahead); 0 when days is 0.
    Result<int> sessionsExpiringWithin(int days, int withinDays);
    Result<Page<AuditEntry>> auditLog(int page, int pageSize);
    // For actions outside the service (an API key change).
    Status recordAudit(AuditAction action, Actor actor, const QString &subject, int count = 0);
    // The audit log's subject for a person who is gone: never the id itself.
    static QString erasedSubject(const QString &userId);

    // Runs operation at most once per key: a repeat within 24 hours (also after a restart)
    // returns the stored reply. The same key with another requestHash is a VALIDATION_ERROR.
    // An operation that returns {reply, false} is not remembered and its writes are rolled back,
    // so that a retry can succeed later (the caller decides which replies those are).
    struct Outcome
    {
        StoredReply reply;
        bool remember = true;
    };
    Result<IdempotentReply> runIdempotent(const QString &key, const QByteArray &requestHash,
                                          const std::function<Outcome()> &operation);

    // Checks that the database answers on this thread and its file is still there; what it finds
    // goes to the storage health. Runs a query: call it on a reader, not on an event-loop thread.
    bool probeStorage();
    // Once per database: every page is checked (slow on a large file; call it on a reader).
    bool checkIntegrityOnce();
    // Whether anything was committed since this thread last asked (see Database).
    bool changedSinceLastLook();
    // What is wrong with the database now, without a query (any thread).
    StorageFault storageFault() const;
    StorageHealth &storageHealth();

    // Team mode: true while this service hears the changes other instances sharing its PostgreSQL
    // database commit (and re-emits them as its own signals). Always false on SQLite.
    bool hearsOtherInstances() const;
    // The listener behind that (null on SQLite), for tests and diagnostics.
    ChangeListener *changeListener() const { return m_listener.get(); }

Q_SIGNALS:
    void sessionAdded(const QString &sessionId);
    void sessionChanged(const QString &sessionId);
    void sessionRemoved(const QString &sessionId);
    void questionAdded(const QString &sessionId, const QString &questionId);
    void questionChanged(const QString &sessionId, const QString &questionId);
    void questionRemoved(const QString &sessionId, const QString &questionId);
    // A session's scorecard changed (sessionChanged follows, as its recommendation is the session's).
    void scorecardChanged(const QString &sessionId);
    void bankChanged();
    void kitsChanged();
    // A person was erased, with the sessions they had (each one's sessionRemoved came first):
    // whatever a receiver keeps that names them goes too (the request logs).
    void candidateErased(const QString &userId, const QStringList &sessionIds);
    void candidatesChanged();
    // Team mode: the connection that hears other instances was lost and is back; what they changed
    // meanwhile has been re-emitted as far as it can be re-read (not deletions): drop what you keep.
    void changesMissed();

private:
    // Tells the other instances about a change, when the write's transaction commits.
    Status announce(const DatabaseChange &change);
    // Emits, on the listener's thread, the signals another instance's change means.
    void replay(const DatabaseChange &change);

    Database &m_database;
    const Clock &m_clock;
    ServiceLimits m_limits;
    // Who this instance is in its announcements (PostgreSQL only).
    QString m_origin;
    std::unique_ptr<ChangeListener> m_listener;
};

} // namespace ir
