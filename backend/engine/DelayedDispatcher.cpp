#include "DelayedDispatcher.h"

namespace outflow {

DelayedDispatcher::DelayedDispatcher() : m_thread(QThread::create([this] { loop(); }))
{
    m_thread->setObjectName(QStringLiteral("outflow-dispatcher"));
    m_thread->start();
}

DelayedDispatcher::~DelayedDispatcher()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    m_thread->wait();
    delete m_thread;
}

void DelayedDispatcher::after(std::chrono::milliseconds delay, std::function<void()> callback)
{
    {
        std::lock_guard lock(m_mutex);
        m_pending.emplace(std::chrono::steady_clock::now() + delay, std::move(callback));
    }
    m_wake.notify_all();
}

void DelayedDispatcher::loop()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        if (m_stopping) break;
        if (m_pending.empty()) {
            m_wake.wait(lock);
            continue;
        }
        const auto due = m_pending.begin()->first;
        if (std::chrono::steady_clock::now() < due) {
            m_wake.wait_until(lock, due);
            continue;
        }
        auto callback = std::move(m_pending.begin()->second);
        m_pending.erase(m_pending.begin());
        lock.unlock();
        callback();
        lock.lock();
    }
    while (!m_pending.empty()) {
        auto callback = std::move(m_pending.begin()->second);
        m_pending.erase(m_pending.begin());
        lock.unlock();
        callback();
        lock.lock();
    }
}

} // namespace outflow
