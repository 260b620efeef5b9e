#pragma once

#include <QString>

#include <optional>

class QDateTime;

namespace outflow {

struct TaskDefinition;
struct ClusterConfig;
struct WarehouseConfig;

/// The validation rules of PRODUCT.md section 2, shared by every entry point (GUI, CLI, JSON
/// import, catalog load). Each function returns an empty string when the value is valid, or a
/// sentence that says exactly what is wrong, in English, made from the templates of
/// common/Messages.h (the console shows it through Messages::translate).
namespace Validation {

QString taskNameProblem(const QString &name);
/// Names of clusters and warehouses follow the task-name rule.
QString objectNameProblem(const QString &what, const QString &name);
/// BID and TID: [A-Za-z0-9_]{1,64}; they become path segments.
QString tableIdProblem(const QString &label, const QString &value);
QString bootstrapProblem(const QString &servers);
QString topicProblem(const QString &topic);
QString startPositionProblem(const QString &start);
/// A timestamp start position as a UTC date-time, or nullopt for earliest/latest.
std::optional<QDateTime> startTimestamp(const QString &start);

QString definitionProblem(const TaskDefinition &definition);
QString clusterProblem(const ClusterConfig &cluster);
/// A schema registry URL must be http(s)://host[:port][/path], with credentials kept apart.
QString schemaRegistryProblem(const ClusterConfig &cluster);
QString warehouseProblem(const WarehouseConfig &warehouse);
/// A Hive Metastore address: thrift://host:port (port 1 to 65535). Empty is fine (none).
QString metastoreUrlProblem(const QString &url);

} // namespace Validation
} // namespace outflow
