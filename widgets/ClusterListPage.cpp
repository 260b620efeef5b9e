#include "ClusterListPage.h"

#include "common/Messages.h"

#include "ClusterForm.h"
#include "ClusterListModel.h"
#include "ErrorBanner.h"
#include "FormDialog.h"
#include "ListTableView.h"
#include "kafka/ClusterClient.h"

#include <QItemSelectionModel>
#include <QLabel>
#include <QVBoxLayout>

namespace outflow {

namespace {
const QString kOkStyle = QStringLiteral("QLabel { color: #1a7f37; }");
const QString kFailedStyle = QStringLiteral("QLabel { color: #cf222e; }");

CatalogListPage::Texts texts()
{
    return {ClusterListPage::tr("Kafka Clusters"),
            QStringLiteral("clusterListPage"),
            QStringLiteral("Cluster"),
            ClusterListPage::tr("Add cluster"),
            ClusterListPage::tr("Test connection"),
            QStringLiteral("testConnectionButton"),
            ClusterListPage::tr("Ask the selected cluster for its brokers and topics"),
            ClusterListPage::tr("Loading clusters…"),
            ClusterListPage::tr("No Kafka clusters registered yet."),
            ClusterListPage::tr("The clusters could not be loaded.")};
}
} // namespace

ClusterListPage::ClusterListPage(std::shared_ptr<Catalog> catalog, QWidget *parent)
    : CatalogListPage(std::move(catalog), new ClusterListModel, texts(), parent), m_result(new QLabel(this))
{
    view()->setColumnWidth(ClusterListModel::Name, view()->widthFor(QStringLiteral("a-cluster-name-here")));
    view()->setColumnWidth(ClusterListModel::BootstrapServers, 420);
    m_result->setObjectName(QStringLiteral("connectionResult"));
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::PlainText);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    pageLayout()->addWidget(m_result);
    connect(view()->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        // A result shown under another cluster's row would be misread as that cluster's.
        if (!testing()) m_result->clear();
    });
}

ClusterListModel *ClusterListPage::model() const { return static_cast<ClusterListModel *>(sourceModel()); }

void ClusterListPage::reload()
{
    loadItems<ClusterConfig>(model(), [](Catalog &c) { return c.clusters(); });
}

void ClusterListPage::testSelected()
{
    const ClusterConfig cluster = model()->item(selectedRow());
    setTesting(true);
    m_result->setStyleSheet(QString());
    m_result->setText(tr("Testing connection…"));
    // Metadata blocks for up to the client's timeout, so it runs on the client's pool and the
    // answer comes back to this page on the GUI thread.
    FutureWatch::onReady(this, ClusterClient(cluster).asyncMetadata(), [this, name = cluster.name](const Result<ClusterMetadata> &result) {
        showTestResult(name, result);
        setTesting(false);
    });
}

void ClusterListPage::showTestResult(const QString &clusterName, const Result<ClusterMetadata> &result)
{
    if (!result.isOk()) {
        m_result->setStyleSheet(kFailedStyle);
        m_result->setText(Messages::translate(result.error()));
        return;
    }
    const ClusterMetadata &md = result.value();
    QStringList brokers;
    for (const BrokerInfo &b : md.brokers) brokers << tr("#%1 %2:%3").arg(b.id).arg(b.host).arg(b.port);
    m_result->setStyleSheet(kOkStyle);
    m_result->setText(tr("Connected: %1, %2").arg(tr("%n broker(s)", nullptr, int(md.brokers.size())),
                                                   tr("%n topic(s)", nullptr, int(md.topics.size())))
                      + u'\n' + tr("Brokers of %1: %2").arg(clusterName, brokers.join(QStringLiteral(", "))));
}

void ClusterListPage::openEditor(bool editSelected)
{
    const int row = selectedRow();
    if (editSelected && row < 0) return;
    auto *form = new ClusterForm;
    if (editSelected) form->setCluster(model()->item(row));
    auto *dialog = new FormDialog(
        editSelected ? tr("Edit Kafka cluster") : tr("Add Kafka cluster"), form, [form] { return form->problem(); },
        [form, catalog = catalog()] {
            return QtConcurrent::run([catalog, cluster = form->cluster()] { return catalog->saveCluster(cluster); });
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // accepted() comes before the deferred delete, so the form is still there to ask.
    connect(dialog, &QDialog::accepted, this, [this, form] {
        actionResult()->showInfo(tr("Saved cluster %1.").arg(form->cluster().name));
        reload();
    });
    dialog->open();
}

void ClusterListPage::removeSelected()
{
    const QString name = model()->item(selectedRow()).name;
    confirmRemoval(tr("Remove Kafka cluster"),
                   tr("Remove cluster %1 from the catalog?\n\nThe Kafka cluster itself is untouched. A cluster that tasks "
                      "still read from cannot be removed.")
                       .arg(name),
                   tr("Removed cluster %1.").arg(name), [name](Catalog &c) { return c.removeCluster(name); });
}

} // namespace outflow
