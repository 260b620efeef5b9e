#include "Output.h"

namespace outflow::cli {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

int failWith(const QString &message)
{
    QTextStream err(stderr);
    // One line, so scripts can log or grep the reason whole.
    err << "outflow-engine: " << QString(message).replace(u'\n', u' ') << Qt::endl;
    return 1;
}

} // namespace outflow::cli
