// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "candidatescontroller.h"

#include "candidatemapping.h"
#include "clock.h"
#include "difycontroller.h"
#include "interviewservice.h"
#include "jsonbody.h"
#include "jsoncodec.h"
#include "sessionreport.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cctype>

namespace ir::http {
namespace {

const QString USER_ID = QStringLiteral("user_id");
const QString POSITION = QStringLiteral("position");
constexpr int DEFAULT_PAGE_SIZE = 20;
constexpr int MAX_PAGE_SIZE = 100;

HttpReply success(const QJsonValue &data, const QString &message)
{
    return HttpReply::json(QJsonObject {
        {QStringLiteral("success"), true},
        {QStringLiteral("data"), data},
        {QStringLiteral("message"), message},
    });
}

HttpReply failure(const Error &error)
{
    return HttpReply::error(ApiError::fromError(error));
}

// The non-empty query parameters, for the lenient reader.
QJsonObject queryFields(const RequestContext &request)
{
    QJsonObject fields;
    for (auto it = request.query.cbegin(); it != request.query.cend(); ++it) {
        if (!it.value().isEmpty())
            fields.insert(it.key(), it.value());
    }
    return fields;
}

// page and page_size of a list (1-100, default 20).
void readPaging(JsonBody &reader, int &page, int &pageSize)
{
    page = reader.integer(QStringLiteral("page"), false).value_or(1);
    pageSize = reader.integer(QStringLiteral("page_size"), false).value_or(DEFAULT_PAGE_SIZE);
    if (!reader.hasErrors() && page < 1)
        reader.addError(QStringLiteral("page"), QStringLiteral("must be at least 1"));
    if (!reader.hasErrors() && (pageSize < 1 || pageSize > MAX_PAGE_SIZE))
        reader.addError(QStringLiteral("page_size"), QStringLiteral("must be between 1 and %1").arg(MAX_PAGE_SIZE));
}

HttpReply pageReply(const QJsonArray &items, qint64 total, int page, int pageSize)
{
    return success(QJsonObject {{QStringLiteral("items"), items},
                                {QStringLiteral("total"), total},
                                {QStringLiteral("page"), page},
                                {QStringLiteral("page_size"), pageSize}},
                   QStringLiteral("获取成功"));
}

FieldDoc userIdPath()
{
    return pathField(USER_ID, QStringLiteral("The candidate's user ID (as the sessions name it)."));
}

QList<FieldDoc> pagingFields(const QString &what)
{
    return {
        queryParameter(QStringLiteral("page"), QStringLiteral("integer"), QStringLiteral("Page number, from 1.")),
        queryParameter(
            QStringLiteral("page_size"), QStringLiteral("integer"),
            QStringLiteral("%1 per page, 1-%2, default %3.").arg(what).arg(MAX_PAGE_SIZE).arg(DEFAULT_PAGE_SIZE)),
    };
}

QList<FieldDoc> patchFields()
{
    const auto field = [](const QString &name, const QString &what, int max) {
        return FieldDoc {name, QStringLiteral("string"),
                         QStringLiteral("%1, 0-%2 characters. Leave out (or send \"\") to keep it; null clears it.")
                             .arg(what)
                             .arg(max)};
    };
    return {
        userIdPath(),
        field(QStringLiteral("display_name"), QStringLiteral("The name to show"), rules::CANDIDATE_NAME.max),
        field(QStringLiteral("email"), QStringLiteral("E-mail address"), rules::CANDIDATE_EMAIL.max),
        field(POSITION, QStringLiteral("The position applied for"), rules::CANDIDATE_POSITION.max),
        field(QStringLiteral("notes"), QStringLiteral("Notes about the candidate"), rules::CANDIDATE_NOTES.max),
    };
}

// A profile field of a PUT body: absent, "" and non-strings as the lenient reader has them;
// null clears the field.
std::optional<QString> patchText(JsonBody &reader, const QJsonObject &body, const QString &field)
{
    if (body.contains(field) && body.value(field).isNull())
        return QString();
    return reader.optionalString(field);
}

// Every user_id of the query: repeated (?user_id=a&user_id=b) or comma-separated (Dify sends one).
QStringList requestedUsers(const RequestContext &request)
{
    QStringList users;
    for (const QString &value : request.queryLists.value(USER_ID)) {
        for (const QString &part : value.split(u',')) {
            if (const QString id = part.trimmed(); !id.isEmpty())
                users << id;
        }
    }
    return users;
}

// A token-safe file name for Content-Disposition (user IDs are free text).
QByteArray downloadName(const QString &userId)
{
    QByteArray name = userId.toUtf8();
    for (char &c : name) {
        if (!std::isalnum(static_cast<unsigned char>(c)) && c != '.' && c != '_' && c != '-')
            c = '_';
    }
    return QByteArrayLiteral("candidate-") + name.left(100) + QByteArrayLiteral(".json");
}

} // namespace

CandidatesController::CandidatesController(InterviewService &service, const Clock &clock)
    : m_service(service)
    , m_clock(clock)
{ }

void CandidatesController::registerRoutes(RouteTable &table)
{
    const QString tag = QStringLiteral("candidates");
    const QString person = QStringLiteral("/candidates/{user_id}");
    table.add({QStringLiteral("GET"),
               QStringLiteral("/candidates"),
               [this](const RequestContext &r) { return list(r); },
               true,
               false,
               true,
               {QStringLiteral("listCandidates"),
                QStringLiteral("List candidates"),
                QStringLiteral("One profile per user_id (made when a session first names it) with the figures of "
                               "their sessions, newest interview first, one page at a time."),
                tag,
                QList<FieldDoc> {queryParameter(QStringLiteral("q"), QStringLiteral("string"),
                                                QStringLiteral("Text contained in the user ID, display name or "
                                                               "e-mail (case-insensitive).")),
                                 queryParameter(POSITION, QStringLiteral("string"),
                                                QStringLiteral("Only candidates for exactly this position."))}
                    + pagingFields(QStringLiteral("Candidates")),
                QStringLiteral("CandidatePageEnvelope"),
                {400, 401, 500}}});
    table.add({QStringLiteral("GET"),
               person,
               [this](const RequestContext &r) { return get(r); },
               true,
               false,
               true,
               {QStringLiteral("getCandidate"),
                QStringLiteral("Get a candidate"),
                QStringLiteral("The profile and the figures of the candidate's sessions."),
                tag,
                {userIdPath()},
                QStringLiteral("CandidateEnvelope"),
                {401, 404, 500}}});
    table.add({QStringLiteral("PUT"),
               person,
               [this](const RequestContext &r) { return update(r); },
               true,
               false,
               true,
               {QStringLiteral("updateCandidate"),
                QStringLiteral("Update a candidate's profile"),
                QStringLiteral("Partial update: only the fields sent change."),
                tag,
                patchFields(),
                QStringLiteral("CandidateEnvelope"),
                {400, 401, 404, 500}}});
    Route eraseRoute {
        QStringLiteral("DELETE"),
        person,
        [this](const RequestContext &r) { return erase(r); },
        true,
        false,
        true,
        {QStringLiteral("eraseCandidate"),
         QStringLiteral("Erase a candidate (right to erasure)"),
         QStringLiteral("Erases every trace of the person: profile, sessions, questions, scorecards and "
                        "stored replies, gone from the database files. The audit log keeps a one-way hash "
                        "of the user ID, never the ID. Cannot be undone."),
         tag,
         {userIdPath()},
         QStringLiteral("EraseCandidateResponse"),
         {401, 404, 500}}};
    // The erasure's own line in the request log must not name the person.
    eraseRoute.logsPattern = true;
    table.add(eraseRoute);
    RouteDoc exportDoc {QStringLiteral("exportCandidate"),
                        QStringLiteral("Export everything about a candidate (right of access)"),
                        QStringLiteral("One JSON file (format interview-recorder-export) with the profile and every "
                                       "session with its questions, plan and scorecard. The audit log records the "
                                       "export. The file name is in Content-Disposition."),
                        tag,
                        {userIdPath()},
                        {},
                        {401, 404, 500},
                        {QStringLiteral("application/json")}};
    Route exportRoute {QStringLiteral("GET"),
                       person + QStringLiteral("/export"),
                       [this](const RequestContext &r) { return exportPerson(r); },
                       true,
                       false,
                       true,
                       exportDoc};
    exportRoute.onWriter = true;
    table.add(exportRoute);
    table.add({QStringLiteral("GET"),
               QStringLiteral("/compare"),
               [this](const RequestContext &r) { return compare(r); },
               true,
               false,
               true,
               {QStringLiteral("compareCandidates"),
                QStringLiteral("Compare candidates side by side"),
                QStringLiteral("The figures of %1-%2 candidates (user_id), or of the candidates for a position "
                               "(at most %2).")
                    .arg(rules::MIN_COMPARED)
                    .arg(rules::MAX_COMPARED),
                tag,
                {queryParameter(USER_ID, QStringLiteral("string"),
                                QStringLiteral("The candidates, %1-%2: repeat the parameter "
                                               "(user_id=a&user_id=b) or separate them by commas (a,b).")
                                    .arg(rules::MIN_COMPARED)
                                    .arg(rules::MAX_COMPARED)),
                 queryParameter(POSITION, QStringLiteral("string"),
                                QStringLiteral("Instead of user_id: the candidates whose profile names this "
                                               "position."))},
                QStringLiteral("ComparisonEnvelope"),
                {400, 401, 404, 500}}});
    table.add({QStringLiteral("GET"),
               QStringLiteral("/stats/interviewers"),
               [this](const RequestContext &r) { return interviewers(r); },
               true,
               false,
               true,
               {QStringLiteral("interviewerStats"),
                QStringLiteral("Calibration figures per interviewer"),
                QStringLiteral("Per interviewer: sessions, scored questions, mean and standard deviation of the "
                               "scores, recommendation counts, and how far the interviewer moved the scores the "
                               "API posted (ai_review)."),
                QStringLiteral("stats"),
                {},
                QStringLiteral("InterviewerStatsEnvelope"),
                {401, 500}}});
    table.add({QStringLiteral("GET"),
               QStringLiteral("/audit"),
               [this](const RequestContext &r) { return audit(r); },
               true,
               false,
               true,
               {QStringLiteral("auditLog"),
                QStringLiteral("The audit log"),
                QStringLiteral("Append-only record of erasures, purges, exports of a person's data, session "
                               "deletions and API key changes, newest first."),
                QStringLiteral("stats"),
                pagingFields(QStringLiteral("Entries")),
                QStringLiteral("AuditPageEnvelope"),
                {400, 401, 500}}});
}

HttpReply CandidatesController::list(const RequestContext &request)
{
    JsonBody reader(queryFields(request));
    CandidateFilter filter;
    filter.text = reader.optionalString(QStringLiteral("q")).value_or(QString());
    filter.position = reader.optionalString(POSITION).value_or(QString());
    readPaging(reader, filter.page, filter.pageSize);
    if (const auto invalid = reader.finish())
        return HttpReply::error(*invalid);
    const Result<Page<Candidate>> page = m_service.candidates(filter);
    if (!page)
        return failure(page.error());
    QJsonArray items;
    for (const Candidate &candidate : page->items)
        items.append(mapping::candidate(candidate));
    return pageReply(items, page->total, filter.page, filter.pageSize);
}

HttpReply CandidatesController::get(const RequestContext &request)
{
    const Result<Candidate> found = m_service.candidate(request.param(USER_ID));
    if (!found)
        return failure(found.error());
    return success(mapping::candidate(*found), QStringLiteral("获取成功"));
}

HttpReply CandidatesController::update(const RequestContext &request)
{
    JsonBody reader(request.body);
    CandidatePatch patch;
    patch.displayName = patchText(reader, request.body, QStringLiteral("display_name"));
    patch.email = patchText(reader, request.body, QStringLiteral("email"));
    patch.position = patchText(reader, request.body, POSITION);
    patch.notes = patchText(reader, request.body, QStringLiteral("notes"));
    if (const auto invalid = reader.finish(reader.hasErrors() ? std::nullopt : rules::validate(patch)))
        return HttpReply::error(*invalid);
    const Result<Candidate> updated = m_service.updateCandidate(request.param(USER_ID), patch);
    if (!updated)
        return failure(updated.error());
    return success(mapping::candidate(*updated), QStringLiteral("更新成功"));
}

HttpReply CandidatesController::erase(const RequestContext &request)
{
    const QString userId = request.param(USER_ID);
    const Result<ErasureReport> erased = m_service.eraseCandidate(userId, Actor::Api);
    if (!erased)
        return failure(erased.error());
    return HttpReply::json(QJsonObject {
        {QStringLiteral("success"), true},
        {USER_ID, userId},
        {QStringLiteral("erased"),
         QJsonObject {{QStringLiteral("sessions"), erased->sessions},
                      {QStringLiteral("questions"), erased->questions}}},
        {QStringLiteral("message"), QStringLiteral("删除成功")},
    });
}

HttpReply CandidatesController::exportPerson(const RequestContext &request)
{
    const QString userId = request.param(USER_ID);
    const Result<PersonRecord> record = m_service.exportPerson(userId, Actor::Api);
    if (!record)
        return failure(record.error());
    ExportOptions options;
    options.exportedAtMs = m_clock.nowMs();
    QList<SessionReport> reports;
    for (const PersonRecord::Interview &interview : record->interviews) {
        Result<SessionReport> report = SessionReport::load(m_service, interview.session.sessionId, options);
        if (!report)
            return failure(report.error());
        reports.append(std::move(report).value());
    }
    // The same document as the window's "Export everything about this person".
    const QJsonObject document = JsonCodec::personDocument(record->candidate, reports, *options.exportedAtMs);
    HttpReply reply = HttpReply::content(QByteArrayLiteral("application/json; charset=utf-8"),
                                         QJsonDocument(document).toJson(QJsonDocument::Indented));
    reply.addHeader(QByteArrayLiteral("Content-Disposition"),
                    QByteArrayLiteral("attachment; filename=\"") + downloadName(userId) + '"');
    reply.addHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    return reply;
}

HttpReply CandidatesController::compare(const RequestContext &request)
{
    const QStringList users = requestedUsers(request);
    const QString position = request.query.value(POSITION).trimmed();
    if (!users.isEmpty() && !position.isEmpty())
        return HttpReply::error(ApiError::validation(QStringLiteral("user_id: give user_id or position, not both")));
    const Result<QList<ComparisonRow>> rows
        = position.isEmpty() ? m_service.compare(users) : m_service.comparePosition(position);
    if (!rows)
        return failure(rows.error());
    QJsonArray items;
    for (const ComparisonRow &row : *rows)
        items.append(mapping::comparisonRow(row));
    return success(items, QStringLiteral("获取成功"));
}

HttpReply CandidatesController::interviewers(const RequestContext &)
{
    const Result<QList<InterviewerStats>> stats = m_service.interviewerStats();
    if (!stats)
        return failure(stats.error());
    QJsonArray items;
    for (const InterviewerStats &entry : *stats)
        items.append(mapping::interviewerStats(entry));
    return success(items, QStringLiteral("获取成功"));
}

HttpReply CandidatesController::audit(const RequestContext &request)
{
    JsonBody reader(queryFields(request));
    int page = 1;
    int pageSize = DEFAULT_PAGE_SIZE;
    readPaging(reader, page, pageSize);
    if (const auto invalid = reader.finish())
        return HttpReply::error(*invalid);
    const Result<Page<AuditEntry>> entries = m_service.auditLog(page, pageSize);
    if (!entries)
        return failure(entries.error());
    QJsonArray items;
    for (const AuditEntry &entry : entries->items)
        items.append(mapping::auditEntry(entry));
    return pageReply(items, entries->total, page, pageSize);
}

} // namespace ir::http
