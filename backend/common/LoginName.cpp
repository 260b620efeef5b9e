#include "LoginName.h"

#include <pwd.h>
#include <unistd.h>

namespace outflow {

QString loginName()
{
    for (const char *variable : {"USER", "LOGNAME"}) {
        const QString value = qEnvironmentVariable(variable).trimmed();
        if (!value.isEmpty()) return value;
    }
    if (const passwd *account = ::getpwuid(::getuid()); account && account->pw_name && *account->pw_name)
        return QString::fromLocal8Bit(account->pw_name);
    return QStringLiteral("uid%1").arg(::getuid());
}

} // namespace outflow
