#include "DurationText.h"

namespace outflow {

QString DurationText::format(qint64 ms)
{
    if (ms < 0) return QStringLiteral("—");
    const qint64 s = ms / 1000;
    if (s < 60) return tr("%1 s").arg(s);
    if (s < 3600) return tr("%1 min %2 s").arg(s / 60).arg(s % 60);
    if (s < 86400) return tr("%1 h %2 min").arg(s / 3600).arg(s % 3600 / 60);
    return tr("%1 d %2 h").arg(s / 86400).arg(s % 86400 / 3600);
}

} // namespace outflow
