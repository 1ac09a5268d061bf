// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "faultserver.h"

#include "faultsupport.h"

#include <csignal>
#include <sys/resource.h>

#include <QFile>
#include <QTest>

namespace fault {
namespace {

constexpr qsizetype OUTPUT_KEPT_BYTES = 256 * 1024;

} // namespace

FaultServer::FaultServer(QString dataDir, QString homeDir, QStringList extraArguments, QObject *parent)
    : QObject(parent)
    , m_dataDir(std::move(dataDir))
    , m_homeDir(std::move(homeDir))
    , m_extraArguments(std::move(extraArguments))
{
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &FaultServer::collectOutput);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // Settings go to the private home, never to the user's; no display is needed or wanted.
    environment.insert(QStringLiteral("HOME"), m_homeDir);
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_homeDir + QStringLiteral("/config"));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_homeDir + QStringLiteral("/share"));
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    m_process.setProcessEnvironment(environment);
    // The test process may have raised its own descriptor limit for its client sockets; the server
    // runs with the limit it would have had without the test.
    m_process.setChildProcessModifier([] {
        const rlimit original = originalFileLimit();
        ::setrlimit(RLIMIT_NOFILE, &original);
    });
}

FaultServer::~FaultServer()
{
    if (isRunning())
        kill();
}

QString FaultServer::databasePath() const
{
    return m_dataDir + QStringLiteral("/interview-recorder.db");
}

bool FaultServer::start(QString *error)
{
    // A free port can be taken by someone else before the server binds it: try a few.
    for (int attempt = 0; attempt < 3; ++attempt) {
        m_port = freePort();
        const qsizetype mark = m_output.size();
        // A postgresql:// URL instead of a folder: the same binary in team mode.
        const bool team = m_dataDir.startsWith(QStringLiteral("postgresql://"));
        QStringList arguments {QStringLiteral("--headless"),
                               QStringLiteral("--no-auth"),
                               QStringLiteral("--port"),
                               QString::number(m_port),
                               team ? QStringLiteral("--database") : QStringLiteral("--data-dir"),
                               m_dataDir};
        arguments += m_extraArguments;
        m_output += "=== start " + arguments.join(u' ').toUtf8() + '\n';
        m_process.start(QStringLiteral(IR_APP_BINARY), arguments);
        if (!m_process.waitForStarted(10'000)) {
            *error = QStringLiteral("the binary did not start: ") + m_process.errorString();
            return false;
        }
        bool answered = false;
        QTest::qWaitFor(
            [&] {
                answered = request(m_port, httpGet(QStringLiteral("/health")), 1000).status != 0;
                return answered || !isRunning();
            },
            START_TIMEOUT_MS);
        if (answered)
            return true;
        if (isRunning()) {
            kill();
            *error = QStringLiteral("/health did not answer within %1 ms").arg(START_TIMEOUT_MS);
            return false;
        }
        m_process.waitForFinished(1000);
        collectOutput();
        if (!m_output.mid(mark).contains("already in use"))
            break;
    }
    *error = QStringLiteral("the server exited (code %1) before serving:\n%2")
                 .arg(m_process.exitCode())
                 .arg(QString::fromUtf8(m_output.right(4000)));
    return false;
}

bool FaultServer::stop(int timeoutMs)
{
    if (!isRunning())
        return true;
    m_process.terminate();
    const bool exited = m_process.waitForFinished(timeoutMs);
    if (!exited) {
        m_output += "=== did not exit on SIGTERM within " + QByteArray::number(timeoutMs) + " ms\n";
        kill();
    }
    collectOutput();
    m_output += "=== stopped, exit code " + QByteArray::number(m_process.exitCode()) + '\n';
    return exited;
}

void FaultServer::kill()
{
    if (!isRunning())
        return;
    ::kill(pid_t(m_process.processId()), SIGKILL);
    m_process.waitForFinished(10'000);
    collectOutput();
    m_output += "=== killed (SIGKILL)\n";
}

bool FaultServer::isRunning() const
{
    return m_process.state() != QProcess::NotRunning;
}

QByteArray FaultServer::output()
{
    collectOutput();
    return m_output;
}

qint64 FaultServer::rssKiB() const
{
    QFile status(QStringLiteral("/proc/%1/status").arg(m_process.processId()));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').constFirst().toLongLong();
    }
    return -1;
}

void FaultServer::collectOutput()
{
    m_output += m_process.readAll();
    if (m_output.size() > OUTPUT_KEPT_BYTES)
        m_output.remove(0, m_output.size() - OUTPUT_KEPT_BYTES);
}

} // namespace fault
