// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace ir {

// How the embedded HTTP server is to listen.
struct ServerSettings
{
    QString bindAddress = QStringLiteral("127.0.0.1");
    quint16 port = 8006;
    bool authEnabled = true;
    QString apiKey;
    QString publicUrl; // base URL for /openapi.json's servers; empty = the listening address
    QStringList allowedHosts; // extra Host values (host:port) accepted while bound to loopback
    QStringList allowedOrigins; // Origin values allowed to call the API (CORS)
};

enum class ServerState { Stopped, Listening, Failed };

// One line of the request log (never carries the API key).
struct RequestLogEntry
{
    qint64 timeMs = 0; // UTC epoch milliseconds
    QString method;
    QString path;
    int status = 0;
    double elapsedMs = 0;
    QString errorCode; // a failed request's error_code (e.g. SESSION_NOT_FOUND), else empty
};

// What the window needs of the HTTP server, so that ui/ never includes http/: the app wires
// the real server (running on its own thread) to this interface.
class ServerControl : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    virtual ServerState state() const = 0;
    virtual ServerSettings settings() const = 0;
    // e.g. http://127.0.0.1:8006 while listening, else empty.
    virtual QString listeningUrl() const = 0;
    // Why the last start failed (e.g. the port is in use), translated for people.
    virtual QString lastError() const = 0;

    // Asynchronous: the outcome arrives as stateChanged.
    virtual void start(const ServerSettings &settings) = 0;
    virtual void stop() = 0;

Q_SIGNALS:
    void stateChanged(ir::ServerState state);
    void requestLogged(const ir::RequestLogEntry &entry);
};

// A new API key: 32 random bytes from the system's secure generator, base64url without padding.
QString generateApiKey();
bool isLoopbackAddress(const QString &address);
// The one rule on what the server may serve, checked by the command line, the window's panel
// and the server's start: without the API key only on a loopback address. Returns why the
// settings are refused (translated for people), or nullopt when they may be served.
std::optional<QString> serverSettingsRefusal(const ServerSettings &settings);

} // namespace ir

Q_DECLARE_METATYPE(ir::RequestLogEntry)
Q_DECLARE_METATYPE(ir::ServerState)
