#include "WarehouseListPage.h"

#include "ErrorBanner.h"
#include "ListTableView.h"
#include "PageTitle.h"
#include "PlaceholderStack.h"
#include "WarehouseListModel.h"

#include <QSortFilterProxyModel>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace outflow {

WarehouseListPage::WarehouseListPage(std::shared_ptr<Catalog> catalog, QWidget *parent)
    : QWidget(parent),
      m_catalog(std::move(catalog)),
      m_model(new WarehouseListModel(this)),
      m_proxy(new QSortFilterProxyModel(this)),
      m_view(new ListTableView(this)),
      m_stack(new PlaceholderStack(m_view, this)),
      m_error(new ErrorBanner(this))
{
    setObjectName(QStringLiteral("warehouseListPage"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_view->setObjectName(QStringLiteral("warehouseTable"));
    m_view->setModel(m_proxy);
    m_view->sortByColumn(WarehouseListModel::Name, Qt::AscendingOrder);
    m_view->setColumnWidth(WarehouseListModel::Name, m_view->widthFor(QStringLiteral("a-warehouse-name")));
    m_view->setColumnWidth(WarehouseListModel::Kind, m_view->widthFor(QStringLiteral("Local directory")));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new PageTitle(tr("Warehouses"), this));
    layout->addWidget(m_error);
    layout->addWidget(m_stack, 1);

    m_stack->showPlaceholder(tr("Loading warehouses…"));
}

void WarehouseListPage::reload()
{
    const quint64 serial = ++m_loadSerial;
    QtConcurrent::run([catalog = m_catalog] { return catalog->warehouses(); })
        .then(this, [this, serial](const Result<QList<WarehouseConfig>> &result) {
            applyLoadResult(serial, result);
        });
}

void WarehouseListPage::applyLoadResult(quint64 serial, const Result<QList<WarehouseConfig>> &result)
{
    if (serial != m_loadSerial) return;
    if (result.isOk()) {
        m_error->clearError();
        m_model->setItems(result.value());
    } else {
        m_error->showError(result.error());
    }
    if (m_model->rowCount() > 0) m_stack->showContent();
    else if (result.isOk()) m_stack->showPlaceholder(tr("No warehouses registered yet."));
    else m_stack->showPlaceholder(tr("The warehouses could not be loaded."));
}

} // namespace outflow
