#include "WarehouseListPage.h"

#include "ErrorBanner.h"
#include "FormDialog.h"
#include "ListTableView.h"
#include "WarehouseForm.h"
#include "WarehouseListModel.h"
#include "warehouse/WarehouseFactory.h"

#include <QDir>

namespace outflow {

namespace {
const QString kProbeBid = QStringLiteral("_outflow");
const QString kProbeTid = QStringLiteral("_probe");

CatalogListPage::Texts texts()
{
    return {WarehouseListPage::tr("Warehouses"),
            QStringLiteral("warehouseListPage"),
            QStringLiteral("Warehouse"),
            WarehouseListPage::tr("Add warehouse"),
            WarehouseListPage::tr("Test"),
            QStringLiteral("testWarehouseButton"),
            WarehouseListPage::tr("Write a probe file into the selected warehouse"),
            WarehouseListPage::tr("Loading warehouses…"),
            WarehouseListPage::tr("No warehouses registered yet."),
            WarehouseListPage::tr("The warehouses could not be loaded.")};
}
} // namespace

WarehouseListPage::WarehouseListPage(std::shared_ptr<Catalog> catalog, QWidget *parent)
    : CatalogListPage(std::move(catalog), new WarehouseListModel, texts(), parent)
{
    view()->setColumnWidth(WarehouseListModel::Name, view()->widthFor(QStringLiteral("a-warehouse-name")));
    view()->setColumnWidth(WarehouseListModel::Kind, view()->widthFor(tr("Local directory")));
    // Directories and WebHDFS URLs are long; the metastore column (the last) takes the rest.
    view()->setColumnWidth(WarehouseListModel::Location, view()->widthFor(QStringLiteral("http://namenode.example.com:9870/data/warehouse/tdw")));
}

WarehouseListModel *WarehouseListPage::model() const { return static_cast<WarehouseListModel *>(sourceModel()); }

void WarehouseListPage::reload()
{
    loadItems<WarehouseConfig>(model(), [](Catalog &c) { return c.warehouses(); });
}

void WarehouseListPage::openEditor(bool editSelected)
{
    const int row = selectedRow();
    if (editSelected && row < 0) return;
    auto *form = new WarehouseForm;
    if (editSelected) form->setWarehouse(model()->item(row));
    auto *dialog = new FormDialog(
        editSelected ? tr("Edit warehouse") : tr("Add warehouse"), form, [form] { return form->problem(); },
        [form, catalog = catalog()] {
            return QtConcurrent::run([catalog, w = form->warehouse()] { return catalog->saveWarehouse(w); });
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // accepted() comes before the deferred delete, so the form is still there to ask.
    connect(dialog, &QDialog::accepted, this, [this, form] {
        actionResult()->showInfo(tr("Saved warehouse %1.").arg(form->warehouse().name));
        reload();
    });
    dialog->open();
}

void WarehouseListPage::removeSelected()
{
    const QString name = model()->item(selectedRow()).name;
    confirmRemoval(tr("Remove warehouse"),
                   tr("Remove warehouse %1 from the catalog?\n\nFiles already dumped into it are untouched. A warehouse "
                      "that tasks still write to cannot be removed.")
                       .arg(name),
                   tr("Removed warehouse %1.").arg(name), [name](Catalog &c) { return c.removeWarehouse(name); });
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

void WarehouseListPage::testSelected()
{
    const WarehouseConfig warehouse = model()->item(selectedRow());
    setTesting(true);
    actionResult()->showInfo(tr("Testing warehouse %1…").arg(warehouse.name));
    FutureWatch::onReady(this, QtConcurrent::run([warehouse] { return testWritable(warehouse); }), [this, warehouse](const Status &status) {
        setTesting(false);
        if (status) actionResult()->showInfo(tr("Warehouse %1 is writable: %2").arg(warehouse.name, warehouse.location));
        else actionResult()->showError(status.error());
    });
}

} // namespace outflow
