#pragma once

namespace outflow::FaultInjection {

/// Crash-test hook. When the environment variable OUTFLOW_FAULT is `<name>:<n>`, the n-th time
/// the point `name` is reached the process kills itself with SIGKILL — exactly what `kill -9`
/// at that moment would do. Unset (always, outside the crash tests) it costs one branch.
///
/// Points: `mid-write` (a record was written to an open temporary file), `before-rename` (a
/// file is synced but not yet renamed), `after-rename` (a file is committed, its Kafka offset
/// not yet), `revoke` (partitions are being revoked in a rebalance, files committed, offsets not).
void point(const char *name);

} // namespace outflow::FaultInjection
