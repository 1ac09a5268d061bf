// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "contextrelay.h"
#include "storagehealth.h"

#include <QThreadPool>

#include <functional>

namespace ir {

// The threads that run reads: each keeps its own database connection (Database opens one per
// thread, and these threads never expire), and WAL lets them all read while the writer writes.
// A slow read occupies one of them and delays nobody else's thread: the HTTP thread hands a
// read here and goes on serving.
class ReaderPool final
{
public:
    using Delivery = std::function<void()>;
    // Runs on a reader thread; returns what to run on the submitter's thread.
    using Work = std::function<Delivery()>;

    // Faults the reads meet (a corrupt page, a vanished file) are reported to health, if given.
    explicit ReaderPool(StorageHealth *health = nullptr, int threads = defaultThreadCount());
    // Waits for the reads that are running; queued ones are dropped.
    ~ReaderPool();
    Q_DISABLE_COPY_MOVE(ReaderPool)

    // The number of cores, at least 2.
    static int defaultThreadCount();
    int threadCount() const { return m_pool.maxThreadCount(); }

    // Queues work; its delivery runs on context's thread, unless context is destroyed first.
    // Call on context's thread.
    void submit(QObject *context, Work work);

private:
    StorageHealth *m_health = nullptr;
    ContextRelay m_relay;
    QThreadPool m_pool;
};

} // namespace ir
