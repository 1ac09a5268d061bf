// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "contextrelay.h"

#include <QMetaObject>

namespace ir {

ContextRelay::~ContextRelay()
{
    QMutexLocker locker(&m_mutex);
    for (auto &[context, tracked] : m_tracked)
        QObject::disconnect(tracked.destroyed);
    m_tracked.clear();
}

ContextRelay::Ticket ContextRelay::track(QObject *context)
{
    if (!context)
        return {};
    QMutexLocker locker(&m_mutex);
    auto it = m_tracked.find(context);
    if (it == m_tracked.end()) {
        Tracked tracked;
        tracked.generation = m_nextGeneration++;
        // Direct: runs in the destroying thread before ~QObject removes the object's posted events.
        tracked.destroyed = QObject::connect(
            context, &QObject::destroyed, context,
            [this, context] {
                QMutexLocker inner(&m_mutex);
                m_tracked.erase(context);
            },
            Qt::DirectConnection);
        it = m_tracked.emplace(context, tracked).first;
    }
    return Ticket {context, it->second.generation};
}

void ContextRelay::post(const Ticket &ticket, std::function<void()> fn)
{
    if (!ticket.context || !fn)
        return;
    QMutexLocker locker(&m_mutex);
    const auto it = m_tracked.find(ticket.context);
    if (it == m_tracked.end() || it->second.generation != ticket.generation)
        return;
    QMetaObject::invokeMethod(ticket.context, std::move(fn), Qt::QueuedConnection);
}

} // namespace ir
