// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "loadclient.h"

#include "faultsupport.h"
#include "writeledger.h"

#include <QJsonDocument>

namespace fault {

LoadClient::LoadClient(quint16 port, QString name, WriteLedger &ledger, int questionsPerSession, QObject *parent)
    : QObject(parent)
    , m_port(port)
    , m_name(std::move(name))
    , m_ledger(ledger)
    , m_questionsPerSession(questionsPerSession)
{
    connect(&m_connection, &RawConnection::responseReceived, this, &LoadClient::onResponse);
}

void LoadClient::start()
{
    m_connection.open(m_port);
    sendNext();
}

void LoadClient::sendNext()
{
    QJsonObject body;
    QString path;
    if (m_session.isEmpty() || m_questionCount >= m_questionsPerSession) {
        m_pendingUser = QStringLiteral("%1_u%2").arg(m_name).arg(m_sessionCount);
        m_pendingText.clear();
        path = QStringLiteral("/dify/interview/create");
        body = createBody(m_pendingUser);
    } else {
        m_pendingText = QStringLiteral("%1 question %2").arg(m_name).arg(++m_sent);
        path = QStringLiteral("/dify/interview/add-qa");
        body = addQaBody(m_session, m_pendingText, QStringLiteral("answer to ") + m_pendingText);
    }
    m_connection.send(httpRequest(m_port, "POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact)));
}

void LoadClient::onResponse()
{
    while (m_handled < m_connection.responses().size()) {
        const HttpResponse &reply = m_connection.responses().at(m_handled++);
        const QJsonObject json = reply.json();
        const bool create = m_pendingText.isEmpty();
        if (reply.status == 200) {
            ++m_acknowledged;
            if (create) {
                m_session = json.value(QStringLiteral("session_id")).toString();
                m_ledger.acknowledgeSession(m_session);
                m_questionCount = 0;
                ++m_sessionCount;
            } else {
                m_ledger.acknowledgeQuestion(m_session, json.value(QStringLiteral("question_id")).toString(),
                                             m_pendingText);
                ++m_questionCount;
            }
        } else {
            if (create) {
                m_ledger.refuseSession(m_pendingUser);
                ++m_sessionCount; // a fresh user next time
            } else {
                m_ledger.refuseQuestion(m_session, m_pendingText);
            }
            m_unexpected << (create ? m_pendingUser : m_pendingText) + QStringLiteral(": ")
                    + QString::fromUtf8(reply.describe());
        }
    }
    if (!m_connection.isClosed())
        sendNext();
}

} // namespace fault
