#pragma once

#include "common/Result.h"

#include <QMultiHash>
#include <QSet>
#include <QStringList>

namespace outflow::cli {

/// `--key value` options and `--flag`s after a command, and the positional arguments between
/// them; repeated keys accumulate. Unknown options are errors, so a typo never passes silently.
class Options final
{
public:
    static Result<Options> parse(const QStringList &args, const QSet<QString> &known, const QSet<QString> &flags = {});

    QString value(const QString &key) const { return m_values.value(key); }
    QStringList values(const QString &key) const { return m_values.values(key); }
    bool has(const QString &key) const { return m_values.contains(key); }
    const QStringList &positional() const { return m_positional; }

private:
    QMultiHash<QString, QString> m_values;
    QStringList m_positional;
};

} // namespace outflow::cli
