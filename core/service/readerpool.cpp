// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "readerpool.h"

#include <QThread>

#include <algorithm>

namespace ir {

ReaderPool::ReaderPool(StorageHealth *health, int threads)
    : m_health(health)
{
    m_pool.setObjectName(QStringLiteral("ir-readers"));
    m_pool.setMaxThreadCount(std::max(1, threads));
    // A thread that expired would take its open connection (and its prepared statements) along.
    m_pool.setExpiryTimeout(-1);
}

ReaderPool::~ReaderPool()
{
    m_pool.clear();
    m_pool.waitForDone();
}

int ReaderPool::defaultThreadCount()
{
    return std::max(2, QThread::idealThreadCount());
}

void ReaderPool::submit(QObject *context, Work work)
{
    const ContextRelay::Ticket ticket = m_relay.track(context);
    m_pool.start([this, ticket, work = std::move(work)] {
        StorageHealth::takeThreadFault();
        Delivery delivery = work();
        // A read that failed for a lock or a full disk says nothing lasting; these do.
        const StorageFault fault = StorageHealth::takeThreadFault();
        if (m_health
            && (fault == StorageFault::Corrupt || fault == StorageFault::Missing || fault == StorageFault::Unreachable))
            m_health->report(fault);
        m_relay.post(ticket, std::move(delivery));
    });
}

} // namespace ir
