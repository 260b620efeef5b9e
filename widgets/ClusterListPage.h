#pragma once

#include "CatalogListPage.h"
#include "kafka/KafkaRecord.h"

class QLabel;

namespace outflow {

class ClusterListModel;

/// "Kafka Clusters": the registered clusters; add, edit and remove them, and test the
/// connection of the selected one.
class ClusterListPage final : public CatalogListPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClusterListPage)

public:
    explicit ClusterListPage(std::shared_ptr<Catalog> catalog, QWidget *parent = nullptr);

public Q_SLOTS:
    void reload() override;

private:
    void openEditor(bool editSelected) override;
    void removeSelected() override;
    void testSelected() override;
    void showTestResult(const QString &clusterName, const Result<ClusterMetadata> &result);
    ClusterListModel *model() const;

    QLabel *m_result;
};

} // namespace outflow
