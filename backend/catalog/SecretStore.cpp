#include "SecretStore.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace outflow {

namespace {
Result<QJsonObject> readAll(const QString &path)
{
    QFile file(path);
    if (!file.exists()) return Result<QJsonObject>::ok({});
    if (!file.open(QIODevice::ReadOnly))
        return Result<QJsonObject>::fail(QStringLiteral("cannot read secret store %1: %2").arg(path, file.errorString()));
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll());
    if (!doc.isObject()) return Result<QJsonObject>::fail(QStringLiteral("secret store %1 is corrupt").arg(path));
    return Result<QJsonObject>::ok(doc.object());
}

Status writeAll(const QString &path, const QJsonObject &secrets)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::fail(QStringLiteral("cannot write secret store %1: %2").arg(path, file.errorString()));
    // Restrict permissions before any byte is written, so the secret never sits in a readable file.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(QJsonDocument(secrets).toJson(QJsonDocument::Compact));
    if (!file.commit()) return Status::fail(QStringLiteral("cannot write secret store %1: %2").arg(path, file.errorString()));
    return Status::ok();
}
} // namespace

Result<QString> SecretStore::get(const QString &key) const
{
    auto all = readAll(m_path);
    if (!all) return Result<QString>::fail(all.error());
    return Result<QString>::ok(all.value().value(key).toString());
}

Status SecretStore::set(const QString &key, const QString &secret)
{
    auto all = readAll(m_path);
    if (!all) return Status::fail(all.error());
    if (secret.isEmpty()) all.value().remove(key);
    else all.value().insert(key, secret);
    return writeAll(m_path, all.value());
}

Status SecretStore::remove(const QString &key) { return set(key, QString()); }

} // namespace outflow
