#pragma once

#include <QString>
#include <QStringList>

/// One `outflow-engine --catalog CATALOG <args>` command run to its end, for tests of the
/// command-line contract (PRODUCT.md section 7): what it printed on each stream and its exit
/// code (-1 when it crashed or ran past two minutes).
struct EngineCli
{
    int exitCode = -1;
    QString out;
    QString err;

    static EngineCli run(const QString &catalog, const QStringList &args);
    /// Exit code and both streams, for failure messages.
    QString describe() const;
};
