#include "JsonValues.h"

#include <QDateTime>
#include <QTimeZone>

namespace outflow::cli {

QJsonValue JsonValues::isoTime(qint64 ms)
{
    return ms >= 0 ? QJsonValue(QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(Qt::ISODateWithMs)) : QJsonValue();
}

} // namespace outflow::cli
