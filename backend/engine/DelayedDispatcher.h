#pragma once

#include <QThread>

#include <chrono>
#include <condition_variable>
#include <functional>
#include <map>
#include <mutex>

namespace outflow {

/// Runs small callbacks after a delay on one background thread. Idle sink workers park here
/// instead of blocking a pool thread in a long poll, so a few pool threads serve many tasks and
/// idle tasks cost nothing but a timer.
class DelayedDispatcher final
{
public:
    DelayedDispatcher();
    ~DelayedDispatcher();
    DelayedDispatcher(const DelayedDispatcher &) = delete;
    DelayedDispatcher &operator=(const DelayedDispatcher &) = delete;

    /// `callback` runs on the dispatcher thread after `delay`; it must be quick (it usually
    /// hands work to a thread pool). Callbacks still pending at destruction run immediately, so
    /// whoever waits for them is released.
    void after(std::chrono::milliseconds delay, std::function<void()> callback);

private:
    void loop();

    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::multimap<std::chrono::steady_clock::time_point, std::function<void()>> m_pending;
    bool m_stopping = false;
    QThread *m_thread;
};

} // namespace outflow
