// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "serviceclient.h"

namespace ir {

ServiceClient::ServiceClient(InterviewService &service, WriteBatcher &writer)
    : m_service(service)
    , m_writer(writer)
{ }

void ServiceClient::createSession(QObject *context, const SessionDraft &draft, Source source, Callback<Session> done)
{
    m_writer.call<Session>(
        context, [this, draft, source] { return m_service.createSession(draft, source); }, std::move(done));
}

void ServiceClient::updateSession(QObject *context, const QString &sessionId, const SessionPatch &patch, Source source,
                                  Callback<Session> done)
{
    m_writer.call<Session>(
        context, [this, sessionId, patch, source] { return m_service.updateSession(sessionId, patch, source); },
        std::move(done));
}

void ServiceClient::deleteSession(QObject *context, const QString &sessionId, Callback<Done> done)
{
    m_writer.call<Done>(
        context, [this, sessionId] { return m_service.deleteSession(sessionId); }, std::move(done));
}

void ServiceClient::addQuestion(QObject *context, const QString &sessionId, const QuestionDraft &draft, Source source,
                                Callback<AddedQuestion> done)
{
    m_writer.call<AddedQuestion>(
        context, [this, sessionId, draft, source] { return m_service.addQuestion(sessionId, draft, source); },
        std::move(done));
}

void ServiceClient::updateQuestion(QObject *context, const QString &questionId, const QuestionPatch &patch,
                                   Source source, Callback<QuestionRecord> done)
{
    m_writer.call<QuestionRecord>(
        context, [this, questionId, patch, source] { return m_service.updateQuestion(questionId, patch, source); },
        std::move(done));
}

void ServiceClient::deleteQuestion(QObject *context, const QString &questionId, Callback<Done> done)
{
    m_writer.call<Done>(
        context, [this, questionId] { return m_service.deleteQuestion(questionId); }, std::move(done));
}

void ServiceClient::acceptAllQuestions(QObject *context, const QString &sessionId, Source source, Callback<int> done)
{
    m_writer.call<int>(
        context, [this, sessionId, source] { return m_service.acceptAllQuestions(sessionId, source); },
        std::move(done));
}

} // namespace ir
