// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "servercontrol.h"

#include <QWidget>

#include <memory>

namespace Ui {
class ServerPanel;
}

namespace ir::ui {

class RequestLogModel;

// The embedded HTTP server: state, start/stop, address and port, the API key (masked; show,
// copy, regenerate), how to connect (curl, OpenAPI URL, Dify in Docker, AI agents over MCP) and
// the request log.
// Its settings persist in QSettings.
class ServerPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerPanel)

public:
    explicit ServerPanel(ServerControl &server, QWidget *parent = nullptr);
    ~ServerPanel() override;

    // The settings the form shows (and the server starts with).
    ServerSettings formSettings() const;
    // One line for the status bar.
    QString statusText() const;
    RequestLogModel *logModel() const { return m_logModel; }
    // Starts the server with the saved settings unless the application already asked it to start.
    void startIfWanted();

    void start();
    void stop();
    // An erased person's user id and session ids leave the request log.
    void forgetInLog(const QStringList &names);

Q_SIGNALS:
    // The API key was regenerated (the audit log records it).
    void apiKeyRegenerated();
    void statusTextChanged(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void loadSettings();
    void saveSettings() const;
    void regenerateKey();
    void updateState();
    void updateTexts();
    QString baseUrl() const;
    QString curlCommand(bool revealKey) const;
    QString envLines() const;
    QString difyGuideHtml() const;
    void fillBindChoices();
    void fillMcpClients();
    // The Authorization header line for MCP clients; empty without auth.
    QString mcpHeader(bool revealKey) const;
    // The MCP client configuration the client chooser names (Cursor, Claude Desktop).
    QString mcpClientConfig(bool revealKey) const;
    void updateMcpTexts();

    std::unique_ptr<Ui::ServerPanel> m_ui;
    ServerControl &m_server;
    RequestLogModel *m_logModel = nullptr;
    QString m_apiKey;
    ServerSettings m_runningSettings;
    // What the application started the server with (command-line overrides, allowed hosts and
    // origins, public URL): the form changes only what it shows.
    ServerSettings m_baseSettings;
    bool m_startRequested = false;
};

} // namespace ir::ui
