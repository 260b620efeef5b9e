#include "WarehouseFactory.h"

#include "LocalWarehouse.h"
#include "WebHdfsWarehouse.h"

namespace outflow::WarehouseFactory {

Result<std::shared_ptr<Warehouse>> create(const WarehouseConfig &config)
{
    using R = Result<std::shared_ptr<Warehouse>>;
    switch (config.kind) {
    case WarehouseConfig::Kind::Local: return R::ok(std::make_shared<LocalWarehouse>(config.location));
    case WarehouseConfig::Kind::Hdfs: {
        auto hdfs = WebHdfsWarehouse::open(config);
        if (!hdfs) return R::fail(hdfs.error());
        return R::ok(hdfs.value());
    }
    }
    return R::fail(QStringLiteral("Unknown warehouse kind"));
}

} // namespace outflow::WarehouseFactory
