#include "ColumnsEditor.h"

#include "ColumnInference.h"
#include "TargetText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace outflow {

namespace {
constexpr ColumnType kTypes[] = {ColumnType::String,  ColumnType::Int32,       ColumnType::Int64, ColumnType::Double,
                                 ColumnType::Boolean, ColumnType::TimestampMs, ColumnType::Date,  ColumnType::Binary};
constexpr ColumnMeta kMetas[] = {ColumnMeta::Topic, ColumnMeta::Partition, ColumnMeta::Offset, ColumnMeta::Timestamp,
                                 ColumnMeta::Key};
} // namespace

ColumnsEditor::ColumnsEditor(QWidget *parent)
    : QWidget(parent), m_table(new QTableWidget(0, ColumnCount, this)), m_infer(new QPushButton(tr("Infer from sample"), this)),
      m_add(new QPushButton(tr("Add"), this)), m_remove(new QPushButton(tr("Remove"), this)),
      m_up(new QPushButton(tr("Move up"), this)), m_down(new QPushButton(tr("Move down"), this)), m_note(new QLabel(this))
{
    m_table->setObjectName(QStringLiteral("columnsTable"));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Type"), tr("Source"), tr("Nullable")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setSectionResizeMode(Source, QHeaderView::Stretch);
    m_table->setColumnWidth(Name, 160);
    m_table->setColumnWidth(Type, 130);
    m_table->setMinimumHeight(260); // seven rows before it scrolls
    m_infer->setObjectName(QStringLiteral("inferColumnsButton"));
    m_infer->hide();
    m_add->setObjectName(QStringLiteral("addColumnButton"));
    m_remove->setObjectName(QStringLiteral("removeColumnButton"));
    m_up->setObjectName(QStringLiteral("moveColumnUpButton"));
    m_down->setObjectName(QStringLiteral("moveColumnDownButton"));
    m_note->setObjectName(QStringLiteral("columnsNote"));
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::PlainText);
    m_note->setStyleSheet(QStringLiteral("QLabel { color: #57606a; }"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_infer);
    buttons->addStretch(1);
    for (QPushButton *b : {m_add, m_remove, m_up, m_down}) buttons->addWidget(b);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
    layout->addWidget(m_note);

    connect(m_infer, &QPushButton::clicked, this, &ColumnsEditor::inferFromSample);
    connect(m_add, &QPushButton::clicked, this, &ColumnsEditor::addColumn);
    connect(m_remove, &QPushButton::clicked, this, &ColumnsEditor::removeColumn);
    connect(m_up, &QPushButton::clicked, this, [this] { moveColumn(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveColumn(1); });
    connect(m_table, &QTableWidget::currentCellChanged, this, &ColumnsEditor::updateButtons);
    updateInference();
    updateButtons();
}

void ColumnsEditor::insertRow(int row, const ColumnSpec &column)
{
    m_table->insertRow(row);
    auto *name = new QLineEdit(column.name);
    name->setObjectName(QStringLiteral("columnNameEdit"));
    name->setFrame(false);

    auto *type = new QComboBox;
    type->setObjectName(QStringLiteral("columnTypeCombo"));
    for (ColumnType t : kTypes) type->addItem(columnTypeName(t), int(t));
    type->setCurrentIndex(type->findData(int(column.type)));

    // Editable: a path is typed, Kafka metadata is picked from the list.
    auto *source = new QComboBox;
    source->setObjectName(QStringLiteral("columnSourceCombo"));
    source->setEditable(true);
    source->setInsertPolicy(QComboBox::NoInsert);
    for (ColumnMeta m : kMetas) source->addItem(TargetText::meta(m), int(m));
    source->lineEdit()->setPlaceholderText(tr("JSON path, same as the name"));
    source->setEditText(TargetText::columnSource(column));

    auto *nullable = new QCheckBox;
    nullable->setObjectName(QStringLiteral("columnNullableCheck"));
    nullable->setChecked(column.nullable);
    nullable->setStyleSheet(QStringLiteral("QCheckBox { margin-left: 8px; }"));

    m_table->setCellWidget(row, Name, name);
    m_table->setCellWidget(row, Type, type);
    m_table->setCellWidget(row, Source, source);
    m_table->setCellWidget(row, Nullable, nullable);
    // Editing a cell selects its row, so Remove and Move act on the column being edited.
    for (QWidget *w : {static_cast<QWidget *>(name), static_cast<QWidget *>(type), static_cast<QWidget *>(source->lineEdit()),
                       static_cast<QWidget *>(nullable)})
        w->installEventFilter(this);
    source->installEventFilter(this);

    connect(name, &QLineEdit::textChanged, this, &ColumnsEditor::changed);
    connect(type, &QComboBox::currentIndexChanged, this, &ColumnsEditor::changed);
    connect(source, &QComboBox::currentTextChanged, this, &ColumnsEditor::changed);
    connect(nullable, &QCheckBox::toggled, this, &ColumnsEditor::changed);
}

bool ColumnsEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusIn) {
        for (int r = 0; r < m_table->rowCount(); ++r)
            for (int c = 0; c < ColumnCount; ++c) {
                QWidget *cell = m_table->cellWidget(r, c);
                if (cell && (cell == watched || cell->isAncestorOf(qobject_cast<QWidget *>(watched)))) {
                    if (m_table->currentRow() != r) m_table->setCurrentCell(r, c);
                    return false;
                }
            }
    }
    return QWidget::eventFilter(watched, event);
}

ColumnSpec ColumnsEditor::columnAt(int row) const
{
    ColumnSpec c;
    c.name = static_cast<QLineEdit *>(m_table->cellWidget(row, Name))->text().trimmed();
    c.type = ColumnType(static_cast<QComboBox *>(m_table->cellWidget(row, Type))->currentData().toInt());
    const auto *source = static_cast<QComboBox *>(m_table->cellWidget(row, Source));
    const QString text = source->currentText().trimmed();
    const int meta = source->findText(text, Qt::MatchFixedString | Qt::MatchCaseSensitive);
    if (meta >= 0) c.meta = ColumnMeta(source->itemData(meta).toInt());
    else c.path = text.isEmpty() ? c.name : text;
    c.nullable = static_cast<QCheckBox *>(m_table->cellWidget(row, Nullable))->isChecked();
    return c;
}

void ColumnsEditor::setColumns(const QList<ColumnSpec> &columns)
{
    m_table->setRowCount(0);
    for (const ColumnSpec &c : columns) insertRow(m_table->rowCount(), c);
    updateButtons();
    Q_EMIT changed();
}

QList<ColumnSpec> ColumnsEditor::columns() const
{
    QList<ColumnSpec> result;
    for (int r = 0; r < m_table->rowCount(); ++r) result << columnAt(r);
    return result;
}

void ColumnsEditor::setSample(const std::optional<QByteArray> &value, std::shared_ptr<const AvroSchema> schema)
{
    m_sample = value;
    m_schema = m_sample ? std::move(schema) : nullptr;
    m_infer->show();
    updateInference();
}

void ColumnsEditor::updateInference()
{
    m_infer->setEnabled(m_sample.has_value());
    m_infer->setText(m_schema ? tr("Infer from schema") : tr("Infer from sample"));
    m_infer->setToolTip(m_schema  ? tr("Propose one column per field of the Avro schema the sample record was written with")
                        : m_sample ? tr("Propose one column per field of the sample record's value")
                                   : tr("Pull source data first: the columns are proposed from the record it shows."));
    if (m_infer->isHidden()) return;
    m_note->setText(m_sample ? QString() : tr("Add columns, or pull source data and infer them from a recent record."));
}

void ColumnsEditor::addColumn()
{
    const int row = m_table->currentRow() >= 0 ? m_table->currentRow() + 1 : m_table->rowCount();
    ColumnSpec c;
    c.name = QStringLiteral("column_%1").arg(m_table->rowCount() + 1);
    c.path = c.name;
    insertRow(row, c);
    m_table->setCurrentCell(row, Name);
    if (auto *name = static_cast<QLineEdit *>(m_table->cellWidget(row, Name))) {
        name->setFocus();
        name->selectAll();
    }
    updateButtons();
    Q_EMIT changed();
}

void ColumnsEditor::removeColumn()
{
    const int row = m_table->currentRow();
    if (row < 0) return;
    m_table->removeRow(row);
    m_table->setCurrentCell(qMin(row, m_table->rowCount() - 1), Name);
    updateButtons();
    Q_EMIT changed();
}

void ColumnsEditor::moveColumn(int by)
{
    const int row = m_table->currentRow();
    const int to = row + by;
    if (row < 0 || to < 0 || to >= m_table->rowCount()) return;
    // Cell widgets cannot move between rows: the row is rebuilt at its new place.
    const ColumnSpec column = columnAt(row);
    m_table->removeRow(row);
    insertRow(to, column);
    m_table->setCurrentCell(to, Name);
    updateButtons();
    Q_EMIT changed();
}

void ColumnsEditor::inferFromSample()
{
    if (!m_sample) return;
    const Result<ColumnInference::Proposal> proposal =
        m_schema ? ColumnInference::fromAvroSchema(*m_schema) : ColumnInference::fromValue(*m_sample);
    if (!proposal) {
        m_note->setText(proposal.error());
        return;
    }
    // Metadata columns are never inferred, so the ones the user added stay.
    QList<ColumnSpec> columns = proposal->columns;
    for (const ColumnSpec &c : this->columns())
        if (c.meta != ColumnMeta::None) columns << c;
    setColumns(columns);
    QString note = m_schema ? tr("%n column(s) proposed from the record's Avro schema; check the types before you save.", nullptr,
                                 int(proposal->columns.size()))
                            : tr("%n column(s) proposed from the sample record; check the types before you save.", nullptr,
                                 int(proposal->columns.size()));
    if (!proposal->skipped.isEmpty())
        note += u'\n' + tr("Left out, since a dotted path cannot name them: %1").arg(proposal->skipped.join(QStringLiteral(", ")));
    m_note->setText(note);
}

void ColumnsEditor::updateButtons()
{
    const int row = m_table->currentRow();
    m_remove->setEnabled(row >= 0);
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row < m_table->rowCount() - 1);
}

} // namespace outflow
