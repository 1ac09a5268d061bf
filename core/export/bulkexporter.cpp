// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bulkexporter.h"

#include "csvexporter.h"
#include "exportio.h"
#include "interviewservice.h"
#include "jsoncodec.h"
#include "sessionreport.h"

#include <algorithm>
#include <tuple>

namespace ir {
namespace {

constexpr int LIST_PAGE = 500;

Error formatError()
{
    return Error::validation(QStringLiteral("format: bulk export writes csv or json"));
}

bool contains(const QString &haystack, const QString &needle)
{
    return haystack.contains(needle, Qt::CaseInsensitive);
}

} // namespace

BulkExporter::BulkExporter(InterviewService &service)
    : m_service(service)
{ }

bool BulkExporter::hasQuestionCriteria(const RecordFilter &f)
{
    return f.questionType || !f.questionCategory.isEmpty() || f.minScore || f.maxScore || f.since || f.until
        || !f.text.isEmpty();
}

bool BulkExporter::matches(const RecordFilter &f, const QuestionRecord &q)
{
    if (f.questionType && q.questionType != *f.questionType)
        return false;
    if (!f.questionCategory.isEmpty() && q.questionCategory != f.questionCategory)
        return false;
    if ((f.minScore || f.maxScore) && !q.overallScore)
        return false;
    if (f.minScore && *q.overallScore < *f.minScore)
        return false;
    if (f.maxScore && *q.overallScore > *f.maxScore)
        return false;
    if (f.since && q.createdAt < *f.since)
        return false;
    if (f.until && q.createdAt > *f.until)
        return false;
    if (!f.text.isEmpty() && !contains(q.questionText, f.text) && !contains(q.candidateAnswer, f.text)
        && !contains(q.interviewerFeedback, f.text))
        return false;
    return true;
}

Result<QStringList> BulkExporter::sessionIds(const RecordFilter &filter)
{
    if (!filter.sessionId.isEmpty()) {
        const Result<Session> one = m_service.session(filter.sessionId);
        if (!one)
            return one.error().code == ErrorCode::SessionNotFound ? Result<QStringList>(QStringList()) : one.error();
        if (!filter.userId.isEmpty() && one->userId != filter.userId)
            return QStringList();
        return QStringList {one->sessionId};
    }
    SessionFilter sessionFilter;
    sessionFilter.userId = filter.userId;
    sessionFilter.descending = false; // oldest first
    return listIds(sessionFilter);
}

Result<QStringList> BulkExporter::listIds(SessionFilter filter)
{
    // The IDs first, then one session at a time: sessions deleted meanwhile are skipped, and
    // no long read blocks the server's writers.
    filter.offset = 0;
    filter.limit = LIST_PAGE;
    QStringList ids;
    for (;;) {
        const Result<Page<Session>> page = m_service.sessions(filter);
        if (!page)
            return page.error();
        for (const Session &s : page->items)
            ids << s.sessionId;
        if (page->items.size() < LIST_PAGE)
            return ids;
        filter.offset += LIST_PAGE;
    }
}

Result<QStringList> BulkExporter::competencyKeys(const QStringList &ids)
{
    QStringList keys;
    for (const QString &id : ids) {
        const Result<Scorecard> card = m_service.scorecard(id);
        if (!card && card.error().code == ErrorCode::SessionNotFound)
            continue; // deleted meanwhile
        if (!card)
            return card.error();
        for (const QString &key : CsvExporter::competencyKeys(*card)) {
            if (!keys.contains(key))
                keys << key;
        }
    }
    return keys;
}

Result<BulkReport> BulkExporter::run(const RecordFilter &filter, ExportFormat format, QIODevice &device,
                                     const ExportOptions &options, const ExportProgress &progress)
{
    if (!exportformat::bulkFormats().contains(format))
        return formatError();
    const Result<QStringList> ids = sessionIds(filter);
    if (!ids)
        return ids.error();
    const bool complete = filter.userId.isEmpty() && filter.sessionId.isEmpty() && !hasQuestionCriteria(filter);
    return write(*ids, filter, format, device, options, progress, complete);
}

Result<BulkReport> BulkExporter::run(const SessionFilter &filter, ExportFormat format, QIODevice &device,
                                     const ExportOptions &options, const ExportProgress &progress)
{
    if (!exportformat::bulkFormats().contains(format))
        return formatError();
    const Result<QStringList> ids = listIds(filter);
    if (!ids)
        return ids.error();
    return write(*ids, RecordFilter {}, format, device, options, progress);
}

Result<Library> BulkExporter::library()
{
    Library library;
    BankFilter filter;
    filter.pageSize = LIST_PAGE;
    for (;; ++filter.page) {
        const Result<Page<BankQuestion>> page = m_service.bankQuestions(filter);
        if (!page)
            return page.error();
        library.bank += page->items;
        if (page->items.size() < LIST_PAGE)
            break;
    }
    Result<QList<Kit>> kits = m_service.kits();
    if (!kits)
        return kits.error();
    library.kits = std::move(kits).value();
    // Oldest first, the IDs breaking ties: the same data always gives the same file.
    std::sort(library.bank.begin(), library.bank.end(), [](const BankQuestion &a, const BankQuestion &b) {
        return std::tie(a.createdAt, a.bankQuestionId) < std::tie(b.createdAt, b.bankQuestionId);
    });
    std::sort(library.kits.begin(), library.kits.end(), [](const Kit &a, const Kit &b) {
        return std::tie(a.createdAt, a.kitId) < std::tie(b.createdAt, b.kitId);
    });
    return library;
}

Result<BulkReport> BulkExporter::write(const QStringList &ids, const RecordFilter &filter, ExportFormat format,
                                       QIODevice &device, const ExportOptions &options, const ExportProgress &progress,
                                       bool complete)
{
    const qint64 total = ids.size();
    BulkReport report;
    if (progress && !progress(0, total)) {
        report.cancelled = true;
        return report;
    }
    const bool json = format == ExportFormat::Json;
    QStringList competencyKeys;
    if (!json) {
        // The header names every competency of the file's sessions (CsvExporter): a first pass
        // reads only the scorecards.
        const Result<QStringList> keys = this->competencyKeys(ids);
        if (!keys)
            return keys.error();
        competencyKeys = *keys;
    }
    std::optional<Library> everything;
    if (json && complete) {
        Result<Library> read = library();
        if (!read)
            return read.error();
        everything = std::move(read).value();
    }
    const Status head = json
        ? ExportIo::write(device,
                          JsonCodec::head(SessionReport::exportTime(options), everything ? &everything->bank : nullptr,
                                          everything ? &everything->kits : nullptr))
        : CsvExporter::writeHeader(device, options, competencyKeys);
    if (!head)
        return head.error();
    const bool filterQuestions = hasQuestionCriteria(filter);
    qint64 done = 0;
    for (const QString &id : ids) {
        Result<SessionReport> loaded = SessionReport::load(m_service, id, options);
        if (!loaded && loaded.error().code != ErrorCode::SessionNotFound)
            return loaded.error();
        if (loaded) {
            SessionReport &sessionReport = loaded.value();
            if (filterQuestions) {
                QList<QuestionRecord> &questions = sessionReport.summary.questions;
                questions.removeIf([&](const QuestionRecord &q) { return !matches(filter, q); });
            }
            if (!filterQuestions || !sessionReport.summary.questions.isEmpty()) {
                const Status written = json
                    ? ExportIo::write(
                        device, JsonCodec::sessionEntry(JsonCodec::sessionToJson(sessionReport), report.sessions == 0))
                    : CsvExporter::writeRows(device, sessionReport, competencyKeys);
                if (!written)
                    return written.error();
                ++report.sessions;
                report.questions += sessionReport.summary.questions.size();
            }
        }
        ++done;
        if (progress && !progress(done, total)) {
            report.cancelled = true;
            return report;
        }
    }
    if (json) {
        if (const Status tail = ExportIo::write(device, JsonCodec::tail(report.sessions == 0)); !tail)
            return tail.error();
    }
    return report;
}

} // namespace ir
