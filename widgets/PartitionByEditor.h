#pragma once

#include "EventTimeInference.h"
#include "catalog/TaskDefinition.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;

namespace outflow {

/// Which time makes a target's hour folders: the Kafka record's timestamp, or an event time in
/// a field of the value, with the field's path and how the time is written. The path box
/// proposes the fields of the pulled sample that look like times (EventTimeInference); picking
/// one also picks the format it was judged in. Like ColumnsEditor it leaves the path rules to
/// Validation, whose verdict the form shows.
class PartitionByEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PartitionByEditor)

public:
    explicit PartitionByEditor(QWidget *parent = nullptr);

    void setPartitionBy(const PartitionBy &by);
    PartitionBy partitionBy() const;
    /// The value of the record *Pull source data* shows (nullopt: none pulled yet). Only forms
    /// that can pull a sample call it; the others propose nothing and say nothing about it.
    void setSample(const std::optional<QByteArray> &value);
    /// Event time chosen with no field: the definition alone would silently mean Kafka time.
    QString problem() const;

Q_SIGNALS:
    void changed();

private:
    bool byEventTime() const;
    void pickProposal(int index);
    void updateEventTimeRow();

    QComboBox *m_by;
    QWidget *m_eventTimeRow;
    QComboBox *m_field;
    QComboBox *m_format;
    QLabel *m_note;
    /// Whether this form pulls samples at all, and the proposals from the last one.
    bool m_offersSamples = false;
    bool m_hasSample = false;
    QList<EventTimeInference::Field> m_proposals;
};

} // namespace outflow
