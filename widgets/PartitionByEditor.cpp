#include "PartitionByEditor.h"

#include "TargetText.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace outflow {

PartitionByEditor::PartitionByEditor(QWidget *parent)
    : QWidget(parent), m_by(new QComboBox(this)), m_eventTimeRow(new QWidget(this)), m_field(new QComboBox(m_eventTimeRow)),
      m_format(new QComboBox(m_eventTimeRow)), m_note(new QLabel(this))
{
    m_by->setObjectName(QStringLiteral("partitionByCombo"));
    m_by->addItem(TargetText::foldersBy(PartitionBy()), false);
    m_by->addItem(tr("Event time from a field"), true);
    m_by->setToolTip(tr("Which time puts a record into its dt=YYYYMMDD/hr=HH folder, in the task's time zone. A record "
                        "whose event time is missing or implausible is a bad record."));
    // Editable: the proposals come from one record, and the user may know better.
    m_field->setObjectName(QStringLiteral("eventTimeFieldCombo"));
    m_field->setEditable(true);
    m_field->setInsertPolicy(QComboBox::NoInsert);
    m_field->lineEdit()->setPlaceholderText(tr("Field path, e.g. ts or event.time"));
    m_format->setObjectName(QStringLiteral("eventTimeFormatCombo"));
    for (TimeFormat f : {TimeFormat::EpochMs, TimeFormat::EpochS, TimeFormat::Iso8601})
        m_format->addItem(TargetText::timeFormat(f), int(f));
    m_note->setObjectName(QStringLiteral("eventTimeNote"));
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::PlainText);
    m_note->setStyleSheet(QStringLiteral("QLabel { color: #57606a; }"));

    auto *row = new QHBoxLayout(m_eventTimeRow);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_field, 3);
    row->addWidget(m_format, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_by);
    layout->addWidget(m_eventTimeRow);
    layout->addWidget(m_note);

    connect(m_by, &QComboBox::currentIndexChanged, this, [this] {
        updateEventTimeRow();
        Q_EMIT changed();
    });
    connect(m_field, &QComboBox::activated, this, &PartitionByEditor::pickProposal);
    connect(m_field, &QComboBox::currentTextChanged, this, &PartitionByEditor::changed);
    connect(m_format, &QComboBox::currentIndexChanged, this, &PartitionByEditor::changed);
    updateEventTimeRow();
}

bool PartitionByEditor::byEventTime() const
{
    return m_by->currentData().toBool();
}

void PartitionByEditor::setPartitionBy(const PartitionBy &by)
{
    m_by->setCurrentIndex(m_by->findData(by.byEventTime()));
    m_field->setEditText(by.field);
    m_format->setCurrentIndex(m_format->findData(int(by.format)));
}

PartitionBy PartitionByEditor::partitionBy() const
{
    // A field typed before switching back to Kafka time stays in the box, not in the target.
    if (!byEventTime()) return {};
    return PartitionBy{m_field->currentText().trimmed(), TimeFormat(m_format->currentData().toInt())};
}

void PartitionByEditor::setSample(const std::optional<QByteArray> &value)
{
    m_offersSamples = true;
    m_hasSample = value.has_value();
    m_proposals = value ? EventTimeInference::fromValue(*value) : QList<EventTimeInference::Field>();
    // New proposals, same path: what the user typed or picked is not replaced by a new record.
    const QString typed = m_field->currentText();
    {
        const QSignalBlocker blocker(m_field);
        m_field->clear();
        for (const EventTimeInference::Field &f : std::as_const(m_proposals))
            m_field->addItem(f.path, int(f.format));
        m_field->setCurrentIndex(-1);
        m_field->setEditText(typed);
    }
    updateEventTimeRow();
}

void PartitionByEditor::pickProposal(int index)
{
    const QVariant format = m_field->itemData(index);
    if (format.isValid()) m_format->setCurrentIndex(m_format->findData(format));
}

void PartitionByEditor::updateEventTimeRow()
{
    const bool eventTime = byEventTime();
    m_eventTimeRow->setVisible(eventTime);
    QString note;
    if (m_offersSamples && !m_hasSample) note = tr("Pull source data to have the fields of a recent record that look like times proposed.");
    else if (m_offersSamples && m_proposals.isEmpty())
        note = tr("No field of the pulled record looks like a time; type the path of the one that holds it.");
    else if (m_offersSamples)
        note = tr("%n field(s) of the pulled record look like times: pick one from the list, or type a path.", nullptr,
                  int(m_proposals.size()));
    m_note->setText(note);
    m_note->setVisible(eventTime && !note.isEmpty());
}

QString PartitionByEditor::problem() const
{
    if (byEventTime() && m_field->currentText().trimmed().isEmpty())
        return tr("Name the field that holds the event time, or make folders by Kafka record time.");
    return {};
}

} // namespace outflow
