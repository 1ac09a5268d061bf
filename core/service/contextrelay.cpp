// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "contextrelay.h"

#include <QMetaObject>
#include <QPointer>

#include <algorithm>

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

bool ContextRelay::isAlive(const Ticket &ticket) const
{
    const auto it = m_tracked.find(ticket.context);
    return it != m_tracked.end() && it->second.generation == ticket.generation;
}

void ContextRelay::post(const Ticket &ticket, std::function<void()> fn)
{
    if (!ticket.context || !fn)
        return;
    QMutexLocker locker(&m_mutex);
    if (!isAlive(ticket))
        return;
    QMetaObject::invokeMethod(ticket.context, std::move(fn), Qt::QueuedConnection);
}

void ContextRelay::postInOrder(std::vector<Item> items)
{
    std::vector<std::pair<Ticket, std::vector<std::function<void()>>>> groups;
    for (auto &[ticket, fn] : items) {
        if (!ticket.context || !fn)
            continue;
        auto group = std::find_if(groups.begin(), groups.end(), [&](const auto &g) {
            return g.first.context == ticket.context && g.first.generation == ticket.generation;
        });
        if (group == groups.end())
            group = groups.insert(groups.end(), {ticket, {}});
        group->second.push_back(std::move(fn));
    }
    QMutexLocker locker(&m_mutex);
    for (auto &[ticket, fns] : groups) {
        if (!isAlive(ticket))
            continue;
        // Made under the lock, while the object's destructor (if it has begun) waits for it.
        const QPointer<QObject> alive(ticket.context);
        QMetaObject::invokeMethod(
            ticket.context,
            [alive, fns = std::move(fns)] {
                for (const auto &fn : fns) {
                    if (!alive)
                        return;
                    fn();
                }
            },
            Qt::QueuedConnection);
    }
}

} // namespace ir
