#include "TargetForm.h"

#include "common/Messages.h"

#include "ColumnsEditor.h"
#include "PartitionByEditor.h"
#include "TargetText.h"
#include "ValidatedLineEdit.h"
#include "catalog/Validation.h"

#include "FutureWatch.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTimeZone>
#include <QtConcurrent/QtConcurrentRun>

namespace outflow {

namespace {
constexpr qint64 kMiB = 1024 * 1024;

QList<ColumnSpec> stringColumns(const QStringList &fields)
{
    QList<ColumnSpec> columns;
    for (const QString &f : fields) columns.append(ColumnSpec{.name = f, .path = f});
    return columns;
}
} // namespace

TargetForm::TargetForm(std::shared_ptr<Catalog> catalog, QWidget *parent)
    : QWidget(parent), m_catalog(std::move(catalog)), m_warehouse(new QComboBox(this)), m_warehouseProblem(new QLabel(this)),
      m_bid(new ValidatedLineEdit(QStringLiteral("bidEdit"),
                                  [](const QString &v) { return Validation::tableIdProblem(QStringLiteral("BID"), v); }, this)),
      m_tid(new ValidatedLineEdit(QStringLiteral("tidEdit"),
                                  [](const QString &v) { return Validation::tableIdProblem(QStringLiteral("TID"), v); }, this)),
      m_format(new QComboBox(this)), m_fields(new QLineEdit(this)), m_delimitedColumns(new QCheckBox(tr("Typed columns"), this)),
      m_separator(new QLineEdit(this)),
      m_compression(new QComboBox(this)), m_columns(new ColumnsEditor(this)), m_maxFileMiB(new QSpinBox(this)),
      m_flushSec(new QSpinBox(this)), m_partitionBy(new PartitionByEditor(this)), m_timezone(new QComboBox(this)), m_badRecords(new QComboBox(this))
{
    m_warehouse->setObjectName(QStringLiteral("warehouseCombo"));
    m_warehouse->setPlaceholderText(tr("Loading warehouses…"));
    m_warehouseProblem->setObjectName(QStringLiteral("warehouseProblem"));
    m_warehouseProblem->setWordWrap(true);
    m_warehouseProblem->setStyleSheet(QStringLiteral("QLabel { color: #cf222e; }"));
    m_warehouseProblem->hide();
    m_bid->edit()->setPlaceholderText(tr("Business ID, e.g. b_sales"));
    m_tid->edit()->setPlaceholderText(tr("Table ID, e.g. orders"));

    m_format->setObjectName(QStringLiteral("formatCombo"));
    m_format->addItem(tr("JSON (one object per line)"), int(RecordFormat::Json));
    m_format->addItem(tr("Raw (value bytes per line)"), int(RecordFormat::Raw));
    m_format->addItem(tr("Delimited (TDW text table)"), int(RecordFormat::Delimited));
    m_format->addItem(tr("Parquet (typed columns)"), int(RecordFormat::Parquet));
    m_format->addItem(tr("ORC (typed columns)"), int(RecordFormat::Orc));
    m_fields->setObjectName(QStringLiteral("fieldsEdit"));
    m_fields->setPlaceholderText(tr("JSON fields in column order, comma separated: id, amount, ts"));
    m_delimitedColumns->setObjectName(QStringLiteral("delimitedColumnsCheck"));
    m_delimitedColumns->setToolTip(tr("Define each column's type and JSON path: values that do not fit their type "
                                      "become bad records instead of text in the table."));
    m_separator->setObjectName(QStringLiteral("separatorEdit"));
    m_separator->setMaxLength(8);
    m_compression->setObjectName(QStringLiteral("compressionCombo"));
    m_compression->setToolTip(tr("Text files are compressed whole; parquet and orc compress inside the file, and also "
                                 "take snappy."));
    m_columns->setObjectName(QStringLiteral("columnsEditor"));
    m_maxFileMiB->setObjectName(QStringLiteral("maxFileSizeSpin"));
    m_maxFileMiB->setRange(1, 64 * 1024);
    m_maxFileMiB->setSuffix(tr(" MiB"));
    m_flushSec->setObjectName(QStringLiteral("flushIntervalSpin"));
    m_flushSec->setRange(1, 86400);
    m_flushSec->setSuffix(tr(" s"));
    m_partitionBy->setObjectName(QStringLiteral("partitionByEditor"));
    m_timezone->setObjectName(QStringLiteral("timezoneCombo"));
    m_timezone->setEditable(true);
    m_timezone->setInsertPolicy(QComboBox::NoInsert);
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds()) m_timezone->addItem(QString::fromUtf8(id));
    m_badRecords->setObjectName(QStringLiteral("badRecordsCombo"));
    m_badRecords->addItem(tr("Skip and count them"), int(BadRecordPolicy::Skip));
    m_badRecords->addItem(tr("Write them to _deadletter"), int(BadRecordPolicy::DeadLetter));
    m_badRecords->addItem(tr("Fail the task"), int(BadRecordPolicy::Fail));

    m_form = new QFormLayout(this);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->addRow(tr("Warehouse"), m_warehouse);
    m_form->addRow(QString(), m_warehouseProblem);
    m_form->addRow(tr("BID"), m_bid);
    m_form->addRow(tr("TID"), m_tid);
    m_form->addRow(tr("Format"), m_format);
    m_form->addRow(QString(), m_delimitedColumns);
    m_form->addRow(tr("Fields"), m_fields);
    m_form->addRow(tr("Separator"), m_separator);
    m_form->addRow(tr("Columns"), m_columns);
    m_form->addRow(tr("Compression"), m_compression);
    m_form->addRow(tr("Max file size"), m_maxFileMiB);
    m_form->addRow(tr("Flush interval"), m_flushSec);
    // Right above the time zone, which the folders are named in.
    m_form->addRow(tr("Folders by"), m_partitionBy);
    m_form->addRow(tr("Time zone"), m_timezone);
    m_form->addRow(tr("Bad records"), m_badRecords);

    for (ValidatedLineEdit *e : {m_bid, m_tid}) connect(e, &ValidatedLineEdit::changed, this, &TargetForm::changed);
    for (QLineEdit *e : {m_fields, m_separator}) connect(e, &QLineEdit::textChanged, this, &TargetForm::changed);
    for (QComboBox *c : {m_warehouse, m_compression, m_badRecords}) connect(c, &QComboBox::currentIndexChanged, this, &TargetForm::changed);
    connect(m_timezone, &QComboBox::currentTextChanged, this, &TargetForm::changed);
    connect(m_format, &QComboBox::currentIndexChanged, this, [this] {
        updateFormatFields();
        Q_EMIT changed();
    });
    connect(m_delimitedColumns, &QCheckBox::toggled, this, [this](bool typed) {
        // The fields typed so far become string columns rather than being lost.
        if (typed && m_columns->columns().isEmpty()) m_columns->setColumns(stringColumns(target().fields));
        updateFormatFields();
        Q_EMIT changed();
    });
    connect(m_columns, &ColumnsEditor::changed, this, &TargetForm::changed);
    connect(m_partitionBy, &PartitionByEditor::changed, this, &TargetForm::changed);
    for (QSpinBox *s : {m_maxFileMiB, m_flushSec}) connect(s, &QSpinBox::valueChanged, this, &TargetForm::changed);

    setTarget(TargetSpec());
    loadWarehouses();
}

void TargetForm::loadWarehouses()
{
    FutureWatch::onReady(this, QtConcurrent::run([catalog = m_catalog] { return catalog->warehouses(); }), [this](const Result<QList<WarehouseConfig>> &result) {
            m_loaded = true;
            m_warehouse->setPlaceholderText(tr("No warehouse registered"));
            if (!result) {
                m_warehouseProblem->setText(Messages::translate(result.error()));
                m_warehouseProblem->show();
                Q_EMIT changed();
                return;
            }
            m_empty = result->isEmpty();
            const QSignalBlocker blocker(m_warehouse);
            for (const WarehouseConfig &w : result.value()) m_warehouse->addItem(w.name);
            const int wanted = m_warehouse->findText(m_wantedWarehouse);
            m_warehouse->setCurrentIndex(wanted >= 0 ? wanted : (m_empty ? -1 : 0));
            if (!m_wantedWarehouse.isEmpty() && wanted < 0) {
                m_warehouseProblem->setText(
                    tr("Warehouse \"%1\" is no longer registered; choose another.").arg(m_wantedWarehouse));
                m_warehouseProblem->show();
            }
            Q_EMIT changed();
        });
}

void TargetForm::updateFormatFields()
{
    const RecordFormat format = RecordFormat(m_format->currentData().toInt());
    const bool delimited = format == RecordFormat::Delimited;
    const bool columnar = isColumnar(format);
    m_fields->setEnabled(delimited);
    m_separator->setEnabled(delimited);
    const bool delimitedColumns = delimited && m_delimitedColumns->isChecked();
    m_form->setRowVisible(m_delimitedColumns, delimited);
    m_form->setRowVisible(m_fields, !columnar && !delimitedColumns);
    m_form->setRowVisible(m_separator, !columnar);
    m_form->setRowVisible(m_columns, columnar || delimitedColumns);
    updateCompressionChoices(columnar);
}

void TargetForm::updateCompressionChoices(bool columnar)
{
    // Snappy is offered only where the engine can write it; a text format falls back to none.
    const QVariant current = m_compression->currentData();
    const QSignalBlocker blocker(m_compression);
    m_compression->clear();
    for (Compression c : {Compression::None, Compression::Gzip, Compression::Zstd, Compression::Snappy})
        if (c != Compression::Snappy || columnar) m_compression->addItem(TargetText::compression(c), int(c));
    m_compression->setCurrentIndex(qMax(0, m_compression->findData(current)));
}

void TargetForm::setSample(const std::optional<QByteArray> &value, std::shared_ptr<const AvroSchema> schema)
{
    m_columns->setSample(value, std::move(schema));
    m_partitionBy->setSample(value);
}

void TargetForm::setTarget(const TargetSpec &t)
{
    m_wantedWarehouse = t.warehouse;
    if (m_loaded) {
        const int i = m_warehouse->findText(t.warehouse);
        if (i >= 0) m_warehouse->setCurrentIndex(i);
    }
    m_bid->setText(t.bid);
    m_tid->setText(t.tid);
    m_format->setCurrentIndex(m_format->findData(int(t.format)));
    m_fields->setText(t.fields.join(QStringLiteral(", ")));
    m_separator->setText(t.separator);
    m_columns->setColumns(t.columns);
    {
        const QSignalBlocker blocker(m_delimitedColumns);
        m_delimitedColumns->setChecked(t.format == RecordFormat::Delimited && !t.columns.isEmpty());
    }
    m_maxFileMiB->setValue(int(qMax<qint64>(1, t.maxFileBytes / kMiB)));
    m_flushSec->setValue(t.flushIntervalSec);
    m_partitionBy->setPartitionBy(t.partitionBy);
    m_timezone->setCurrentText(t.timezone);
    m_badRecords->setCurrentIndex(m_badRecords->findData(int(t.badRecords)));
    updateFormatFields();
    // After the format: snappy is a choice only once a columnar format is.
    m_compression->setCurrentIndex(qMax(0, m_compression->findData(int(t.compression))));
}

TargetSpec TargetForm::target() const
{
    TargetSpec t;
    t.warehouse = m_warehouse->currentText();
    t.bid = m_bid->text();
    t.tid = m_tid->text();
    t.format = RecordFormat(m_format->currentData().toInt());
    t.fields.clear();
    for (const QString &f : m_fields->text().split(u',', Qt::SkipEmptyParts))
        if (!f.trimmed().isEmpty()) t.fields << f.trimmed();
    t.separator = m_separator->text().isEmpty() ? QStringLiteral("|") : m_separator->text();
    t.compression = Compression(m_compression->currentData().toInt());
    // Columns belong to parquet and orc, and to a delimited target with typed columns; the ones
    // typed stay in the editor if the user switches format and back.
    if (isColumnar(t.format) || (t.format == RecordFormat::Delimited && m_delimitedColumns->isChecked())) t.columns = m_columns->columns();
    if (!t.columns.isEmpty()) t.fields.clear();
    t.maxFileBytes = qint64(m_maxFileMiB->value()) * kMiB;
    t.flushIntervalSec = m_flushSec->value();
    t.partitionBy = m_partitionBy->partitionBy();
    t.timezone = m_timezone->currentText().trimmed();
    t.badRecords = BadRecordPolicy(m_badRecords->currentData().toInt());
    return t;
}

bool TargetForm::showsFieldProblem() const
{
    return m_bid->showsProblem() || m_tid->showsProblem();
}

QString TargetForm::problem() const
{
    if (!m_loaded) return tr("Loading the warehouses…");
    if (m_empty) return tr("Register a warehouse first (Warehouses page).");
    if (m_warehouse->currentIndex() < 0) return tr("Choose a warehouse.");
    if (QString p = m_bid->problem(); !p.isEmpty()) return p;
    if (QString p = m_tid->problem(); !p.isEmpty()) return p;
    return m_partitionBy->problem();
}

} // namespace outflow
