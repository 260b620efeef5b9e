#include "RecordFingerprint.h"

#include <QCryptographicHash>

namespace outflow {

RecordFingerprint RecordFingerprint::of(const RecordView &record)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    const auto add = [&hash](const char *data, qsizetype size) {
        const char present = data ? 1 : 0;
        hash.addData(QByteArrayView(&present, 1));
        const qint64 length = data ? size : 0;
        hash.addData(QByteArrayView(reinterpret_cast<const char *>(&length), sizeof length));
        if (data) hash.addData(QByteArrayView(data, size));
    };
    add(record.key, record.keySize);
    add(record.value, record.valueSize);
    return {record.offset, record.timestampMs, hash.result().toHex()};
}

QString RecordFingerprint::fileName(const QString &topic, int partition)
{
    return QStringLiteral("fingerprint-%1@%2").arg(partition).arg(topic);
}

QByteArray RecordFingerprint::serialize() const
{
    return QByteArray::number(offset) + ' ' + QByteArray::number(timestampMs) + ' ' + digest + '\n';
}

std::optional<RecordFingerprint> RecordFingerprint::parse(const QByteArray &bytes)
{
    const QList<QByteArray> parts = bytes.trimmed().split(' ');
    if (parts.size() != 3 || parts.at(2).size() != 40) return std::nullopt;
    bool offsetOk = false, timeOk = false;
    RecordFingerprint out{parts.at(0).toLongLong(&offsetOk), parts.at(1).toLongLong(&timeOk), parts.at(2)};
    if (!offsetOk || !timeOk || out.offset < 0) return std::nullopt;
    return out;
}

} // namespace outflow
