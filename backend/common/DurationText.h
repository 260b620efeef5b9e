#pragma once

#include <QCoreApplication>
#include <QString>

namespace outflow {

/// Short human durations for lag in time and drain ETAs: "45 s", "3 min 20 s", "2 h 5 min",
/// "3 d 4 h"; "—" when unknown (negative).
class DurationText final
{
    Q_DECLARE_TR_FUNCTIONS(DurationText)

public:
    static QString format(qint64 ms);
};

} // namespace outflow
