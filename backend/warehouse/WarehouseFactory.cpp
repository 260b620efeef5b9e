#include "WarehouseFactory.h"

#include "LocalWarehouse.h"

namespace outflow::WarehouseFactory {

Result<std::shared_ptr<Warehouse>> create(const WarehouseConfig &config)
{
    using R = Result<std::shared_ptr<Warehouse>>;
    switch (config.kind) {
    case WarehouseConfig::Kind::Local: return R::ok(std::make_shared<LocalWarehouse>(config.location));
    case WarehouseConfig::Kind::Hdfs:
        return R::fail(QStringLiteral("Warehouse \"%1\" is on HDFS, which this build cannot write to yet").arg(config.name));
    }
    return R::fail(QStringLiteral("Unknown warehouse kind"));
}

} // namespace outflow::WarehouseFactory
