#pragma once

#include <QString>

/// What this build is made of, for `--version` and the console's About box. Lives in the
/// backend so the console can name librdkafka's version without including its headers.
namespace outflow::BuildInfo {

/// The project version and, when the source was a git checkout at configure time, its
/// `git describe` (for example "0.1.0 (f90cb49-dirty)").
QString version();

/// The version of the librdkafka the process runs with (the loaded library, not the headers).
QString librdkafkaVersion();

/// The lines `<program> --version` prints: name and version, then Qt and librdkafka.
QString versionText(const QString &program);

} // namespace outflow::BuildInfo
