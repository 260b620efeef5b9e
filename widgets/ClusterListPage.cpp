#include "ClusterListPage.h"

#include "ClusterForm.h"
#include "ClusterListModel.h"
#include "Confirmation.h"
#include "ErrorBanner.h"
#include "FormDialog.h"
#include "ListTableView.h"
#include "PageTitle.h"
#include "PlaceholderStack.h"
#include "kafka/ClusterClient.h"

#include "FutureWatch.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace outflow {

namespace {
const QString kOkStyle = QStringLiteral("QLabel { color: #1a7f37; }");
const QString kFailedStyle = QStringLiteral("QLabel { color: #cf222e; }");
} // namespace

ClusterListPage::ClusterListPage(std::shared_ptr<Catalog> catalog, QWidget *parent)
    : QWidget(parent),
      m_catalog(std::move(catalog)),
      m_model(new ClusterListModel(this)),
      m_proxy(new QSortFilterProxyModel(this)),
      m_view(new ListTableView(this)),
      m_stack(new PlaceholderStack(m_view, this)),
      m_error(new ErrorBanner(this)),
      m_actionResult(new ErrorBanner(this)),
      m_addButton(new QPushButton(tr("Add cluster"), this)),
      m_editButton(new QPushButton(tr("Edit"), this)),
      m_removeButton(new QPushButton(tr("Remove"), this)),
      m_testButton(new QPushButton(tr("Test connection"), this)),
      m_result(new QLabel(this))
{
    setObjectName(QStringLiteral("clusterListPage"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_view->setObjectName(QStringLiteral("clusterTable"));
    m_view->setModel(m_proxy);
    m_view->sortByColumn(ClusterListModel::Name, Qt::AscendingOrder);
    m_view->setColumnWidth(ClusterListModel::Name, m_view->widthFor(QStringLiteral("a-cluster-name-here")));
    m_view->setColumnWidth(ClusterListModel::BootstrapServers, 420);

    m_actionResult->setObjectName(QStringLiteral("actionResult"));
    m_addButton->setObjectName(QStringLiteral("addClusterButton"));
    m_editButton->setObjectName(QStringLiteral("editClusterButton"));
    m_removeButton->setObjectName(QStringLiteral("removeClusterButton"));
    connect(m_addButton, &QPushButton::clicked, this, [this] { openEditor(std::nullopt); });
    connect(m_editButton, &QPushButton::clicked, this, [this] { openEditor(selectedCluster()); });
    connect(m_view, &QAbstractItemView::activated, this, [this] { openEditor(selectedCluster()); });
    connect(m_removeButton, &QPushButton::clicked, this, &ClusterListPage::removeSelectedCluster);
    m_testButton->setObjectName(QStringLiteral("testConnectionButton"));
    m_testButton->setToolTip(tr("Ask the selected cluster for its brokers and topics"));
    connect(m_testButton, &QPushButton::clicked, this, &ClusterListPage::testSelectedCluster);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        // A result shown under another cluster's row would be misread as that cluster's.
        if (!m_testing) m_result->clear();
        updateButtons();
    });

    m_result->setObjectName(QStringLiteral("connectionResult"));
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::PlainText);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *toolbar = new QHBoxLayout;
    for (QPushButton *b : {m_addButton, m_editButton, m_removeButton, m_testButton}) toolbar->addWidget(b);
    toolbar->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new PageTitle(tr("Kafka Clusters"), this));
    layout->addLayout(toolbar);
    layout->addWidget(m_error);
    layout->addWidget(m_actionResult);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_result);

    m_stack->showPlaceholder(tr("Loading clusters…"));
    updateButtons();
}

void ClusterListPage::reload()
{
    const quint64 serial = ++m_loadSerial;
    FutureWatch::onReady(this, QtConcurrent::run([catalog = m_catalog] { return catalog->clusters(); }), [this, serial](const Result<QList<ClusterConfig>> &result) {
            applyLoadResult(serial, result);
        });
}

void ClusterListPage::applyLoadResult(quint64 serial, const Result<QList<ClusterConfig>> &result)
{
    if (serial != m_loadSerial) return;
    if (result.isOk()) {
        m_error->clearError();
        m_model->setItems(result.value());
    } else {
        m_error->showError(result.error());
    }
    if (m_model->rowCount() > 0) m_stack->showContent();
    else if (result.isOk()) m_stack->showPlaceholder(tr("No Kafka clusters registered yet."));
    else m_stack->showPlaceholder(tr("The clusters could not be loaded."));
    updateButtons();
}

std::optional<ClusterConfig> ClusterListPage::selectedCluster() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty()) return std::nullopt;
    return m_model->item(m_proxy->mapToSource(rows.first()).row());
}

void ClusterListPage::testSelectedCluster()
{
    const std::optional<ClusterConfig> cluster = selectedCluster();
    if (!cluster || m_testing) return;
    m_testing = true;
    updateButtons();
    m_result->setStyleSheet(QString());
    m_result->setText(tr("Testing connection…"));
    // Metadata blocks for up to the client's timeout, so it runs on the client's pool and the
    // answer comes back to this page on the GUI thread.
    FutureWatch::onReady(this, ClusterClient(*cluster).asyncMetadata(), [this, name = cluster->name](const Result<ClusterMetadata> &result) {
            m_testing = false;
            showTestResult(name, result);
            updateButtons();
        });
}

void ClusterListPage::showTestResult(const QString &clusterName, const Result<ClusterMetadata> &result)
{
    if (!result.isOk()) {
        m_result->setStyleSheet(kFailedStyle);
        m_result->setText(result.error());
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

void ClusterListPage::updateButtons()
{
    const bool selected = m_view->selectionModel()->hasSelection();
    m_testButton->setEnabled(!m_testing && selected);
    m_editButton->setEnabled(selected);
    m_removeButton->setEnabled(selected);
}

void ClusterListPage::openEditor(const std::optional<ClusterConfig> &existing)
{
    auto *form = new ClusterForm;
    if (existing) form->setCluster(*existing);
    auto *dialog = new FormDialog(
        existing ? tr("Edit Kafka cluster") : tr("Add Kafka cluster"), form, [form] { return form->problem(); },
        [form, catalog = m_catalog] {
            return QtConcurrent::run([catalog, cluster = form->cluster()] { return catalog->saveCluster(cluster); });
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // accepted() comes before the deferred delete, so the form is still there to ask.
    connect(dialog, &QDialog::accepted, this, [this, form] {
        m_actionResult->showInfo(tr("Saved cluster %1.").arg(form->cluster().name));
        reload();
    });
    dialog->open();
}

void ClusterListPage::removeSelectedCluster()
{
    const std::optional<ClusterConfig> cluster = selectedCluster();
    if (!cluster) return;
    Confirmation::ask(this, tr("Remove Kafka cluster"),
                      tr("Remove cluster %1 from the catalog?\n\nThe Kafka cluster itself is untouched. A cluster that tasks "
                         "still read from cannot be removed.")
                          .arg(cluster->name),
                      tr("Remove"), true, [this, name = cluster->name] {
                          FutureWatch::onReady(this, QtConcurrent::run([catalog = m_catalog, name] { return catalog->removeCluster(name); }), [this, name](const Status &status) {
                                  if (status) m_actionResult->showInfo(tr("Removed cluster %1.").arg(name));
                                  else m_actionResult->showError(status.error());
                                  reload();
                              });
                      });
}

} // namespace outflow
