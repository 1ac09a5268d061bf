// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "serverpanel.h"
#include "ui_serverpanel.h"

#include "messagebox.h"
#include "requestlogmodel.h"
#include "settingskeys.h"
#include "settingsstore.h"

#include <QClipboard>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSettings>

namespace ir::ui {
namespace {

const QString LOOPBACK = QStringLiteral("127.0.0.1");
const QString ALL_INTERFACES = QStringLiteral("0.0.0.0");
const QString DOCKER_BRIDGE = QStringLiteral("172.17.0.1");
const QString DOCKER_HOST = QStringLiteral("host.docker.internal");

// The MCP clients whose configuration the panel writes out.
enum class McpClient { Cursor, ClaudeDesktop };
const QString MCP_SERVER_NAME = QStringLiteral("interview-recorder");

bool isWildcard(const QString &address)
{
    return address == ALL_INTERFACES || address == QStringLiteral("::");
}

QString code(const QString &text)
{
    return QStringLiteral("<code>") + text.toHtmlEscaped() + QStringLiteral("</code>");
}

} // namespace

ServerPanel::ServerPanel(ServerControl &server, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ServerPanel>())
    , m_server(server)
{
    m_ui->setupUi(this);
    m_logModel = new RequestLogModel(this);
    m_ui->requestLogTableView->setModel(m_logModel);
    QHeaderView *header = m_ui->requestLogTableView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(RequestLogModel::Path, QHeaderView::Stretch);
    // The path last: in a narrow dock the status, the error code and the time stay whole, the
    // path (elided in the middle, whole in its tooltip) takes what is left.
    header->moveSection(header->visualIndex(RequestLogModel::Path), RequestLogModel::ColumnCount - 1);
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_ui->curlTextEdit->setFont(fixed);
    m_ui->apiKeyLineEdit->setFont(fixed);
    const QFontMetrics metrics(fixed);
    // Long URLs, keys and JSON lines wrap anywhere: the example never needs a horizontal scroll
    // bar, and never widens the panel (nor the window) past the screen.
    m_ui->curlTextEdit->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_ui->curlTextEdit->setMinimumHeight(metrics.lineSpacing() * 8);
    m_ui->apiKeyLineEdit->setMinimumWidth(metrics.horizontalAdvance(QLatin1Char('M')) * 12);
    m_ui->mcpConfigTextEdit->setFont(fixed);
    m_ui->mcpConfigTextEdit->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_ui->mcpConfigTextEdit->setMinimumHeight(metrics.lineSpacing() * 8);
    m_ui->mcpHeaderLineEdit->setFont(fixed);
    fillBindChoices();
    fillMcpClients();
    loadSettings();

    connect(m_ui->startServerButton, &QPushButton::clicked, this, &ServerPanel::start);
    connect(m_ui->stopServerButton, &QPushButton::clicked, this, &ServerPanel::stop);
    connect(m_ui->bindComboBox, &QComboBox::currentTextChanged, this, [this] {
        saveSettings();
        updateState();
    });
    connect(m_ui->portSpinBox, &QSpinBox::valueChanged, this, [this] {
        saveSettings();
        updateState();
    });
    connect(m_ui->authCheckBox, &QCheckBox::toggled, this, [this] {
        saveSettings();
        updateState();
    });
    connect(m_ui->showKeyButton, &QPushButton::toggled, this, [this](bool shown) {
        m_ui->apiKeyLineEdit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        updateTexts();
    });
    connect(m_ui->copyKeyButton, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_apiKey); });
    connect(m_ui->regenerateKeyButton, &QPushButton::clicked, this, &ServerPanel::regenerateKey);
    connect(m_ui->copyOpenApiButton, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_ui->openApiLineEdit->text()); });
    connect(m_ui->copyCurlButton, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(curlCommand(true)); });
    connect(m_ui->copyEnvButton, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(envLines()); });
    connect(m_ui->copyMcpUrlButton, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_ui->mcpUrlLineEdit->text()); });
    connect(m_ui->copyMcpHeaderButton, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(mcpHeader(true)); });
    connect(m_ui->copyMcpConfigButton, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(mcpClientConfig(true)); });
    connect(m_ui->mcpClientComboBox, &QComboBox::currentIndexChanged, this, &ServerPanel::updateMcpTexts);
    connect(m_ui->clearLogButton, &QPushButton::clicked, m_logModel, &RequestLogModel::clear);
    connect(m_logModel, &QAbstractItemModel::rowsInserted, this, [this] {
        m_ui->requestLogTableView->scrollToBottom();
        m_ui->logCountLabel->setText(tr("%Ln request(s)", nullptr, m_logModel->rowCount()));
    });
    connect(m_logModel, &QAbstractItemModel::modelReset, this, [this] { m_ui->logCountLabel->clear(); });
    // The server may log from its own thread; this receiver lives in the GUI thread.
    connect(&m_server, &ServerControl::requestLogged, m_logModel, &RequestLogModel::append);
    connect(&m_server, &ServerControl::stateChanged, this, &ServerPanel::updateState);
    updateState();
}

ServerPanel::~ServerPanel() = default;

void ServerPanel::fillBindChoices()
{
    const QString current = m_ui->bindComboBox->currentText();
    const QSignalBlocker blocker(m_ui->bindComboBox);
    m_ui->bindComboBox->clear();
    m_ui->bindComboBox->addItem(LOOPBACK);
    m_ui->bindComboBox->setItemData(0, tr("This computer only"), Qt::ToolTipRole);
    m_ui->bindComboBox->addItem(DOCKER_BRIDGE);
    m_ui->bindComboBox->setItemData(1, tr("Docker containers on this computer (Linux docker0 bridge)"),
                                    Qt::ToolTipRole);
    m_ui->bindComboBox->addItem(ALL_INTERFACES);
    m_ui->bindComboBox->setItemData(2, tr("Every network interface"), Qt::ToolTipRole);
    if (!current.isEmpty())
        m_ui->bindComboBox->setCurrentText(current);
}

void ServerPanel::fillMcpClients()
{
    const int current = std::max(0, m_ui->mcpClientComboBox->currentIndex());
    const QSignalBlocker blocker(m_ui->mcpClientComboBox);
    m_ui->mcpClientComboBox->clear();
    m_ui->mcpClientComboBox->addItem(tr("Cursor"), int(McpClient::Cursor));
    m_ui->mcpClientComboBox->addItem(tr("Claude Desktop"), int(McpClient::ClaudeDesktop));
    m_ui->mcpClientComboBox->setCurrentIndex(current);
}

void ServerPanel::loadSettings()
{
    QSettings settings;
    ServerSettings saved = loadServerSettings(settings);
    // The application may have started the server already (main() does, with the command line
    // applied): then the form shows those settings, not only the saved ones.
    const ServerSettings requested = m_server.settings();
    m_startRequested = m_server.state() != ServerState::Stopped || !requested.apiKey.isEmpty();
    m_baseSettings = m_startRequested ? requested : ServerSettings {};
    if (m_startRequested)
        m_runningSettings = requested;
    m_apiKey = m_startRequested ? requested.apiKey : QString();
    if (m_apiKey.isEmpty()) {
        ensureApiKey(settings, saved);
        m_apiKey = saved.apiKey;
    }
    const ServerSettings shown = m_startRequested ? requested : saved;
    const QSignalBlocker bindBlocker(m_ui->bindComboBox);
    const QSignalBlocker portBlocker(m_ui->portSpinBox);
    const QSignalBlocker authBlocker(m_ui->authCheckBox);
    m_ui->bindComboBox->setCurrentText(shown.bindAddress);
    m_ui->portSpinBox->setValue(shown.port);
    m_ui->authCheckBox->setChecked(shown.authEnabled);
    m_ui->apiKeyLineEdit->setText(m_apiKey);
}

void ServerPanel::saveSettings() const
{
    QSettings settings;
    settings.setValue(keys::serverBindAddress(), m_ui->bindComboBox->currentText().trimmed());
    settings.setValue(keys::serverPort(), m_ui->portSpinBox->value());
    settings.setValue(keys::serverAuthEnabled(), m_ui->authCheckBox->isChecked());
    settings.setValue(keys::serverApiKey(), m_apiKey);
}

ServerSettings ServerPanel::formSettings() const
{
    ServerSettings s = m_baseSettings;
    s.bindAddress = m_ui->bindComboBox->currentText().trimmed();
    if (s.bindAddress.isEmpty())
        s.bindAddress = LOOPBACK;
    s.port = quint16(m_ui->portSpinBox->value());
    s.authEnabled = m_ui->authCheckBox->isChecked();
    if (serverSettingsRefusal(s))
        s.authEnabled = true; // the rule wins over the box (which updateState() disables)
    s.apiKey = m_apiKey;
    // Dify in Docker calls us as host.docker.internal.
    const QString dockerHost = DOCKER_HOST + QLatin1Char(':') + QString::number(s.port);
    if (!s.allowedHosts.contains(dockerHost))
        s.allowedHosts << dockerHost;
    return s;
}

void ServerPanel::start()
{
    saveSettings();
    if (m_server.state() == ServerState::Listening)
        m_server.stop();
    m_runningSettings = formSettings();
    m_startRequested = true;
    m_server.start(m_runningSettings);
    updateState();
}

void ServerPanel::stop()
{
    m_server.stop();
    updateState();
}

void ServerPanel::forgetInLog(const QStringList &names)
{
    m_logModel->forget(names);
}

void ServerPanel::startIfWanted()
{
    if (!m_startRequested && m_server.state() == ServerState::Stopped)
        start();
}

void ServerPanel::regenerateKey()
{
    if (!MessageBox::confirm(this, tr("Regenerate API key"),
                             tr("Create a new API key? Workflows using the old key stop working until you "
                                "give them the new one.")))
        return;
    m_apiKey = generateApiKey();
    m_ui->apiKeyLineEdit->setText(m_apiKey);
    saveSettings();
    updateState();
    Q_EMIT apiKeyRegenerated();
}

QString ServerPanel::statusText() const
{
    switch (m_server.state()) {
    case ServerState::Listening:
        return tr("API server listening on %1").arg(m_server.listeningUrl());
    case ServerState::Failed:
        return tr("API server failed: %1").arg(m_server.lastError());
    case ServerState::Stopped:
        break;
    }
    return tr("API server stopped");
}

void ServerPanel::updateState()
{
    const ServerState state = m_server.state();
    const bool listening = state == ServerState::Listening;
    const ServerSettings form = formSettings();
    const bool changed = listening
        && (form.bindAddress != m_runningSettings.bindAddress || form.port != m_runningSettings.port
            || form.authEnabled != m_runningSettings.authEnabled || form.apiKey != m_runningSettings.apiKey);
    m_ui->stateLabel->setText(statusText());
    m_ui->startServerButton->setText(changed ? tr("Rest&art") : tr("S&tart"));
    m_ui->startServerButton->setEnabled(!listening || changed);
    m_ui->stopServerButton->setEnabled(listening);
    m_ui->applyHintLabel->setText(changed ? tr("Restart the server to apply the changes.") : QString());
    m_ui->applyHintLabel->setVisible(changed);

    ServerSettings withoutKey = form;
    withoutKey.authEnabled = false;
    const std::optional<QString> refusal = serverSettingsRefusal(withoutKey);
    m_ui->authCheckBox->setEnabled(!refusal);
    m_ui->authCheckBox->setToolTip(refusal.value_or(QString()));
    if (refusal) {
        const QSignalBlocker blocker(m_ui->authCheckBox);
        m_ui->authCheckBox->setChecked(true);
    }
    // Without auth the key is kept (for when it is switched on again) but not offered.
    m_ui->apiKeyLineEdit->setText(form.authEnabled ? m_apiKey : QString());
    m_ui->apiKeyLineEdit->setPlaceholderText(form.authEnabled ? QString() : tr("not required"));
    m_ui->apiKeyLineEdit->setEnabled(form.authEnabled);
    m_ui->showKeyButton->setEnabled(form.authEnabled);
    m_ui->copyKeyButton->setEnabled(form.authEnabled);
    const bool loopback = isLoopbackAddress(form.bindAddress);
    if (loopback)
        m_ui->bindHintLabel->setText(tr("Only programs on this computer can connect, e.g. Dify installed directly "
                                        "on it."));
    else if (isWildcard(form.bindAddress))
        m_ui->bindHintLabel->setText(tr("Every computer that can reach this one can connect. The API key is "
                                        "required."));
    else
        m_ui->bindHintLabel->setText(tr("Programs that reach this address can connect, e.g. Dify in Docker "
                                        "through the Docker bridge. The API key is required."));
    updateTexts();
    Q_EMIT statusTextChanged(statusText());
}

QString ServerPanel::baseUrl() const
{
    const QString listening = m_server.listeningUrl();
    if (m_server.state() == ServerState::Listening && !listening.isEmpty())
        return listening;
    const ServerSettings s = formSettings();
    QString host = isWildcard(s.bindAddress) ? LOOPBACK : s.bindAddress;
    if (host.contains(QLatin1Char(':')))
        host = QLatin1Char('[') + host + QLatin1Char(']');
    return QStringLiteral("http://") + host + QLatin1Char(':') + QString::number(s.port);
}

QString ServerPanel::curlCommand(bool revealKey) const
{
    // Only the comments follow the UI language: the commands and the JSON bodies (the contract's
    // examples) are exact, and the whole text runs as it is in a POSIX shell.
    const ServerSettings s = formSettings();
    QString headers;
    if (s.authEnabled) {
        const QString key = revealKey ? m_apiKey : QString(m_apiKey.size(), QChar(0x2022));
        headers += QStringLiteral("  -H 'Authorization: Bearer ") + key + QStringLiteral("' \\\n");
    }
    headers += QStringLiteral("  -H 'Content-Type: application/json' \\\n");
    const QString base = baseUrl();
    return QStringLiteral("# ") + tr("Create a session; its session_id is kept in SESSION_ID:")
        + QStringLiteral("\nSESSION_ID=$(curl -sS -X POST '") + base + QStringLiteral("/dify/interview/create' \\\n")
        + headers
        + QStringLiteral("  -d '{\"user_id\": \"user_001\", \"session_name\": \"Python开发工程师面试\", "
                         "\"difficulty_level\": \"medium\"}' \\\n"
                         "  | sed -n 's/.*\"session_id\":\"\\([^\"]*\\)\".*/\\1/p')\n"
                         "echo \"$SESSION_ID\"\n\n# ")
        + tr("Add a question with the candidate's answer and your score to that session:")
        + QStringLiteral("\ncurl -X POST '") + base + QStringLiteral("/dify/interview/add-qa' \\\n") + headers
        + QStringLiteral("  -d @- <<EOF\n"
                         "{\n"
                         "  \"session_id\": \"$SESSION_ID\",\n"
                         "  \"question_text\": \"请介绍一下你最熟悉的编程语言，并说明它的优缺点。\",\n"
                         "  \"question_type\": \"technical\",\n"
                         "  \"question_category\": \"编程基础\",\n"
                         "  \"candidate_answer\": \"我最熟悉Python语言。优点：语法简洁、生态丰富、跨平台。"
                         "缺点：执行速度慢、GIL限制、移动端支持有限。\",\n"
                         "  \"interviewer_feedback\": \"回答全面，体现了对语言的深入理解。\",\n"
                         "  \"overall_score\": 8.5\n"
                         "}\n"
                         "EOF");
}

QString ServerPanel::envLines() const
{
    const QString bind = formSettings().bindAddress;
    const QString ip = isLoopbackAddress(bind) || isWildcard(bind) ? DOCKER_BRIDGE : bind;
    return QStringLiteral("SSRF_PROXY_ALLOW_PRIVATE_IPS=") + ip + QStringLiteral("/32\n")
        + QStringLiteral("SSRF_PROXY_ALLOW_PRIVATE_DOMAINS=") + DOCKER_HOST + QLatin1Char('\n');
}

QString ServerPanel::difyGuideHtml() const
{
    const QString port = QString::number(formSettings().port);
    const QString dockerBase = QStringLiteral("http://") + DOCKER_HOST + QLatin1Char(':') + port;
    QString html = QStringLiteral("<h3>") + tr("Dify running in Docker on this computer").toHtmlEscaped()
        + QStringLiteral("</h3><p>")
        + tr("Containers cannot reach %1 on the host, so the server must listen where Docker can reach it.")
              .toHtmlEscaped()
              .arg(code(LOOPBACK))
        + QStringLiteral("</p><ol><li>")
        + tr("Above, listen on %1 (the Docker bridge on Linux) or %2 (every interface, also reachable from "
             "your network), then restart the server. The API key is then always required.")
              .toHtmlEscaped()
              .arg(code(DOCKER_BRIDGE), code(ALL_INTERFACES))
        + QStringLiteral("</li><li>")
        + tr("In Dify, create a custom tool from the schema URL %1 and choose API key authentication: header "
             "%2, type Bearer, value the key above. HTTP Request nodes use the base URL %3.")
              .toHtmlEscaped()
              .arg(code(dockerBase + QStringLiteral("/openapi.json")), code(QStringLiteral("Authorization")),
                   code(dockerBase))
        + QStringLiteral("</li><li>")
        + tr("On Linux, %1 is not defined inside containers by default: add %2 to the api, worker, "
             "plugin_daemon and ssrf_proxy services of Dify's docker-compose.yaml.")
              .toHtmlEscaped()
              .arg(code(DOCKER_HOST), code(QStringLiteral("extra_hosts: [\"host.docker.internal:host-gateway\"]")))
        + QStringLiteral("</li><li>")
        + tr("Dify sends these requests through its SSRF proxy, which refuses private addresses. Add these "
             "lines to Dify's %1 and run %2:")
              .toHtmlEscaped()
              .arg(code(QStringLiteral("docker/.env")), code(QStringLiteral("docker compose up -d")))
        + QStringLiteral("<pre>") + envLines().toHtmlEscaped() + QStringLiteral("</pre></li></ol>");
    return html;
}

QString ServerPanel::mcpHeader(bool revealKey) const
{
    if (!formSettings().authEnabled)
        return {};
    const QString key = revealKey ? m_apiKey : QString(m_apiKey.size(), QChar(0x2022));
    return QStringLiteral("Authorization: Bearer ") + key;
}

QString ServerPanel::mcpClientConfig(bool revealKey) const
{
    // Written by hand rather than by QJsonDocument: the keys in the order the clients document
    // them (url first), two-space indents that fit the narrow panel.
    const auto quoted = [](const QString &text) {
        const QByteArray array = QJsonDocument(QJsonArray {text}).toJson(QJsonDocument::Compact);
        return QString::fromUtf8(array.mid(1, array.size() - 2));
    };
    const QString url = baseUrl() + QStringLiteral("/mcp");
    const QString header = mcpHeader(revealKey);
    QStringList lines;
    if (McpClient(m_ui->mcpClientComboBox->currentData().toInt()) == McpClient::ClaudeDesktop) {
        // Claude Desktop's configuration file starts local (stdio) servers only: the mcp-remote
        // bridge connects it to a Streamable HTTP server.
        QStringList args {quoted(QStringLiteral("-y")), quoted(QStringLiteral("mcp-remote")), quoted(url)};
        if (!header.isEmpty())
            args << quoted(QStringLiteral("--header")) << quoted(header);
        lines << QStringLiteral("      \"command\": \"npx\",")
              << QStringLiteral("      \"args\": [\n        ") + args.join(QStringLiteral(",\n        "))
                + QStringLiteral("\n      ]");
    } else {
        lines << QStringLiteral("      \"url\": ") + quoted(url) + (header.isEmpty() ? QString() : QStringLiteral(","));
        if (!header.isEmpty())
            lines << QStringLiteral("      \"headers\": {\n        \"Authorization\": ")
                    + quoted(header.mid(header.indexOf(u':') + 2)) + QStringLiteral("\n      }");
    }
    return QStringLiteral("{\n  \"mcpServers\": {\n    ") + quoted(MCP_SERVER_NAME) + QStringLiteral(": {\n")
        + lines.join(u'\n') + QStringLiteral("\n    }\n  }\n}");
}

void ServerPanel::updateMcpTexts()
{
    const bool auth = formSettings().authEnabled;
    const bool reveal = m_ui->showKeyButton->isChecked();
    m_ui->mcpUrlLineEdit->setText(baseUrl() + QStringLiteral("/mcp"));
    m_ui->mcpHeaderLabel->setText(auth ? tr("In Dify: Tools → MCP → Add MCP Server (HTTP), with the URL above and "
                                            "this header (the API key):")
                                       : tr("In Dify: Tools → MCP → Add MCP Server (HTTP), with the URL above. No "
                                            "header is needed: the API key is not required."));
    m_ui->mcpHeaderLineEdit->setText(mcpHeader(reveal));
    m_ui->mcpHeaderLineEdit->setEnabled(auth);
    m_ui->copyMcpHeaderButton->setEnabled(auth);
    const bool claude = McpClient(m_ui->mcpClientComboBox->currentData().toInt()) == McpClient::ClaudeDesktop;
    m_ui->mcpConfigHintLabel->setText(
        claude ? tr("In claude_desktop_config.json (Settings → Developer → Edit Config); it runs the mcp-remote "
                    "bridge through npx, which needs Node.js.")
               : tr("In ~/.cursor/mcp.json, or .cursor/mcp.json in a project."));
    m_ui->mcpConfigTextEdit->setPlainText(mcpClientConfig(reveal));
}

void ServerPanel::updateTexts()
{
    m_ui->openApiLineEdit->setText(baseUrl() + QStringLiteral("/openapi.json"));
    m_ui->curlTextEdit->setPlainText(curlCommand(m_ui->showKeyButton->isChecked()));
    m_ui->difyGuideBrowser->setHtml(difyGuideHtml());
    updateMcpTexts();
}

void ServerPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        m_logModel->retranslate();
        fillBindChoices();
        fillMcpClients();
        updateState();
    }
    QWidget::changeEvent(event);
}

} // namespace ir::ui
