#include "SchemaRegistryClient.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutexLocker>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrl>

namespace outflow {

SchemaRegistryClient::SchemaRegistryClient(const ClusterConfig &cluster)
    : m_url(cluster.schemaRegistryUrl), m_username(cluster.schemaRegistryUsername), m_password(cluster.schemaRegistryPassword)
{
    while (m_url.endsWith(u'/')) m_url.chop(1);
}

RegistrySchema SchemaRegistryClient::schema(int id)
{
    {
        QMutexLocker lock(&m_mutex);
        if (auto it = m_found.constFind(id); it != m_found.cend()) return *it;
    }
    // Outside the lock: a slow registry must not hold up the partitions whose schemas are known.
    RegistrySchema fetched = fetch(id);
    if (fetched.outcome == RegistrySchema::Outcome::Found) {
        QMutexLocker lock(&m_mutex);
        m_found.insert(id, fetched);
    }
    return fetched;
}

RegistrySchema SchemaRegistryClient::fetch(int id) const
{
    RegistrySchema result;
    const QString where = QStringLiteral("%1/schemas/ids/%2").arg(m_url).arg(id);
    // One manager per call, in the calling thread: a network manager belongs to the thread that
    // made it, and engine workers come from a pool. Fetches are rare (once per id).
    QNetworkAccessManager network;
    QNetworkRequest request{QUrl(where)};
    request.setTransferTimeout(kTimeoutMs);
    request.setRawHeader("Accept", "application/vnd.schemaregistry.v1+json, application/json");
    if (!m_username.isEmpty())
        request.setRawHeader("Authorization", "Basic " + (m_username + u':' + m_password).toUtf8().toBase64());
    QNetworkReply *reply = network.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    const QJsonObject json = QJsonDocument::fromJson(body).object();
    // Confluent's error bodies: {"error_code": 40403, "message": "Schema not found"}.
    const QString message = json.value(QStringLiteral("message")).toString();
    if (status == 404) {
        result.outcome = RegistrySchema::Outcome::Unknown;
        result.error = QStringLiteral("schema id %1 is not in the schema registry at %2%3")
                           .arg(id)
                           .arg(m_url, message.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(message));
        return result;
    }
    if (reply->error() != QNetworkReply::NoError || status != 200) {
        const QString why = status ? QStringLiteral("HTTP %1%2").arg(status).arg(message.isEmpty() ? QString() : u' ' + message)
                                   : reply->errorString();
        result.error = QStringLiteral("Schema registry %1 did not answer for schema id %2: %3").arg(m_url).arg(id).arg(why);
        return result;
    }
    if (!json.value(QStringLiteral("schema")).isString()) {
        result.error = QStringLiteral("Schema registry %1 answered for schema id %2 without a schema").arg(m_url).arg(id);
        return result;
    }
    result.outcome = RegistrySchema::Outcome::Found;
    result.text = json.value(QStringLiteral("schema")).toString().toUtf8();
    // Confluent leaves schemaType out for Avro, its first and default kind.
    result.type = json.value(QStringLiteral("schemaType")).toString(QStringLiteral("AVRO"));
    return result;
}

} // namespace outflow
