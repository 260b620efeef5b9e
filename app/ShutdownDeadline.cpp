#include "ShutdownDeadline.h"

#include <cstdio>
#include <unistd.h>

ShutdownDeadline::ShutdownDeadline(std::chrono::seconds limit, const char *program)
{
    m_watcher = std::thread([this, limit, program] {
        std::unique_lock lock(m_mutex);
        if (m_finished.wait_for(lock, limit, [this] { return m_done; })) return;
        std::fprintf(stderr, "%s: graceful shutdown did not finish in %llds; exiting\n", program, static_cast<long long>(limit.count()));
        std::fflush(stderr);
        ::_exit(3);
    });
}

ShutdownDeadline::~ShutdownDeadline()
{
    {
        std::lock_guard lock(m_mutex);
        m_done = true;
    }
    m_finished.notify_all();
    m_watcher.join();
}
