#pragma once

#include "catalog/WarehouseConfig.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace outflow {

/// The fields of a warehouse: name, kind (a local directory, or HDFS through WebHDFS), where it
/// is, and optionally the Hive Metastore its tables are registered in.
class WarehouseForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WarehouseForm)

public:
    explicit WarehouseForm(QWidget *parent = nullptr);

    /// Editing an existing warehouse: its name is the key tasks refer to, so it stays fixed.
    void setWarehouse(const WarehouseConfig &warehouse);
    WarehouseConfig warehouse() const;
    /// Verbatim from Validation::warehouseProblem, or empty.
    QString problem() const;

Q_SIGNALS:
    void changed();

private:
    void updateKind();
    void updateMetastoreProblem();
    void browse();

    QLineEdit *m_name;
    QComboBox *m_kind;
    QLineEdit *m_location;
    QPushButton *m_browse;
    QLineEdit *m_user;
    QLabel *m_note;
    QLineEdit *m_metastore;
    QLabel *m_metastoreProblem;
};

} // namespace outflow
