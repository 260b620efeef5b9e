#include "FaultInjection.h"

#include <QByteArray>

#include <atomic>
#include <csignal>
#include <cstring>
#include <unistd.h>

namespace outflow::FaultInjection {

namespace {
struct Plan
{
    QByteArray name;
    long hitsLeft = 0;
};

const Plan &plan()
{
    static const Plan p = [] {
        Plan out;
        const QByteArray spec = qgetenv("OUTFLOW_FAULT");
        const qsizetype colon = spec.lastIndexOf(':');
        if (colon > 0) {
            out.name = spec.left(colon);
            out.hitsLeft = spec.mid(colon + 1).toLong();
        }
        return out;
    }();
    return p;
}

std::atomic<long> g_hits{0};
} // namespace

void point(const char *name)
{
    const Plan &p = plan();
    if (p.name.isEmpty() || p.name != name) return;
    if (g_hits.fetch_add(1) + 1 >= p.hitsLeft) {
        static const char message[] = "outflow-engine: fault injection: SIGKILL\n";
        (void)::write(2, message, sizeof message - 1);
        ::kill(::getpid(), SIGKILL);
    }
}

} // namespace outflow::FaultInjection
