#pragma once

#include "catalog/ClusterConfig.h"
#include "catalog/TaskDefinition.h"

namespace outflow {

/// The kcat command line that reads a task's source the way the task does, for pasting into a
/// terminal when a user wants to look at the topic with an independent client.
class KcatCommand final
{
public:
    /// `kcat -b <bootstrap> -C -t <topic> -o <start> -e` plus the cluster's security settings
    /// and extra properties as `-X`. The SASL password is never written out: the command reads
    /// it from $KAFKA_PASSWORD, so the clipboard does not leak it.
    static QString forSource(const ClusterConfig &cluster, const SourceSpec &source);

    /// `value` as one POSIX shell word.
    static QString shellQuote(const QString &value);
};

} // namespace outflow
