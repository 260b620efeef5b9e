#pragma once

#include "catalog/TaskDefinition.h"

#include <QWidget>

#include <memory>
#include <optional>

class QLabel;
class QPushButton;
class QTableWidget;

namespace outflow {

class AvroSchema;

/// The columns of a parquet or orc target: a table of name, type, source (a dotted path into
/// the JSON value, or a piece of Kafka metadata) and nullable, with Add, Remove, Move up/down
/// and **Infer from sample**. It checks nothing itself: the form shows Validation's verdict on
/// the whole definition, so the rules live in one place.
class ColumnsEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ColumnsEditor)

public:
    enum Column { Name, Type, Source, Nullable, ColumnCount };

    explicit ColumnsEditor(QWidget *parent = nullptr);

    void setColumns(const QList<ColumnSpec> &columns);
    QList<ColumnSpec> columns() const;
    /// The value of the record *Pull source data* shows (nullopt: none pulled yet) and, when it
    /// was decoded with a schema from the registry, that schema: then the columns are inferred
    /// from the schema's fields and types instead of the one value. The first call shows the
    /// Infer button: only forms that can pull a sample offer it.
    void setSample(const std::optional<QByteArray> &value, std::shared_ptr<const AvroSchema> schema = nullptr);

Q_SIGNALS:
    void changed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void insertRow(int row, const ColumnSpec &column);
    ColumnSpec columnAt(int row) const;
    void addColumn();
    void removeColumn();
    void moveColumn(int by);
    void inferFromSample();
    void updateButtons();
    void updateInference();

    QTableWidget *m_table;
    QPushButton *m_infer;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_up;
    QPushButton *m_down;
    QLabel *m_note;
    std::optional<QByteArray> m_sample;
    std::shared_ptr<const AvroSchema> m_schema;
};

} // namespace outflow
