#pragma once

#include "Warehouse.h"
#include "catalog/WarehouseConfig.h"

namespace outflow::WarehouseFactory {

/// The warehouse implementation for a registered warehouse.
Result<std::shared_ptr<Warehouse>> create(const WarehouseConfig &config);

} // namespace outflow::WarehouseFactory
