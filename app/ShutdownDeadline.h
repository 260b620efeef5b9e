#pragma once

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

/// Last resort while stopping: ends the process (exit status 3) when the graceful shutdown it
/// guards has not finished within the limit. Safe for the data: whatever was not committed is an
/// uncommitted temporary file, and the next run resumes from the warehouse. librdkafka 2.0's
/// consumer close has no deadline of its own, and neither a server's stop nor a closed console
/// may hang forever. Disarmed when it goes out of scope.
class ShutdownDeadline final
{
public:
    /// What both executables allow a graceful stop: committing every open file and leaving the
    /// consumer groups takes seconds even with dozens of tasks.
    static constexpr std::chrono::seconds kDefaultLimit{120};

    ShutdownDeadline(std::chrono::seconds limit, const char *program);
    ~ShutdownDeadline();
    ShutdownDeadline(const ShutdownDeadline &) = delete;
    ShutdownDeadline &operator=(const ShutdownDeadline &) = delete;

private:
    std::mutex m_mutex;
    std::condition_variable m_finished;
    bool m_done = false;
    std::thread m_watcher;
};
