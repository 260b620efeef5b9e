#include "FileNaming.h"

#include <QRegularExpression>

namespace outflow::FileNaming {

namespace {
QString padded(qint64 offset) { return QStringLiteral("%1").arg(offset, 20, 10, QLatin1Char('0')); }
} // namespace

QString finalName(const QString &topic, int partition, qint64 firstOffset, qint64 lastOffset, int part, const QString &extension)
{
    QString name = QStringLiteral("%1+%2+%3+%4").arg(topic).arg(partition).arg(padded(firstOffset), padded(lastOffset));
    if (part >= 0) name += QStringLiteral(".part%1").arg(part, 3, 10, QLatin1Char('0'));
    return name + u'.' + extension;
}

std::optional<CommittedFileName> parseFinalName(const QString &fileName)
{
    static const QRegularExpression re(
        QStringLiteral("^([A-Za-z0-9._-]+)\\+(\\d+)\\+(\\d{20})\\+(\\d{20})(?:\\.part(\\d{3,}))?\\.([a-z]+(?:\\.gz|\\.zst)?)$"));
    if (fileName.startsWith(u'.')) return std::nullopt;
    const QRegularExpressionMatch m = re.match(fileName);
    if (!m.hasMatch()) return std::nullopt;
    CommittedFileName out;
    out.topic = m.captured(1);
    out.partition = m.captured(2).toInt();
    out.firstOffset = m.captured(3).toLongLong();
    out.lastOffset = m.captured(4).toLongLong();
    out.part = m.captured(5).isEmpty() ? -1 : m.captured(5).toInt();
    out.extension = m.captured(6);
    return out;
}

QString tempName(const QString &topic, int partition, qint64 firstOffset, const QString &token)
{
    return QStringLiteral(".%1+%2+%3.%4.tmp").arg(topic).arg(partition).arg(padded(firstOffset), token);
}

bool isTempOf(const QString &fileName, const QString &topic, int partition)
{
    return fileName.endsWith(QLatin1String(".tmp")) && fileName.startsWith(QStringLiteral(".%1+%2+").arg(topic).arg(partition));
}

QString bucketDir(int year, int month, int day, int hour)
{
    return QStringLiteral("dt=%1%2%3/hr=%4")
        .arg(year, 4, 10, QLatin1Char('0'))
        .arg(month, 2, 10, QLatin1Char('0'))
        .arg(day, 2, 10, QLatin1Char('0'))
        .arg(hour, 2, 10, QLatin1Char('0'));
}

QString ownFolder() { return QStringLiteral("_outflow"); }

} // namespace outflow::FileNaming
