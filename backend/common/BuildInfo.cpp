#include "common/BuildInfo.h"

#include <librdkafka/rdkafkacpp.h>

#include <QtGlobal>

namespace outflow::BuildInfo {

QString version()
{
    // Both come from CMake at configure time (see backend/CMakeLists.txt); an export without
    // .git has no describe.
    const QString describe = QStringLiteral(OUTFLOW_GIT_DESCRIBE);
    const QString base = QStringLiteral(OUTFLOW_VERSION);
    return describe.isEmpty() ? base : QStringLiteral("%1 (%2)").arg(base, describe);
}

QString librdkafkaVersion()
{
    return QString::fromStdString(RdKafka::version_str());
}

QString versionText(const QString &program)
{
    return QStringLiteral("%1 %2\nQt %3\nlibrdkafka %4\n").arg(program, version(), QString::fromLatin1(qVersion()), librdkafkaVersion());
}

} // namespace outflow::BuildInfo
