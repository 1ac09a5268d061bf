// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "contextrelay.h"

#include <QAbstractEventDispatcher>
#include <QTest>
#include <QThread>

#include <memory>

using namespace ir;

// Counts the events an object receives, to see how many a batch of replies costs.
class EventCounter final : public QObject
{
public:
    int metaCalls = 0;

protected:
    bool event(QEvent *event) override
    {
        if (event->type() == QEvent::MetaCall)
            ++metaCalls;
        return QObject::event(event);
    }
};

class TestContextRelay final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void postRunsOnTheContextsThread();
    void postInOrderIsOneEventPerContextInOrder();
    void postInOrderStopsWhenTheContextIsDestroyed();
    void nothingReachesADestroyedContext();
};

void TestContextRelay::postRunsOnTheContextsThread()
{
    ContextRelay relay;
    QObject context;
    const ContextRelay::Ticket ticket = relay.track(&context);
    QThread *ranOn = nullptr;
    std::unique_ptr<QThread> poster(
        QThread::create([&] { relay.post(ticket, [&] { ranOn = QThread::currentThread(); }); }));
    poster->start();
    QVERIFY(poster->wait(10'000));
    QTRY_COMPARE(ranOn, QThread::currentThread());
}

void TestContextRelay::postInOrderIsOneEventPerContextInOrder()
{
    ContextRelay relay;
    EventCounter first;
    EventCounter second;
    const ContextRelay::Ticket a = relay.track(&first);
    const ContextRelay::Ticket b = relay.track(&second);
    QStringList ran;
    std::vector<ContextRelay::Item> items;
    for (int i = 0; i < 5; ++i) {
        items.emplace_back(a, [&ran, i] { ran << QStringLiteral("a%1").arg(i); });
        items.emplace_back(b, [&ran, i] { ran << QStringLiteral("b%1").arg(i); });
    }
    relay.postInOrder(std::move(items));
    QTRY_COMPARE(ran.size(), 10);
    QCOMPARE(first.metaCalls, 1);
    QCOMPARE(second.metaCalls, 1);
    QStringList ofA = ran.filter(QStringLiteral("a"));
    QCOMPARE(ofA, (QStringList {u"a0"_qs, u"a1"_qs, u"a2"_qs, u"a3"_qs, u"a4"_qs}));
    QStringList ofB = ran.filter(QStringLiteral("b"));
    QCOMPARE(ofB, (QStringList {u"b0"_qs, u"b1"_qs, u"b2"_qs, u"b3"_qs, u"b4"_qs}));
}

void TestContextRelay::postInOrderStopsWhenTheContextIsDestroyed()
{
    ContextRelay relay;
    auto *context = new QObject;
    const ContextRelay::Ticket ticket = relay.track(context);
    int ran = 0;
    bool last = false;
    std::vector<ContextRelay::Item> items;
    items.emplace_back(ticket, [&] { ++ran; });
    items.emplace_back(ticket, [&] {
        ++ran;
        delete context; // a reply that closes its window, say
    });
    items.emplace_back(ticket, [&] { last = true; });
    relay.postInOrder(std::move(items));
    QTRY_COMPARE(ran, 2);
    QCoreApplication::processEvents();
    QVERIFY(!last);
}

void TestContextRelay::nothingReachesADestroyedContext()
{
    ContextRelay relay;
    auto context = std::make_unique<QObject>();
    const ContextRelay::Ticket ticket = relay.track(context.get());
    context.reset();
    // A new object may take the same address: it must not get the dead one's replies.
    auto successor = std::make_unique<QObject>();
    relay.track(successor.get());
    bool called = false;
    relay.post(ticket, [&] { called = true; });
    relay.postInOrder({{ticket, [&] { called = true; }}});
    int sentinel = 0;
    relay.post(relay.track(successor.get()), [&] { sentinel = 1; });
    QTRY_COMPARE(sentinel, 1);
    QVERIFY(!called);
}

QTEST_GUILESS_MAIN(TestContextRelay)
#include "tst_contextrelay.moc"
