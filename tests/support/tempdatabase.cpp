// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tempdatabase.h"

#include <QDir>
#include <QTest>

namespace ir::test {

TempDatabase::TempDatabase(ServiceLimits limits)
    : m_limits(limits)
{
    m_valid = m_dir.isValid() && reopen();
}

TempDatabase::~TempDatabase()
{
    m_readers.reset();
    m_writer.reset();
    m_service.reset();
    m_database.reset();
}

WriteBatcher &TempDatabase::writer()
{
    if (!m_writer)
        m_writer = std::make_unique<WriteBatcher>(*m_database);
    return *m_writer;
}

ReaderPool &TempDatabase::readers()
{
    if (!m_readers)
        m_readers = std::make_unique<ReaderPool>(&m_database->health());
    return *m_readers;
}

QString TempDatabase::filePath() const
{
    return QDir(m_dir.path()).filePath(QStringLiteral("interview-recorder.db"));
}

bool TempDatabase::reopen(Database::Options options)
{
    // Their threads' connections go with them.
    m_readers.reset();
    m_writer.reset();
    m_service.reset();
    m_database.reset();
    m_database = std::make_unique<Database>(filePath(), options);
    m_service = std::make_unique<InterviewService>(*m_database, m_clock, m_limits);
    return bool(m_database->open());
}

Session TempDatabase::createSession(const QString &userId)
{
    SessionDraft draft;
    draft.userId = userId;
    draft.sessionName = QStringLiteral("Python开发工程师面试");
    const Result<Session> created = m_service->createSession(draft, Source::Api);
    if (!created)
        qFatal("createSession failed: %s", qPrintable(created.error().details));
    return *created;
}

QuestionRecord TempDatabase::addQuestion(const QString &sessionId, const QString &text, double score, Source source)
{
    const Result<AddedQuestion> added = m_service->addQuestion(sessionId, sampleQuestion(text, score), source);
    if (!added)
        qFatal("addQuestion failed: %s", qPrintable(added.error().details));
    return added->record;
}

QuestionDraft sampleQuestion(const QString &text, double score)
{
    QuestionDraft draft;
    draft.questionText = text;
    draft.questionType = QuestionType::Technical;
    draft.questionCategory = QStringLiteral("编程基础");
    draft.candidateAnswer = QStringLiteral("我最熟悉Python语言。");
    draft.interviewerFeedback = QStringLiteral("回答全面。");
    draft.overallScore = score;
    return draft;
}

} // namespace ir::test
