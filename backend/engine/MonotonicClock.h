#pragma once

#include <QtGlobal>

#include <chrono>

namespace outflow {

/// Milliseconds on a clock that never jumps: for intervals (flushing, pacing), never for
/// record times. The wall clock can be set back an hour (NTP, a user, a VM restored from a
/// snapshot), and a flush interval measured on it would then keep data invisible that long.
inline qint64 monotonicMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

} // namespace outflow
