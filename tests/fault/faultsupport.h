// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rawconnection.h"

#include <sys/resource.h>

#include <QByteArray>
#include <QJsonObject>
#include <QString>

// Helpers the fault tests share: request bytes, one-shot requests, the command line, limits.
namespace fault {

inline constexpr int REQUEST_TIMEOUT_MS = 10'000;

quint16 freePort();

// Raises this process's RLIMIT_NOFILE soft limit to at least wanted (and the hard limit when
// allowed); false if it cannot. originalFileLimit() is the limit before the first raise, which
// FaultServer gives back to the server it starts.
bool raiseFileLimit(rlim_t wanted, QString *error);
rlimit originalFileLimit();

// The bytes of one HTTP/1.1 request with a correct Host header for the port.
QByteArray httpRequest(quint16 port, const QByteArray &method, const QString &path, const QByteArray &body = {},
                       const QByteArray &extraHeaders = {});
// The same as httpRequest() without the port: "%HOST%" in the result stands for the Host value.
QByteArray httpGet(const QString &path);
QByteArray withHost(QByteArray request, quint16 port);

// One request on a fresh connection; status 0 if nothing complete came back in time.
HttpResponse request(quint16 port, const QByteArray &bytes, int timeoutMs = REQUEST_TIMEOUT_MS);
HttpResponse get(quint16 port, const QString &path, int timeoutMs = REQUEST_TIMEOUT_MS);
HttpResponse postJson(quint16 port, const QString &path, const QJsonObject &body, int timeoutMs = REQUEST_TIMEOUT_MS);

QJsonObject createBody(const QString &userId);
QJsonObject addQaBody(const QString &sessionId, const QString &questionText, const QString &answer);
// Logs each problem on its own line (QTest cuts long failure messages) and joins them.
QByteArray listProblems(const QStringList &problems);

// "<session_id>_q<NNN>"
QString questionId(const QString &sessionId, int position);

} // namespace fault
