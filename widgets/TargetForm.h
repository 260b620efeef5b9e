#pragma once

#include "catalog/Catalog.h"

#include <QWidget>

#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace outflow {

class AvroSchema;
class ColumnsEditor;
class PartitionByEditor;
class ValidatedLineEdit;

/// Where and how a task writes: warehouse, BID, TID (validated as typed) and the format
/// options, with the typed columns of parquet and orc tables and the time that makes the hour
/// folders. Used by the create form and by *Change data target*.
class TargetForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TargetForm)

public:
    explicit TargetForm(std::shared_ptr<Catalog> catalog, QWidget *parent = nullptr);

    void setTarget(const TargetSpec &target);
    TargetSpec target() const;
    /// The value of the record *Pull source data* shows, for Infer from sample and the proposed
    /// event-time fields (nullopt: none pulled yet). Forms without a source never call it, and
    /// offer no inference.
    void setSample(const std::optional<QByteArray> &value, std::shared_ptr<const AvroSchema> schema = nullptr);
    /// What stops this target from being used and is not already shown under a field, or empty.
    QString problem() const;
    /// Whether BID or TID currently shows its own problem.
    bool showsFieldProblem() const;

Q_SIGNALS:
    void changed();

private:
    void loadWarehouses();
    void updateFormatFields();
    void updateCompressionChoices(bool columnar);

    std::shared_ptr<Catalog> m_catalog;
    QFormLayout *m_form = nullptr;
    QComboBox *m_warehouse;
    QLabel *m_warehouseProblem;
    ValidatedLineEdit *m_bid;
    ValidatedLineEdit *m_tid;
    QComboBox *m_format;
    QLineEdit *m_fields;
    /// Delimited only: typed columns (checked values, types for a reader) instead of plain fields.
    QCheckBox *m_delimitedColumns;
    QLineEdit *m_separator;
    QComboBox *m_compression;
    ColumnsEditor *m_columns;
    QSpinBox *m_maxFileMiB;
    QSpinBox *m_flushSec;
    PartitionByEditor *m_partitionBy;
    QComboBox *m_timezone;
    QComboBox *m_badRecords;
    QString m_wantedWarehouse;
    bool m_loaded = false;
    bool m_empty = false;
};

} // namespace outflow
