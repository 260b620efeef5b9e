#pragma once

#include "common/Result.h"

#include <QString>

namespace outflow {

/// Keeps secrets (SASL passwords) out of the SQLite catalog, in a JSON file beside it that only
/// the owner may read (mode 0600). No system keyring is assumed: servers running the headless
/// engine usually have none. The file is replaced atomically on every change.
class SecretStore final
{
public:
    explicit SecretStore(QString path) : m_path(std::move(path)) {}

    const QString &path() const { return m_path; }
    Result<QString> get(const QString &key) const;
    Status set(const QString &key, const QString &secret);
    Status remove(const QString &key);

private:
    QString m_path;
};

} // namespace outflow
