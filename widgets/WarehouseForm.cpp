#include "WarehouseForm.h"

#include "common/Messages.h"

#include "catalog/Validation.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace outflow {

WarehouseForm::WarehouseForm(QWidget *parent)
    : QWidget(parent), m_name(new QLineEdit(this)), m_kind(new QComboBox(this)), m_location(new QLineEdit(this)),
      m_browse(new QPushButton(tr("Browse…"), this)), m_user(new QLineEdit(this)), m_note(new QLabel(this)),
      m_metastore(new QLineEdit(this)), m_metastoreProblem(new QLabel(this))
{
    m_name->setObjectName(QStringLiteral("warehouseNameEdit"));
    m_name->setPlaceholderText(tr("e.g. tdw_local"));
    m_kind->setObjectName(QStringLiteral("warehouseKindCombo"));
    m_kind->addItem(tr("Local directory"), int(WarehouseConfig::Kind::Local));
    m_kind->addItem(tr("HDFS (WebHDFS)"), int(WarehouseConfig::Kind::Hdfs));
    m_location->setObjectName(QStringLiteral("warehouseLocationEdit"));
    m_browse->setObjectName(QStringLiteral("browseButton"));
    m_user->setObjectName(QStringLiteral("hdfsUserEdit"));
    m_note->setObjectName(QStringLiteral("warehouseNote"));
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::PlainText);
    m_note->setStyleSheet(QStringLiteral("QLabel { color: #57606a; }"));
    m_metastore->setObjectName(QStringLiteral("metastoreEdit"));
    m_metastore->setPlaceholderText(tr("optional, e.g. thrift://metastore:9083"));
    m_metastore->setToolTip(tr("Tasks on this warehouse register their table and hour partitions in this Hive Metastore."));
    m_metastoreProblem->setObjectName(QStringLiteral("metastoreProblem"));
    m_metastoreProblem->setWordWrap(true);
    m_metastoreProblem->setTextFormat(Qt::PlainText);
    m_metastoreProblem->setStyleSheet(QStringLiteral("QLabel { color: #cf222e; }"));

    auto *locationRow = new QHBoxLayout;
    locationRow->addWidget(m_location, 1);
    locationRow->addWidget(m_browse);
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Kind"), m_kind);
    form->addRow(tr("Location"), locationRow);
    form->addRow(tr("HDFS user"), m_user);
    form->addRow(QString(), m_note);
    form->addRow(tr("Hive Metastore"), m_metastore);
    form->addRow(QString(), m_metastoreProblem);

    for (QLineEdit *e : {m_name, m_location, m_user, m_metastore}) connect(e, &QLineEdit::textChanged, this, &WarehouseForm::changed);
    connect(m_metastore, &QLineEdit::textChanged, this, &WarehouseForm::updateMetastoreProblem);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        updateKind();
        Q_EMIT changed();
    });
    connect(m_browse, &QPushButton::clicked, this, &WarehouseForm::browse);
    updateKind();
    updateMetastoreProblem();
}

void WarehouseForm::updateMetastoreProblem()
{
    // Shown at the field as it is typed; the dialog refuses to save with the same sentence.
    const QString problem = Validation::metastoreUrlProblem(m_metastore->text().trimmed());
    m_metastoreProblem->setText(Messages::translate(problem));
    m_metastoreProblem->setVisible(!problem.isEmpty());
}

void WarehouseForm::updateKind()
{
    const bool hdfs = WarehouseConfig::Kind(m_kind->currentData().toInt()) == WarehouseConfig::Kind::Hdfs;
    m_browse->setEnabled(!hdfs);
    m_user->setEnabled(hdfs);
    m_location->setPlaceholderText(hdfs ? tr("http://namenode:9870/warehouse") : tr("/data/warehouse"));
    m_note->setText(hdfs ? tr("The URL is the NameNode's WebHDFS address; its path is the warehouse root folder, which "
                              "must exist. Files are written as the HDFS user.")
                         : QString());
    m_note->setVisible(hdfs);
}

void WarehouseForm::browse()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Warehouse directory"), m_location->text());
    if (!dir.isEmpty()) m_location->setText(dir);
}

void WarehouseForm::setWarehouse(const WarehouseConfig &w)
{
    m_name->setText(w.name);
    m_name->setReadOnly(true);
    m_name->setToolTip(tr("Tasks refer to warehouses by name, so it cannot change."));
    m_kind->setCurrentIndex(m_kind->findData(int(w.kind)));
    m_location->setText(w.location);
    m_user->setText(w.user);
    m_metastore->setText(w.metastore);
}

WarehouseConfig WarehouseForm::warehouse() const
{
    WarehouseConfig w;
    w.name = m_name->text().trimmed();
    w.kind = WarehouseConfig::Kind(m_kind->currentData().toInt());
    w.location = m_location->text().trimmed();
    if (w.kind == WarehouseConfig::Kind::Hdfs) w.user = m_user->text().trimmed();
    w.metastore = m_metastore->text().trimmed();
    return w;
}

QString WarehouseForm::problem() const
{
    return Validation::warehouseProblem(warehouse());
}

} // namespace outflow
