#include "HiveTableReport.h"

#include "PartitionRegistrar.h"
#include "ThriftMetastore.h"
#include "catalog/Catalog.h"
#include "warehouse/WarehouseFactory.h"

#include <algorithm>

namespace outflow {

HiveTableReport HiveTableReport::read(Catalog &catalog, const TargetSpec &target)
{
    HiveTableReport r;
    auto config = catalog.warehouse(target.warehouse);
    if (!config) {
        r.problem = config.error();
        return r;
    }
    r.metastore = config->metastore;
    r.configured = !r.metastore.isEmpty();
    if (!r.configured) return r;
    r.table = HiveTable::forTask(target, config.value());

    // The waiting list first: it is what matters most while the metastore does not answer.
    if (auto warehouse = WarehouseFactory::create(config.value())) {
        auto pending = warehouse.value()->readOwnFile(target.bid, target.tid, PartitionRegistrar::pendingFileName());
        if (pending && pending.value())
            for (const QByteArray &line : pending.value()->split('\n'))
                if (!line.isEmpty()) r.waiting << QString::fromUtf8(line);
    }

    ThriftMetastore metastore(r.metastore, std::chrono::seconds(10));
    auto existing = metastore.table(r.table.database, r.table.table);
    if (!existing) {
        r.problem = existing.error();
        return r;
    }
    if (!existing.value()) return r;
    r.exists = true;
    const Metastore::TableInfo &info = *existing.value();
    r.table.location = info.table.location; // as the metastore names it
    r.problem = HiveTable::forTask(target, config.value()).mismatch(info.table, info.partitionKeys, info.external);
    auto partitions = metastore.partitions(r.table.database, r.table.table);
    if (!partitions) {
        r.problem = partitions.error();
        return r;
    }
    r.partitions = partitions.value();
    std::sort(r.partitions.begin(), r.partitions.end(), [](const HivePartition &a, const HivePartition &b) { return a.name() > b.name(); });
    return r;
}

} // namespace outflow
