#include "Options.h"

namespace outflow::cli {

Result<Options> Options::parse(const QStringList &args, const QSet<QString> &known, const QSet<QString> &flags)
{
    Options o;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (!a.startsWith(QLatin1String("--"))) {
            o.m_positional << a;
            continue;
        }
        const QString key = a.mid(2);
        if (flags.contains(key)) {
            o.m_values.insert(key, QStringLiteral("true"));
            continue;
        }
        if (!known.contains(key)) return Result<Options>::fail(QStringLiteral("unknown option %1").arg(a));
        if (i + 1 >= args.size()) return Result<Options>::fail(QStringLiteral("option %1 needs a value").arg(a));
        o.m_values.insert(key, args.at(++i));
    }
    return Result<Options>::ok(o);
}

} // namespace outflow::cli
