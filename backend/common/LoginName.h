#pragma once

#include <QString>

namespace outflow {

/// Who is acting, for the action history ("gui:alice", "cli:alice"): $USER, else $LOGNAME, else
/// the account of this process's user id (services and cron jobs often run without either
/// variable), else the numeric uid. Never "unknown": a shared catalog must tell people apart.
QString loginName();

} // namespace outflow
