#pragma once

#include "catalog/Catalog.h"

#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace outflow {

class ValidatedLineEdit;

/// Where and how a task writes: warehouse, BID, TID (validated as typed) and the format
/// options. Used by the create form and by *Change data target*.
class TargetForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TargetForm)

public:
    explicit TargetForm(std::shared_ptr<Catalog> catalog, QWidget *parent = nullptr);

    void setTarget(const TargetSpec &target);
    TargetSpec target() const;
    /// What stops this target from being used and is not already shown under a field, or empty.
    QString problem() const;
    /// Whether BID or TID currently shows its own problem.
    bool showsFieldProblem() const;

Q_SIGNALS:
    void changed();

private:
    void loadWarehouses();
    void updateFormatFields();

    std::shared_ptr<Catalog> m_catalog;
    QComboBox *m_warehouse;
    QLabel *m_warehouseProblem;
    ValidatedLineEdit *m_bid;
    ValidatedLineEdit *m_tid;
    QComboBox *m_format;
    QLineEdit *m_fields;
    QLineEdit *m_separator;
    QCheckBox *m_gzip;
    QSpinBox *m_maxFileMiB;
    QSpinBox *m_flushSec;
    QComboBox *m_timezone;
    QComboBox *m_badRecords;
    QString m_wantedWarehouse;
    bool m_loaded = false;
    bool m_empty = false;
};

} // namespace outflow
