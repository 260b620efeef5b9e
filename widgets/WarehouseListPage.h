#pragma once

#include "CatalogListPage.h"

namespace outflow {

class WarehouseListModel;

/// "Warehouses": the registered warehouses tasks can write to; add, edit and remove them, and
/// test whether the selected one can be written.
class WarehouseListPage final : public CatalogListPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WarehouseListPage)

public:
    explicit WarehouseListPage(std::shared_ptr<Catalog> catalog, QWidget *parent = nullptr);

    /// Proves `warehouse` writable the way the engine does before it creates a task: through the
    /// warehouse implementation, into a probe table `_outflow/_probe` (removed again when it is
    /// a local folder and empty). Blocks: call it on a worker thread.
    static Status testWritable(const WarehouseConfig &warehouse);

public Q_SLOTS:
    void reload() override;

private:
    void openEditor(bool editSelected) override;
    void removeSelected() override;
    void testSelected() override;
    WarehouseListModel *model() const;
};

} // namespace outflow
