// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QObject>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace fault {

// The real `interview-recorder --headless --no-auth` binary on a free loopback port and a given
// data folder, with its settings in a private home. Keeps the tail of what it prints so a failed
// test can show it.
class FaultServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FaultServer)

public:
    static constexpr int START_TIMEOUT_MS = 20'000;

    // dataDir: the SQLite data folder, or a postgresql:// URL (team mode, --database).
    FaultServer(QString dataDir, QString homeDir, QStringList extraArguments = {}, QObject *parent = nullptr);
    ~FaultServer() override;

    // Starts the binary and waits until /health answers (with any status); false with the reason.
    bool start(QString *error);
    // SIGTERM, then SIGKILL if it has not exited within timeoutMs; true if it exited on its own.
    bool stop(int timeoutMs = 10'000);
    // SIGKILL, and wait until it is gone.
    void kill();

    bool isRunning() const;
    quint16 port() const { return m_port; }
    qint64 pid() const { return m_process.processId(); }
    QString dataDir() const { return m_dataDir; }
    QString databasePath() const;
    // What the server printed (stdout and stderr), the last few hundred KiB.
    QByteArray output();
    // Resident set size from /proc/<pid>/status, in KiB (-1 if unknown).
    qint64 rssKiB() const;

private:
    void collectOutput();

    QString m_dataDir;
    QString m_homeDir;
    QStringList m_extraArguments;
    QProcess m_process;
    quint16 m_port = 0;
    QByteArray m_output;
};

} // namespace fault
