// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "interviewservice.h"
#include "writebatcher.h"

#include <functional>

namespace ir {

// The window's handle on the service. Reads go straight to the service (WAL: a reader never
// waits for the writer). Every write goes through the process's one writer, off the calling
// thread; its result comes back to `context` on context's thread once durable, and is dropped
// if context is destroyed first. So the window never blocks on the database, and its writes
// share commits (and the lock) with the API's instead of fighting them for it.
class ServiceClient final
{
public:
    template<typename T>
    using Callback = std::function<void(const Result<T> &)>;

    ServiceClient(InterviewService &service, WriteBatcher &writer);
    Q_DISABLE_COPY_MOVE(ServiceClient)

    InterviewService &service() { return m_service; }

    void createSession(QObject *context, const SessionDraft &draft, Source source, Callback<Session> done);
    void updateSession(QObject *context, const QString &sessionId, const SessionPatch &patch, Source source,
                       Callback<Session> done);
    void deleteSession(QObject *context, const QString &sessionId, Callback<Done> done);
    void addQuestion(QObject *context, const QString &sessionId, const QuestionDraft &draft, Source source,
                     Callback<AddedQuestion> done);
    void updateQuestion(QObject *context, const QString &questionId, const QuestionPatch &patch, Source source,
                        Callback<QuestionRecord> done);
    void deleteQuestion(QObject *context, const QString &questionId, Callback<Done> done);
    void acceptAllQuestions(QObject *context, const QString &sessionId, Source source, Callback<int> done);

    // Any other write of the service through the writer, e.g.
    //   client.write<Kit>(this, [&service, draft] { return service.createKit(draft); }, done);
    template<typename T, typename Work>
    void write(QObject *context, Work work, Callback<T> done)
    {
        m_writer.call<T>(context, std::move(work), std::move(done));
    }

private:
    InterviewService &m_service;
    WriteBatcher &m_writer;
};

} // namespace ir
