#pragma once

#include <QString>
#include <QTextStream>

namespace outflow::cli {

/// The command's results (stdout, UTF-8).
QTextStream &out();
/// Prints `outflow-engine: <message>` as one line on stderr and returns the failure exit code.
int failWith(const QString &message);

} // namespace outflow::cli
