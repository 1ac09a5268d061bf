// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "faultsupport.h"

#include <optional>

#include <QJsonDocument>
#include <QTcpServer>

namespace fault {
namespace {

std::optional<rlimit> s_originalFileLimit;

} // namespace

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

rlimit originalFileLimit()
{
    if (s_originalFileLimit)
        return *s_originalFileLimit;
    rlimit current {};
    ::getrlimit(RLIMIT_NOFILE, &current);
    return current;
}

bool raiseFileLimit(rlim_t wanted, QString *error)
{
    rlimit limit {};
    if (::getrlimit(RLIMIT_NOFILE, &limit) != 0) {
        *error = QStringLiteral("getrlimit failed");
        return false;
    }
    if (!s_originalFileLimit)
        s_originalFileLimit = limit;
    if (limit.rlim_cur != RLIM_INFINITY && limit.rlim_cur >= wanted)
        return true;
    rlimit raised = limit;
    raised.rlim_cur = wanted;
    if (raised.rlim_max != RLIM_INFINITY && raised.rlim_max < wanted)
        raised.rlim_max = wanted; // needs CAP_SYS_RESOURCE
    if (::setrlimit(RLIMIT_NOFILE, &raised) != 0) {
        *error = QStringLiteral("cannot raise RLIMIT_NOFILE from %1 (hard %2) to %3")
                     .arg(qulonglong(limit.rlim_cur))
                     .arg(qulonglong(limit.rlim_max))
                     .arg(qulonglong(wanted));
        return false;
    }
    return true;
}

QByteArray httpRequest(quint16 port, const QByteArray &method, const QString &path, const QByteArray &body,
                       const QByteArray &extraHeaders)
{
    QByteArray bytes
        = method + ' ' + path.toUtf8() + " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port) + "\r\n";
    if (method == "POST" || method == "PUT") {
        bytes += "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n";
    }
    bytes += extraHeaders;
    bytes += "\r\n";
    bytes += body;
    return bytes;
}

QByteArray httpGet(const QString &path)
{
    return "GET " + path.toUtf8() + " HTTP/1.1\r\nHost: %HOST%\r\n\r\n";
}

QByteArray withHost(QByteArray request, quint16 port)
{
    const QByteArray host = QByteArrayLiteral("127.0.0.1:") + QByteArray::number(port);
    return request.replace("%HOST%", host);
}

HttpResponse request(quint16 port, const QByteArray &bytes, int timeoutMs)
{
    RawConnection connection;
    connection.open(port);
    if (!connection.waitConnected(timeoutMs))
        return {};
    connection.send(withHost(bytes, port));
    if (!connection.waitForResponses(1, timeoutMs))
        return {};
    return connection.responses().constFirst();
}

HttpResponse get(quint16 port, const QString &path, int timeoutMs)
{
    return request(port, httpRequest(port, "GET", path), timeoutMs);
}

HttpResponse postJson(quint16 port, const QString &path, const QJsonObject &body, int timeoutMs)
{
    return request(port, httpRequest(port, "POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact)),
                   timeoutMs);
}

QJsonObject createBody(const QString &userId)
{
    return {{QStringLiteral("user_id"), userId}, {QStringLiteral("session_name"), QStringLiteral("fault test")}};
}

QJsonObject addQaBody(const QString &sessionId, const QString &questionText, const QString &answer)
{
    return {{QStringLiteral("session_id"), sessionId},
            {QStringLiteral("question_text"), questionText},
            {QStringLiteral("question_type"), QStringLiteral("technical")},
            {QStringLiteral("candidate_answer"), answer},
            {QStringLiteral("interviewer_feedback"), QStringLiteral("ok")},
            {QStringLiteral("overall_score"), 7.5}};
}

QByteArray listProblems(const QStringList &problems)
{
    for (const QString &problem : problems)
        qWarning().noquote() << problem;
    return QStringLiteral("%1 problems, listed above; the first: %2")
        .arg(problems.size())
        .arg(problems.value(0))
        .toUtf8();
}

QString questionId(const QString &sessionId, int position)
{
    return sessionId + QStringLiteral("_q") + QStringLiteral("%1").arg(position, 3, 10, QLatin1Char('0'));
}

} // namespace fault
