// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "interviewservice.h"

#include "bankrepository.h"
#include "candidaterepository.h"
#include "changelistener.h"
#include "database.h"
#include "idempotencyrepository.h"
#include "ids.h"
#include "questionrepository.h"
#include "scorecardrepository.h"
#include "sessionplan.h"
#include "sessionrepository.h"

#include <QMetaObject>
#include <QRandomGenerator>

#include <map>

namespace ir {
namespace {

constexpr qint64 IDEMPOTENCY_WINDOW_MS = 24LL * 60 * 60 * 1000;
constexpr int SESSION_ID_ATTEMPTS = 5;

Error finishedError(const QString &sessionId, SessionStatus status)
{
    return {ErrorCode::SessionAlreadyFinished, QStringLiteral("会话已经结束"),
            QStringLiteral("session_id: %1 is %2").arg(sessionId, toWire(status))};
}

bool sameContent(const QuestionRecord &record, const QuestionDraft &draft)
{
    return record.questionText.trimmed() == draft.questionText.trimmed() && record.questionType == draft.questionType
        && record.questionCategory == draft.questionCategory && record.candidateAnswer == draft.candidateAnswer
        && record.interviewerFeedback == draft.interviewerFeedback && record.overallScore == draft.overallScore;
}

Error duplicateError(const QuestionRecord &existing)
{
    return {ErrorCode::DuplicateQuestion, QStringLiteral("重复的题目"),
            QStringLiteral("question_text: already asked in this session as ") + existing.questionId};
}

Result<Session> requireSession(SessionRepository &sessions, const QString &sessionId)
{
    const auto found = sessions.find(sessionId);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error::sessionNotFound(sessionId);
    return **found;
}

Result<QuestionRecord> requireQuestion(QuestionRepository &questions, const QString &questionId)
{
    const auto found = questions.find(questionId);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error::questionNotFound(questionId);
    return **found;
}

// Questions of a finished session are frozen. Reads only the status: this runs on every write.
Status requireOpenSession(SessionRepository &sessions, const QString &sessionId)
{
    // Held to the commit: another instance can't finish the session meanwhile.
    if (const Status locked = sessions.lockSession(sessionId); !locked)
        return locked;
    const Result<std::optional<SessionStatus>> status = sessions.status(sessionId);
    if (!status)
        return status.error();
    if (!status->has_value())
        return Error::sessionNotFound(sessionId);
    if (isFinished(**status))
        return finishedError(sessionId, **status);
    return Done {};
}

Result<SessionRepository::Timeline> requireTimeline(SessionRepository sessions, const QString &sessionId)
{
    const Result<std::optional<SessionRepository::Timeline>> timeline = sessions.timeline(sessionId);
    if (!timeline)
        return timeline.error();
    if (!timeline->has_value())
        return Error::sessionNotFound(sessionId);
    return **timeline;
}

std::optional<double> durationMinutes(const Session &session, qint64 now)
{
    if (!session.startTime)
        return std::nullopt;
    const qint64 end = session.endTime.value_or(now);
    return rules::roundToTenth(double(std::max<qint64>(0, end - *session.startTime)) / 60000.0);
}

// The figures of a session's questions (in position order; completed[i] says whether question i
// counts as completed), as summary() and briefSummary() report them.
Summary summarize(const QString &sessionId, const SessionRepository::Timeline &timeline, qint64 now,
                  const QList<QuestionRecord> &questions, const QList<bool> &completed)
{
    Session times;
    times.startTime = timeline.startTime;
    times.endTime = timeline.endTime;
    Summary summary;
    summary.sessionId = sessionId;
    summary.sessionStatus = timeline.status;
    summary.startTime = timeline.startTime;
    summary.endTime = timeline.endTime;
    summary.durationMinutes = durationMinutes(times, now);
    summary.questions = questions;
    summary.totalQuestions = int(questions.size());
    summary.completedQuestions = int(completed.count(true));
    double sum = 0;
    int scored = 0;
    std::map<QuestionType, std::pair<double, int>> byType;
    for (const QuestionRecord &record : questions) {
        if (!record.overallScore)
            continue;
        sum += *record.overallScore;
        ++scored;
        auto &[typeSum, typeCount] = byType[record.questionType];
        typeSum += *record.overallScore;
        ++typeCount;
    }
    if (scored > 0)
        summary.averageScore = rules::roundToTenth(sum / scored);
    for (const auto &[type, figures] : byType)
        summary.averageByType.insert(type, rules::roundToTenth(figures.first / figures.second));
    return summary;
}

} // namespace

InterviewService::InterviewService(Database &database, const Clock &clock, ServiceLimits limits, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_clock(clock)
    , m_limits(limits)
{
    if (!database.isPostgres())
        return;
    // Other instances on the same database: their committed changes become this service's signals.
    m_origin = QString::number(QRandomGenerator::system()->generate64(), 36);
    m_listener = std::make_unique<ChangeListener>(database.filePath(), clock);
    connect(m_listener.get(), &ChangeListener::changed, this, &InterviewService::replay, Qt::DirectConnection);
    connect(m_listener.get(), &ChangeListener::changesMissed, this, &InterviewService::changesMissed,
            Qt::DirectConnection);
    m_listener->start();
}

InterviewService::~InterviewService()
{
    m_listener.reset(); // its thread emits this object's signals: it stops first
}

Status InterviewService::announce(const DatabaseChange &change)
{
    if (m_origin.isEmpty())
        return Done {};
    DatabaseChange mine = change;
    mine.origin = m_origin;
    return ChangeListener::announce(m_database.connection(), mine);
}

void InterviewService::replay(const DatabaseChange &change)
{
    if (change.origin == m_origin)
        return; // this instance's own write: signalled when it committed
    const QString &sessionId = change.sessionId;
    const QString &questionId = change.questionId;
    switch (change.kind) {
    case DatabaseChange::Kind::SessionAdded:
        Q_EMIT sessionAdded(sessionId);
        return;
    case DatabaseChange::Kind::SessionChanged:
        Q_EMIT sessionChanged(sessionId);
        return;
    case DatabaseChange::Kind::SessionRemoved:
        Q_EMIT sessionRemoved(sessionId);
        return;
    case DatabaseChange::Kind::QuestionAdded:
        Q_EMIT questionAdded(sessionId, questionId);
        break;
    case DatabaseChange::Kind::QuestionChanged:
        Q_EMIT questionChanged(sessionId, questionId);
        break;
    case DatabaseChange::Kind::QuestionRemoved:
        Q_EMIT questionRemoved(sessionId, questionId);
        break;
    }
    // As for a question changed here: its session's figures changed with it.
    Q_EMIT sessionChanged(sessionId);
}

bool InterviewService::hearsOtherInstances() const
{
    return m_listener && m_listener->isListening();
}

Result<Session> InterviewService::createSession(const SessionDraft &draft, Source source)
{
    if (const auto invalid = rules::validate(draft))
        return *invalid;
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return Error::database(QStringLiteral("cannot begin a transaction"));
    SessionRepository sessions(m_database.connection());
    // Instances sharing one database count a user's active sessions one at a time.
    if (const Status locked = sessions.lockName(QStringLiteral("user:") + draft.userId); !locked)
        return locked.error();
    const Result<int> active = sessions.countActive(draft.userId);
    if (!active)
        return active.error();
    if (*active >= m_limits.activeSessionsPerUser) {
        return Error {ErrorCode::SessionLimitExceeded, QStringLiteral("活跃会话数量超过限制"),
                      QStringLiteral("user_id: %1 already has %2 pending or in-progress sessions (limit %3)")
                          .arg(draft.userId)
                          .arg(*active)
                          .arg(m_limits.activeSessionsPerUser)};
    }

    // A kit plans the session: its settings fill what the draft leaves unset.
    Kit kit;
    if (!draft.kitId.isEmpty()) {
        const auto found = BankRepository(m_database.connection()).findKit(draft.kitId);
        if (!found)
            return found.error();
        if (!found->has_value())
            return Error::kitNotFound(draft.kitId);
        kit = **found;
    } else {
        kit.estimatedDuration = rules::DEFAULT_DURATION;
    }

    Session session;
    session.userId = draft.userId;
    session.sessionName = draft.sessionName;
    session.sessionType = draft.sessionType.value_or(kit.sessionType);
    session.difficultyLevel = draft.difficultyLevel.value_or(kit.difficultyLevel);
    session.estimatedDuration = draft.estimatedDuration.value_or(kit.estimatedDuration);
    session.interviewer = draft.interviewer;
    session.kitId = draft.kitId;
    session.metadata = draft.metadata;
    session.recommendation = draft.recommendation;
    session.notes = draft.notes;
    session.createdAt = session.updatedAt = m_clock.nowMs();
    session.source = session.updatedBy = source;
    for (int attempt = 0; attempt < SESSION_ID_ATTEMPTS && session.sessionId.isEmpty(); ++attempt) {
        const QString candidate = ids::makeSessionId(session.createdAt);
        const auto clash = sessions.find(candidate);
        if (!clash)
            return clash.error();
        if (!clash->has_value())
            session.sessionId = candidate;
    }
    if (session.sessionId.isEmpty())
        return Error::database(QStringLiteral("cannot allocate a session id"));
    if (const Status inserted = sessions.insert(session); !inserted)
        return inserted.error();
    // The candidate's profile: made on first use of the id; the name the window asks for fills an
    // empty one.
    if (const Status profiled = CandidateRepository(m_database.connection())
                                    .ensure(session.userId, candidateNameOf(session), session.createdAt);
        !profiled)
        return profiled.error();
    if (!draft.kitId.isEmpty()) {
        if (const Status copied
            = sessionplan::copyKit(m_database.connection(), session.sessionId, kit, session.createdAt);
            !copied)
            return copied.error();
    }
    if (const Status announced = announce({DatabaseChange::Kind::SessionAdded, session.sessionId}); !announced)
        return announced.error();
    if (const Status committed = transaction.commit(); !committed)
        return committed.error();
    m_database.afterCommit([this, id = session.sessionId] { Q_EMIT sessionAdded(id); });
    return session;
}

Result<Session> InterviewService::session(const QString &sessionId)
{
    SessionRepository sessions(m_database.connection());
    return requireSession(sessions, sessionId);
}

Result<Page<Session>> InterviewService::sessions(const SessionFilter &filter)
{
    if (filter.limit < 0 || filter.offset < 0)
        return Error::validation(QStringLiteral("limit, offset: must not be negative"));
    return SessionRepository(m_database.connection()).list(filter);
}

Result<qint64> InterviewService::countSessions(const SessionFilter &filter)
{
    return SessionRepository(m_database.connection()).count(filter);
}

Result<Session> InterviewService::updateSession(const QString &sessionId, const SessionPatch &patch, Source source)
{
    if (const auto invalid = rules::validate(patch))
        return *invalid;
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return Error::database(QStringLiteral("cannot begin a transaction"));
    SessionRepository sessions(m_database.connection());
    if (const Status locked = sessions.lockSession(sessionId); !locked)
        return locked.error();
    Result<Session> found = requireSession(sessions, sessionId);
    if (!found)
        return found.error();
    Session session = std::move(found).value();
    const qint64 now = m_clock.nowMs();

    // The recommendation and notes are the interviewer's verdict: they stay editable after the end.
    const bool changesRecord = patch.status || patch.sessionName || patch.sessionType || patch.difficultyLevel
        || patch.estimatedDuration || patch.metadata;
    if (changesRecord && isFinished(session.status))
        return finishedError(session.sessionId, session.status);
    // The recommendation and the interviewer are also the scorecard's: frozen once it is submitted.
    if (patch.recommendation || patch.interviewer) {
        const Result<Scorecard> card = ScorecardRepository(m_database.connection()).find(sessionId);
        if (!card)
            return card.error();
        if (card->submitted())
            return Error::scorecardSubmitted(sessionId);
    }
    if (patch.status) {
        if (const auto refused = rules::checkTransition(session.status, *patch.status))
            return *refused;
        if (*patch.status == SessionStatus::InProgress)
            session.startTime = now;
        else if (*patch.status == SessionStatus::Completed || session.startTime)
            session.endTime = now;
        session.status = *patch.status;
    }
    if (patch.sessionName)
        session.sessionName = *patch.sessionName;
    if (patch.sessionType)
        session.sessionType = *patch.sessionType;
    if (patch.difficultyLevel)
        session.difficultyLevel = *patch.difficultyLevel;
    if (patch.estimatedDuration)
        session.estimatedDuration = *patch.estimatedDuration;
    if (patch.metadata)
        session.metadata = *patch.metadata;
    if (patch.recommendation)
        session.recommendation = *patch.recommendation;
    if (patch.notes)
        session.notes = *patch.notes;
    if (patch.interviewer)
        session.interviewer = *patch.interviewer;
    session.updatedAt = now;
    session.updatedBy = source;
    if (const Status updated = sessions.update(session); !updated)
        return updated.error();
    if (const Status announced = announce({DatabaseChange::Kind::SessionChanged, sessionId}); !announced)
        return announced.error();
    if (const Status committed = transaction.commit(); !committed)
        return committed.error();
    m_database.afterCommit([this, sessionId] { Q_EMIT sessionChanged(sessionId); });
    return session;
}

Status InterviewService::deleteSession(const QString &sessionId, Actor actor)
{
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return Error::database(QStringLiteral("cannot begin a transaction"));
    const Result<bool> removed = SessionRepository(m_database.connection()).remove(sessionId);
    if (!removed)
        return removed.error();
    if (!*removed)
        return Error::sessionNotFound(sessionId);
    if (const Status audited = CandidateRepository(m_database.connection())
                                   .appendAudit({m_clock.nowMs(), AuditAction::SessionDeletion, actor, sessionId, 1});
        !audited)
        return audited;
    if (const Status announced = announce({DatabaseChange::Kind::SessionRemoved, sessionId}); !announced)
        return announced;
    if (const Status committed = transaction.commit(); !committed)
        return committed;
    m_database.afterCommit([this, sessionId] { Q_EMIT sessionRemoved(sessionId); });
    return Done {};
}

Result<std::optional<Session>> InterviewService::latestSession(const QString &userId)
{
    return SessionRepository(m_database.connection()).latest(userId);
}

Result<AddedQuestion> InterviewService::addQuestion(const QString &sessionId, const QuestionDraft &draft, Source source)
{
    const auto completeness = source == Source::Api ? rules::Completeness::Complete : rules::Completeness::Draft;
    if (const auto invalid = rules::validate(draft, completeness))
        return *invalid;
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return Error::database(QStringLiteral("cannot begin a transaction"));
    QSqlDatabase db = m_database.connection();
    SessionRepository sessions(db);
    QuestionRepository questionRepo(db);
    // The write lock taken by BEGIN IMMEDIATE makes reading the existing questions and
    // numbering the new one atomic with respect to every other connection. The session's
    // status, count, last position and a question with the same trimmed text are one statement
    // of index lookups (the session's questions are not read).
    const Result<std::optional<QuestionRepository::AddTarget>> target
        = questionRepo.addTarget(sessionId, draft.questionText);
    if (!target)
        return target.error();
    if (!target->has_value())
        return Error::sessionNotFound(sessionId);
    const QuestionRepository::AddTarget &found = **target;
    if (isFinished(found.status))
        return finishedError(sessionId, found.status);
    if (found.sameText) {
        if (sameContent(*found.sameText, draft))
            return AddedQuestion {*found.sameText, true};
        return duplicateError(*found.sameText);
    }
    if (found.count >= m_limits.questionsPerSession) {
        return Error {ErrorCode::QuestionLimitExceeded, QStringLiteral("题目数量超过限制"),
                      QStringLiteral("session_id: %1 already has %2 questions (limit %3)")
                          .arg(sessionId)
                          .arg(found.count)
                          .arg(m_limits.questionsPerSession)};
    }
    const int position = found.maxPosition + 1;

    QuestionRecord record;
    record.sessionId = sessionId;
    record.position = position;
    record.questionId = ids::makeQuestionId(sessionId, position);
    record.questionText = draft.questionText;
    record.questionType = draft.questionType;
    record.questionCategory = draft.questionCategory;
    record.candidateAnswer = draft.candidateAnswer;
    record.interviewerFeedback = draft.interviewerFeedback;
    record.overallScore = draft.overallScore;
    record.createdAt = record.updatedAt = m_clock.nowMs();
    record.source = record.updatedBy = source;
    record.reviewed = source == Source::Ui;
    if (const Status inserted = questionRepo.insert(record); !inserted)
        return inserted.error();
    if (const Status refreshed
        = sessions.addToAggregates(sessionId, record.createdAt, record.isCompleted(), record.overallScore);
        !refreshed)
        return refreshed.error();
    if (const Status announced = announce({DatabaseChange::Kind::QuestionAdded, sessionId, record.questionId});
        !announced)
        return announced.error();
    if (const Status committed = transaction.commit(); !committed)
        return committed.error();
    m_database.afterCommit([this, sessionId, id = record.questionId] {
        Q_EMIT questionAdded(sessionId, id);
        Q_EMIT sessionChanged(sessionId);
    });
    return AddedQuestion {record, false};
}

Result<QuestionRecord> InterviewService::question(const QString &questionId)
{
    QuestionRepository questions(m_database.connection());
    return requireQuestion(questions, questionId);
}

Result<QList<QuestionRecord>> InterviewService::questions(const QString &sessionId)
{
    QSqlDatabase db = m_database.connection();
    SessionRepository sessions(db);
    if (const Result<Session> found = requireSession(sessions, sessionId); !found)
        return found.error();
    return QuestionRepository(db).listBySession(sessionId);
}

Result<QuestionRecord> InterviewService::updateQuestion(const QString &questionId, const QuestionPatch &patch,
                                                        Source source)
{
    if (const auto invalid = rules::validate(patch))
        return *invalid;
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return Error::database(QStringLiteral("cannot begin a transaction"));
    QSqlDatabase db = m_database.connection();
    SessionRepository sessions(db);
    QuestionRepository questionRepo(db);
    Result<QuestionRecord> found = requireQuestion(questionRepo, questionId);
    if (!found)
        return found.error();
    QuestionRecord record = std::move(found).value();
    // Marking a question reviewed changes no content: allowed after the end too.
    const bool onlyReview = patch.reviewed && !patch.questionText && !patch.questionType && !patch.questionCategory
        && !patch.candidateAnswer && !patch.interviewerFeedback && !patch.overallScore;
    if (const Status open = requireOpenSession(sessions, record.sessionId);
        !open && !(onlyReview && open.error().code == ErrorCode::SessionAlreadyFinished))
        return open.error();
    if (patch.questionText) {
        const Result<std::optional<QuestionRecord>> same
            = questionRepo.findSameText(record.sessionId, *patch.questionText, questionId);
        if (!same)
            return same.error();
        if (same->has_value())
            return duplicateError(**same);
        record.questionText = *patch.questionText;
    }
    if (patch.questionType)
        record.questionType = *patch.questionType;
    if (patch.questionCategory)
        record.questionCategory = *patch.questionCategory;
    if (patch.candidateAnswer)
        record.candidateAnswer = *patch.candidateAnswer;
    if (patch.interviewerFeedback)
        record.interviewerFeedback = *patch.interviewerFeedback;
    // What the workflow posted is kept when an interviewer first changes it (calibration).
    if (patch.overallScore && *patch.overallScore != record.overallScore && record.source == Source::Api
        && source == Source::Ui && record.overallScore) {
        if (const Status kept = questionRepo.keepPostedScore(questionId, *record.overallScore); !kept)
            return kept.error();
    }
    if (patch.overallScore)
        record.overallScore = *patch.overallScore;
    // An interviewer's edit in the window is a review of what the API posted.
    if (patch.reviewed)
        record.reviewed = *patch.reviewed;
    else if (source == Source::Ui)
        record.reviewed = true;
    record.updatedAt = m_clock.nowMs();
    record.updatedBy = source;
    if (const Status updated = questionRepo.update(record); !updated)
        return updated.error();
    if (const Status refreshed = sessions.refreshAggregates(record.sessionId, record.updatedAt); !refreshed)
        return refreshed.error();
    if (const Status announced = announce({DatabaseChange::Kind::QuestionChanged, record.sessionId, questionId});
        !announced)
        return announced.error();
    if (const Status committed = transaction.commit(); !committed)
        return committed.error();
    m_database.afterCommit([this, sessionId = record.sessionId, questionId] {
        Q_EMIT questionChanged(sessionId, questionId);
        Q_EMIT sessionChanged(sessionId);
    });
    return record;
}

Status InterviewService::deleteQuestion(const QString &questionId)
{
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return Error::database(QStringLiteral("cannot begin a transaction"));
    QSqlDatabase db = m_database.connection();
    SessionRepository sessions(db);
    QuestionRepository questionRepo(db);
    const Result<QuestionRecord> found = requireQuestion(questionRepo, questionId);
    if (!found)
        return found.error();
    const QString sessionId = found->sessionId;
    if (const Status open = requireOpenSession(sessions, sessionId); !open)
        return open;
    if (const Result<bool> removed = questionRepo.remove(questionId); !removed)
        return removed.error();
    if (const Status refreshed = sessions.refreshAggregates(sessionId, m_clock.nowMs()); !refreshed)
        return refreshed;
    if (const Status announced = announce({DatabaseChange::Kind::QuestionRemoved, sessionId, questionId}); !announced)
        return announced;
    if (const Status committed = transaction.commit(); !committed)
        return committed;
    m_database.afterCommit([this, sessionId, questionId] {
        Q_EMIT questionRemoved(sessionId, questionId);
        Q_EMIT sessionChanged(sessionId);
    });
    return Done {};
}

Result<int> InterviewService::acceptAllQuestions(const QString &sessionId, Source source)
{
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return Error::database(QStringLiteral("cannot begin a transaction"));
    QSqlDatabase db = m_database.connection();
    SessionRepository sessions(db);
    QuestionRepository questionRepo(db);
    if (const Result<Session> found = requireSession(sessions, sessionId); !found)
        return found.error();
    const Result<QList<QuestionRecord>> records = questionRepo.listBySession(sessionId);
    if (!records)
        return records.error();
    const qint64 now = m_clock.nowMs();
    QStringList accepted;
    for (QuestionRecord record : *records) {
        if (record.reviewed)
            continue;
        record.reviewed = true;
        record.updatedAt = now;
        record.updatedBy = source;
        if (const Status updated = questionRepo.update(record); !updated)
            return updated.error();
        accepted << record.questionId;
    }
    if (accepted.isEmpty())
        return 0;
    if (const Status refreshed = sessions.refreshAggregates(sessionId, now); !refreshed)
        return refreshed.error();
    for (const QString &questionId : accepted) {
        if (const Status announced = announce({DatabaseChange::Kind::QuestionChanged, sessionId, questionId});
            !announced)
            return announced.error();
    }
    if (const Status committed = transaction.commit(); !committed)
        return committed.error();
    m_database.afterCommit([this, sessionId, accepted] {
        for (const QString &questionId : accepted)
            Q_EMIT questionChanged(sessionId, questionId);
        Q_EMIT sessionChanged(sessionId);
    });
    return int(accepted.size());
}

Result<QStringList> InterviewService::categories()
{
    return QuestionRepository(m_database.connection()).categories();
}

Result<Summary> InterviewService::summary(const QString &sessionId)
{
    QSqlDatabase db = m_database.connection();
    const Result<SessionRepository::Timeline> timeline = requireTimeline(SessionRepository(db), sessionId);
    if (!timeline)
        return timeline.error();
    const Result<QList<QuestionRecord>> records = QuestionRepository(db).listBySession(sessionId);
    if (!records)
        return records.error();
    QList<bool> completed;
    for (const QuestionRecord &record : *records)
        completed << record.isCompleted();
    return summarize(sessionId, *timeline, m_clock.nowMs(), *records, completed);
}

Result<Summary> InterviewService::briefSummary(const QString &sessionId)
{
    QSqlDatabase db = m_database.connection();
    const Result<SessionRepository::Timeline> timeline = requireTimeline(SessionRepository(db), sessionId);
    if (!timeline)
        return timeline.error();
    const Result<QList<QuestionRepository::Brief>> briefs = QuestionRepository(db).listBriefBySession(sessionId);
    if (!briefs)
        return briefs.error();
    QList<QuestionRecord> records;
    QList<bool> completed;
    for (const QuestionRepository::Brief &brief : *briefs) {
        records << brief.record;
        completed << brief.completed;
    }
    return summarize(sessionId, *timeline, m_clock.nowMs(), records, completed);
}

Result<Page<QuestionRecord>> InterviewService::records(const RecordFilter &filter)
{
    rules::FieldErrors errors;
    if (filter.page < 1)
        errors.add(QStringLiteral("page"), QStringLiteral("must be at least 1"));
    if (filter.pageSize < 1 || filter.pageSize > 100)
        errors.add(QStringLiteral("page_size"), QStringLiteral("must be between 1 and 100"));
    if (filter.minScore && filter.maxScore && *filter.minScore > *filter.maxScore)
        errors.add(QStringLiteral("min_score"), QStringLiteral("must not exceed max_score"));
    if (filter.since && filter.until && *filter.since > *filter.until)
        errors.add(QStringLiteral("since"), QStringLiteral("must not be after until"));
    if (!errors.isEmpty())
        return Error::validation(errors.details());
    return QuestionRepository(m_database.connection()).search(filter);
}

Result<IdempotentReply> InterviewService::runIdempotent(const QString &key, const QByteArray &requestHash,
                                                        const std::function<Outcome()> &operation)
{
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return Error::database(QStringLiteral("cannot begin a transaction"));
    // A key replayed on another instance of a shared database waits for the first one's reply.
    if (const Status locked = SessionRepository(m_database.connection()).lockName(QStringLiteral("key:") + key);
        !locked)
        return locked.error();
    IdempotencyRepository store(m_database.connection());
    const qint64 now = m_clock.nowMs();
    const auto seen = store.find(key);
    if (!seen)
        return seen.error();
    if (seen->has_value() && (*seen)->createdAt >= now - IDEMPOTENCY_WINDOW_MS) {
        if ((*seen)->requestHash != requestHash)
            return Error::validation(QStringLiteral("Idempotency-Key: already used with a different request"));
        return IdempotentReply {StoredReply {(*seen)->responseStatus, (*seen)->response}, true};
    }
    const auto [reply, remember] = operation();
    if (!remember)
        return IdempotentReply {reply, false}; // the transaction rolls back; a retry may succeed
    if (const Status stored = store.store(key, {requestHash, reply.code, reply.body, now}); !stored)
        return stored.error();
    if (const Status purged = store.purgeOlderThan(now - IDEMPOTENCY_WINDOW_MS); !purged)
        return purged.error();
    if (const Status committed = transaction.commit(); !committed)
        return committed.error();
    return IdempotentReply {reply, false};
}

bool InterviewService::probeStorage()
{
    return m_database.probe();
}

bool InterviewService::checkIntegrityOnce()
{
    return m_database.checkIntegrityOnce();
}

bool InterviewService::changedSinceLastLook()
{
    return m_database.changedSinceLastLook();
}

StorageFault InterviewService::storageFault() const
{
    return m_database.health().fault();
}

StorageHealth &InterviewService::storageHealth()
{
    return m_database.health();
}

} // namespace ir
