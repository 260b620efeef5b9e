#pragma once

#include "catalog/Catalog.h"

#include <QWidget>

#include <memory>

class QSortFilterProxyModel;

namespace outflow {

class ErrorBanner;
class ListTableView;
class PlaceholderStack;
class WarehouseListModel;

/// "Warehouses": the registered warehouses tasks can write to.
class WarehouseListPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WarehouseListPage)

public:
    explicit WarehouseListPage(std::shared_ptr<Catalog> catalog, QWidget *parent = nullptr);

public Q_SLOTS:
    void reload();

private:
    void applyLoadResult(quint64 serial, const Result<QList<WarehouseConfig>> &result);

    std::shared_ptr<Catalog> m_catalog;
    WarehouseListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    ListTableView *m_view;
    PlaceholderStack *m_stack;
    ErrorBanner *m_error;
    quint64 m_loadSerial = 0;
};

} // namespace outflow
