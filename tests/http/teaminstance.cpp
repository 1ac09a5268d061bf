// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "teaminstance.h"

#include <QEventLoop>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTimer>

namespace ir::test {

TeamInstance::TeamInstance(const QString &url, const Clock &clock, ServiceLimits limits)
    : m_url(url)
    , m_clock(clock)
    , m_limits(limits)
{ }

TeamInstance::~TeamInstance()
{
    m_client.reset();
    m_host.reset(); // stops the server thread before what it uses goes
    m_readers.reset();
    m_writer.reset();
    m_service.reset();
    m_database.reset();
}

bool TeamInstance::start()
{
    m_database = std::make_unique<Database>(m_url);
    if (const Status opened = m_database->open(); !opened) {
        m_error = opened.error().details;
        return false;
    }
    m_service = std::make_unique<InterviewService>(*m_database, m_clock, m_limits);
    m_writer = std::make_unique<WriteBatcher>(*m_database);
    m_readers = std::make_unique<ReaderPool>(&m_database->health());
    m_host = std::make_unique<http::ApiServerHost>(*m_service, m_clock, *m_writer, *m_readers);
    ServerSettings settings;
    settings.bindAddress = QStringLiteral("127.0.0.1");
    settings.port = 0;
    settings.authEnabled = false;
    QSignalSpy spy(m_host.get(), &ServerControl::stateChanged);
    m_host->start(settings);
    if (!spy.wait(10'000) || m_host->state() != ServerState::Listening) {
        m_error = m_host->lastError();
        return false;
    }
    m_client = std::make_unique<HttpClient>(m_host->port());
    return true;
}

QList<HttpResult> sendAtOnce(const QList<BurstRequest> &requests, int timeoutMs)
{
    QNetworkAccessManager manager;
    QList<QNetworkReply *> replies;
    QEventLoop loop;
    int pending = int(requests.size());
    for (const BurstRequest &burst : requests) {
        QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(burst.port).arg(burst.path)));
        request.setRawHeader(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json"));
        for (const auto &[name, value] : burst.headers)
            request.setRawHeader(name, value);
        QNetworkReply *reply = manager.sendCustomRequest(request, burst.method, burst.body);
        QObject::connect(reply, &QNetworkReply::finished, &loop, [&] {
            if (--pending == 0)
                loop.quit();
        });
        replies << reply;
    }
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    if (pending > 0)
        loop.exec();
    QList<HttpResult> results;
    for (QNetworkReply *reply : replies) {
        HttpResult result;
        if (reply->isFinished()) {
            result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            result.body = reply->readAll();
            for (const auto &[name, value] : reply->rawHeaderPairs())
                result.headers.insert(name.toLower(), value);
            result.json = HttpClient::parseJson(result.body);
        }
        results << result;
        reply->abort();
        delete reply;
    }
    return results;
}

QByteArray addQaBody(const QString &sessionId, const QString &text, const QByteArray &extra)
{
    return "{\"session_id\":\"" + sessionId.toUtf8() + "\",\"question_text\":\"" + text.toUtf8()
        + "\",\"question_type\":\"technical\",\"question_category\":\"编程基础\",\"candidate_answer\":\"回答\","
          "\"interviewer_feedback\":\"反馈\",\"overall_score\":8.5"
        + extra + "}";
}

} // namespace ir::test
