// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMutex>
#include <QObject>

#include <functional>
#include <unordered_map>
#include <utility>
#include <vector>

namespace ir {

// Hands results computed on a worker thread (the writer, a reader) back to the object that asked
// for them, on that object's own thread, and drops them once the object is gone. A QPointer
// checked on the worker thread is not enough: the object may be destroyed between the check and
// the post. Here the post and the object's `destroyed` (connected directly) take the same lock,
// and Qt discards events still queued for an object when it is deleted.
class ContextRelay final
{
public:
    // Identifies one object for as long as it lives (an address can be reused by a later object).
    struct Ticket
    {
        QObject *context = nullptr;
        quint64 generation = 0;
    };

    ContextRelay() = default;
    ~ContextRelay();
    Q_DISABLE_COPY_MOVE(ContextRelay)

    // Call on any thread while context is alive (normally its own thread, when it submits work).
    Ticket track(QObject *context);
    // Any thread: runs fn on the ticket's object's thread, unless that object has been destroyed.
    void post(const Ticket &ticket, std::function<void()> fn);
    // Any thread: like post() for each, but one event per object for all of its functions (a
    // batch of 64 writes wakes the HTTP thread once, not 64 times). They run in the given order;
    // those after one that destroyed their object do not run.
    using Item = std::pair<Ticket, std::function<void()>>;
    void postInOrder(std::vector<Item> items);

private:
    // The ticket's object still lives (m_mutex held).
    bool isAlive(const Ticket &ticket) const;
    struct Tracked
    {
        quint64 generation = 0;
        QMetaObject::Connection destroyed;
    };
    QMutex m_mutex;
    std::unordered_map<QObject *, Tracked> m_tracked;
    quint64 m_nextGeneration = 1;
};

} // namespace ir
