#include "WarehouseListPage.h"

#include "Confirmation.h"
#include "ErrorBanner.h"
#include "FormDialog.h"
#include "ListTableView.h"
#include "PageTitle.h"
#include "PlaceholderStack.h"
#include "WarehouseForm.h"
#include "WarehouseListModel.h"
#include "warehouse/WarehouseFactory.h"

#include "FutureWatch.h"

#include <QDir>
#include <QHBoxLayout>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace outflow {

namespace {
const QString kProbeBid = QStringLiteral("_outflow");
const QString kProbeTid = QStringLiteral("_probe");
} // namespace

WarehouseListPage::WarehouseListPage(std::shared_ptr<Catalog> catalog, QWidget *parent)
    : QWidget(parent),
      m_catalog(std::move(catalog)),
      m_model(new WarehouseListModel(this)),
      m_proxy(new QSortFilterProxyModel(this)),
      m_view(new ListTableView(this)),
      m_stack(new PlaceholderStack(m_view, this)),
      m_error(new ErrorBanner(this)),
      m_actionResult(new ErrorBanner(this)),
      m_addButton(new QPushButton(tr("Add warehouse"), this)),
      m_editButton(new QPushButton(tr("Edit"), this)),
      m_removeButton(new QPushButton(tr("Remove"), this)),
      m_testButton(new QPushButton(tr("Test"), this))
{
    setObjectName(QStringLiteral("warehouseListPage"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_view->setObjectName(QStringLiteral("warehouseTable"));
    m_view->setModel(m_proxy);
    m_view->sortByColumn(WarehouseListModel::Name, Qt::AscendingOrder);
    m_view->setColumnWidth(WarehouseListModel::Name, m_view->widthFor(QStringLiteral("a-warehouse-name")));
    m_view->setColumnWidth(WarehouseListModel::Kind, m_view->widthFor(tr("Local directory")));

    m_actionResult->setObjectName(QStringLiteral("actionResult"));
    m_addButton->setObjectName(QStringLiteral("addWarehouseButton"));
    m_editButton->setObjectName(QStringLiteral("editWarehouseButton"));
    m_removeButton->setObjectName(QStringLiteral("removeWarehouseButton"));
    m_testButton->setObjectName(QStringLiteral("testWarehouseButton"));
    m_testButton->setToolTip(tr("Write a probe file into the selected warehouse"));
    connect(m_addButton, &QPushButton::clicked, this, [this] { openEditor(std::nullopt); });
    connect(m_editButton, &QPushButton::clicked, this, [this] { openEditor(selectedWarehouse()); });
    connect(m_view, &QAbstractItemView::activated, this, [this] { openEditor(selectedWarehouse()); });
    connect(m_removeButton, &QPushButton::clicked, this, &WarehouseListPage::removeSelectedWarehouse);
    connect(m_testButton, &QPushButton::clicked, this, &WarehouseListPage::testSelectedWarehouse);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &WarehouseListPage::updateButtons);

    auto *toolbar = new QHBoxLayout;
    for (QPushButton *b : {m_addButton, m_editButton, m_removeButton, m_testButton}) toolbar->addWidget(b);
    toolbar->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new PageTitle(tr("Warehouses"), this));
    layout->addLayout(toolbar);
    layout->addWidget(m_error);
    layout->addWidget(m_actionResult);
    layout->addWidget(m_stack, 1);

    m_stack->showPlaceholder(tr("Loading warehouses…"));
    updateButtons();
}

void WarehouseListPage::reload()
{
    const quint64 serial = ++m_loadSerial;
    FutureWatch::onReady(this, QtConcurrent::run([catalog = m_catalog] { return catalog->warehouses(); }), [this, serial](const Result<QList<WarehouseConfig>> &result) {
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
    updateButtons();
}

std::optional<WarehouseConfig> WarehouseListPage::selectedWarehouse() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty()) return std::nullopt;
    return m_model->item(m_proxy->mapToSource(rows.first()).row());
}

void WarehouseListPage::updateButtons()
{
    const bool selected = m_view->selectionModel()->hasSelection();
    m_editButton->setEnabled(selected);
    m_removeButton->setEnabled(selected);
    m_testButton->setEnabled(selected && !m_testing);
}

void WarehouseListPage::openEditor(const std::optional<WarehouseConfig> &existing)
{
    auto *form = new WarehouseForm;
    if (existing) form->setWarehouse(*existing);
    auto *dialog = new FormDialog(
        existing ? tr("Edit warehouse") : tr("Add warehouse"), form, [form] { return form->problem(); },
        [form, catalog = m_catalog] {
            return QtConcurrent::run([catalog, w = form->warehouse()] { return catalog->saveWarehouse(w); });
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, form] {
        m_actionResult->showInfo(tr("Saved warehouse %1.").arg(form->warehouse().name));
        reload();
    });
    dialog->open();
}

void WarehouseListPage::removeSelectedWarehouse()
{
    const std::optional<WarehouseConfig> warehouse = selectedWarehouse();
    if (!warehouse) return;
    Confirmation::ask(this, tr("Remove warehouse"),
                      tr("Remove warehouse %1 from the catalog?\n\nFiles already dumped into it are untouched. A warehouse "
                         "that tasks still write to cannot be removed.")
                          .arg(warehouse->name),
                      tr("Remove"), true, [this, name = warehouse->name] {
                          FutureWatch::onReady(this, QtConcurrent::run([catalog = m_catalog, name] { return catalog->removeWarehouse(name); }), [this, name](const Status &status) {
                                  if (status) m_actionResult->showInfo(tr("Removed warehouse %1.").arg(name));
                                  else m_actionResult->showError(status.error());
                                  reload();
                              });
                      });
}

Status WarehouseListPage::testWritable(const WarehouseConfig &config)
{
    auto warehouse = WarehouseFactory::create(config);
    if (!warehouse) return Status::fail(warehouse.error());
    const Status status = warehouse.value()->checkWritable(kProbeBid, kProbeTid);
    if (config.kind == WarehouseConfig::Kind::Local) {
        // rmdir only removes empty folders, so a real table someone named _outflow survives.
        QDir root(config.location);
        root.rmdir(kProbeBid + u'/' + kProbeTid);
        root.rmdir(kProbeBid);
    }
    return status;
}

void WarehouseListPage::testSelectedWarehouse()
{
    const std::optional<WarehouseConfig> warehouse = selectedWarehouse();
    if (!warehouse || m_testing) return;
    m_testing = true;
    updateButtons();
    m_actionResult->showInfo(tr("Testing warehouse %1…").arg(warehouse->name));
    FutureWatch::onReady(this, QtConcurrent::run([w = *warehouse] { return testWritable(w); }), [this, w = *warehouse](const Status &status) {
        m_testing = false;
        updateButtons();
        if (status) m_actionResult->showInfo(tr("Warehouse %1 is writable: %2").arg(w.name, w.location));
        else m_actionResult->showError(status.error());
    });
}

} // namespace outflow
