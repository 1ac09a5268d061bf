// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "healthcontroller.h"

#include "clock.h"

#include <QDateTime>

namespace ir::http {

HealthController::HealthController(const Clock &clock, std::function<quint16()> port,
                                   std::function<StorageFault()> storageFault)
    : m_clock(clock)
    , m_port(std::move(port))
    , m_storageFault(std::move(storageFault))
    , m_startedAtMs(clock.nowMs())
{ }

void HealthController::registerRoutes(RouteTable &table)
{
    table.add({QStringLiteral("GET"),
               QStringLiteral("/health"),
               [this](const RequestContext &r) { return health(r); },
               false,
               false,
               true,
               {QStringLiteral("healthCheck"),
                QStringLiteral("Health check"),
                QStringLiteral("Service status and database connectivity. status is one of: healthy, unhealthy, "
                               "error. Returns 503 with status unhealthy when the database cannot be used."),
                QStringLiteral("health"),
                {},
                QStringLiteral("HealthResponse"),
                {503}},
               true});
}

QString HealthController::timestamp(qint64 nowMs)
{
    // The same text as wiretime::formatPrecise, without a time-zone lookup per request: the
    // local offset is looked up at most once a second.
    if (nowMs < m_offsetCheckedAtMs || nowMs - m_offsetCheckedAtMs >= 1000) {
        m_offsetSeconds = QDateTime::fromMSecsSinceEpoch(nowMs).offsetFromUtc();
        m_offsetCheckedAtMs = nowMs;
    }
    return QDateTime::fromMSecsSinceEpoch(nowMs, Qt::OffsetFromUTC, m_offsetSeconds)
        .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz000"));
}

HttpReply HealthController::health(const RequestContext &)
{
    const StorageFault fault = m_storageFault();
    const bool healthy = fault == StorageFault::None;
    const qint64 now = m_clock.nowMs();
    const QJsonObject stats {
        {QStringLiteral("service_name"), QStringLiteral("interview-service")},
        {QStringLiteral("port"), int(m_port())},
        {QStringLiteral("database_status"), StorageHealth::wireName(fault)},
        {QStringLiteral("version"), QStringLiteral(IR_VERSION)},
        {QStringLiteral("uptime_seconds"), double(std::max<qint64>(0, now - m_startedAtMs) / 1000)},
    };
    return HttpReply::json(
        QJsonObject {{QStringLiteral("status"), healthy ? QStringLiteral("healthy") : QStringLiteral("unhealthy")},
                     {QStringLiteral("timestamp"), timestamp(now)},
                     {QStringLiteral("database_connected"), healthy},
                     {QStringLiteral("external_services"), QJsonObject()},
                     {QStringLiteral("stats"), stats}},
        healthy ? 200 : 503);
}

} // namespace ir::http
