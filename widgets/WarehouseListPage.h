#pragma once

#include "catalog/Catalog.h"

#include <QWidget>

#include <memory>
#include <optional>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;

namespace outflow {

class ErrorBanner;
class ListTableView;
class PlaceholderStack;
class WarehouseListModel;

/// "Warehouses": the registered warehouses tasks can write to; add, edit and remove them, and
/// test whether the selected one can be written.
class WarehouseListPage final : public QWidget
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
    void reload();

private:
    void applyLoadResult(quint64 serial, const Result<QList<WarehouseConfig>> &result);
    std::optional<WarehouseConfig> selectedWarehouse() const;
    void openEditor(const std::optional<WarehouseConfig> &existing);
    void removeSelectedWarehouse();
    void testSelectedWarehouse();
    void updateButtons();

    std::shared_ptr<Catalog> m_catalog;
    WarehouseListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    ListTableView *m_view;
    PlaceholderStack *m_stack;
    ErrorBanner *m_error;
    ErrorBanner *m_actionResult;
    QPushButton *m_addButton;
    QPushButton *m_editButton;
    QPushButton *m_removeButton;
    QPushButton *m_testButton;
    quint64 m_loadSerial = 0;
    bool m_testing = false;
};

} // namespace outflow
