#pragma once

#include "catalog/Catalog.h"
#include "kafka/KafkaRecord.h"

#include <QWidget>

#include <memory>
#include <optional>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;

namespace outflow {

class ClusterListModel;
class ErrorBanner;
class ListTableView;
class PlaceholderStack;

/// "Kafka Clusters": the registered clusters; add, edit and remove them, and test the
/// connection of the selected one.
class ClusterListPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClusterListPage)

public:
    explicit ClusterListPage(std::shared_ptr<Catalog> catalog, QWidget *parent = nullptr);

public Q_SLOTS:
    void reload();

private:
    void openEditor(const std::optional<ClusterConfig> &existing);
    void removeSelectedCluster();
    std::optional<ClusterConfig> selectedCluster() const;
    void testSelectedCluster();
    void showTestResult(const QString &clusterName, const Result<ClusterMetadata> &result);
    void updateButtons();
    void applyLoadResult(quint64 serial, const Result<QList<ClusterConfig>> &result);

    std::shared_ptr<Catalog> m_catalog;
    ClusterListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    ListTableView *m_view;
    PlaceholderStack *m_stack;
    ErrorBanner *m_error;
    ErrorBanner *m_actionResult;
    QPushButton *m_addButton;
    QPushButton *m_editButton;
    QPushButton *m_removeButton;
    QPushButton *m_testButton;
    QLabel *m_result;
    quint64 m_loadSerial = 0;
    /// One test at a time: a second click would only race the first for the label.
    bool m_testing = false;
};

} // namespace outflow
