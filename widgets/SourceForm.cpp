#include "SourceForm.h"

#include "common/Messages.h"

#include "engine/RecordDecoding.h"
#include "catalog/Validation.h"
#include "kafka/ClusterClient.h"

#include "FutureWatch.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimeZone>
#include <QtConcurrent/QtConcurrentRun>

namespace outflow {

namespace {
enum StartChoice { Earliest, Latest, AtTime };

QString textOrHex(const QByteArray &bytes)
{
    const QString text = QString::fromUtf8(bytes);
    // Round-tripping proves valid UTF-8; binary payloads are shown as hex instead of mojibake.
    if (text.toUtf8() == bytes) return text;
    return QString::fromLatin1(bytes.toHex(' '));
}
} // namespace

SourceForm::SourceForm(std::shared_ptr<Catalog> catalog, QWidget *parent)
    : QWidget(parent), m_catalog(std::move(catalog)), m_cluster(new QComboBox(this)), m_topic(new QComboBox(this)),
      m_topicStatus(new QLabel(this)), m_parallelismAdvice(new QLabel(this)), m_pull(new QPushButton(tr("Pull source data"), this)),
      m_preview(new QPlainTextEdit(this)), m_start(new QComboBox(this)), m_startTime(new QDateTimeEdit(this)),
      m_clusterProblem(new QLabel(this))
{
    m_cluster->setObjectName(QStringLiteral("clusterCombo"));
    m_cluster->setPlaceholderText(tr("Loading clusters…"));
    m_clusterProblem->setObjectName(QStringLiteral("clusterProblem"));
    m_clusterProblem->setWordWrap(true);
    m_clusterProblem->setStyleSheet(QStringLiteral("QLabel { color: #cf222e; }"));
    m_clusterProblem->hide();

    // Editable: a topic the cluster does not list yet (or no longer) can still be typed, and
    // the engine says whether it exists.
    m_topic->setObjectName(QStringLiteral("topicCombo"));
    m_topic->setEditable(true);
    m_topic->setInsertPolicy(QComboBox::NoInsert);
    m_topic->lineEdit()->setPlaceholderText(tr("Choose or type a topic"));
    m_topicStatus->setObjectName(QStringLiteral("topicStatus"));
    m_topicStatus->setWordWrap(true);
    m_topicStatus->setTextFormat(Qt::PlainText);
    m_topicStatus->setStyleSheet(QStringLiteral("QLabel { color: #57606a; }"));
    m_parallelismAdvice->setObjectName(QStringLiteral("parallelismAdvice"));
    m_parallelismAdvice->setWordWrap(true);
    m_parallelismAdvice->setTextFormat(Qt::PlainText);
    m_parallelismAdvice->setStyleSheet(QStringLiteral("QLabel { color: #9a6700; }"));
    m_parallelismAdvice->hide();

    m_pull->setObjectName(QStringLiteral("pullSourceButton"));
    m_pull->setToolTip(tr("Read the most recent message of the topic"));
    m_preview->setObjectName(QStringLiteral("sourcePreview"));
    m_preview->setReadOnly(true);
    m_preview->setPlaceholderText(tr("Pull source data to see a recent message of the topic."));
    m_preview->setFixedHeight(150);
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    m_preview->setFont(mono);

    m_start->setObjectName(QStringLiteral("startPositionCombo"));
    m_start->addItem(tr("Earliest"), Earliest);
    m_start->addItem(tr("Latest"), Latest);
    m_start->addItem(tr("From a date and time"), AtTime);
    m_startTime->setObjectName(QStringLiteral("startDateTimeEdit"));
    m_startTime->setCalendarPopup(true);
    m_startTime->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    m_startTime->setDateTime(QDateTime::currentDateTime().addSecs(-3600));

    auto *topicRow = new QHBoxLayout;
    topicRow->addWidget(m_topic, 1);
    topicRow->addWidget(m_pull);
    auto *startRow = new QHBoxLayout;
    startRow->addWidget(m_start);
    startRow->addWidget(m_startTime, 1);

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Kafka cluster"), m_cluster);
    form->addRow(QString(), m_clusterProblem);
    form->addRow(tr("Source topic"), topicRow);
    form->addRow(QString(), m_topicStatus);
    form->addRow(QString(), m_parallelismAdvice);
    connect(this, &SourceForm::changed, this, &SourceForm::updateParallelismAdvice);
    form->addRow(tr("Source data"), m_preview);
    form->addRow(tr("Start position"), startRow);

    connect(m_cluster, &QComboBox::currentIndexChanged, this, [this] {
        loadTopics();
        Q_EMIT changed();
    });
    connect(m_topic, &QComboBox::currentTextChanged, this, [this] {
        m_preview->clear();
        setSample({});
        Q_EMIT changed();
    });
    connect(m_pull, &QPushButton::clicked, this, &SourceForm::pullSourceData);
    connect(m_start, &QComboBox::currentIndexChanged, this, [this] {
        updateStartEditor();
        Q_EMIT changed();
    });
    connect(m_startTime, &QDateTimeEdit::dateTimeChanged, this, &SourceForm::changed);
    updateStartEditor();
    loadClusters();
}

void SourceForm::loadClusters()
{
    FutureWatch::onReady(this, QtConcurrent::run([catalog = m_catalog] { return catalog->clusters(); }), [this](const Result<QList<ClusterConfig>> &result) {
            m_clustersLoaded = true;
            m_cluster->setPlaceholderText(tr("No Kafka cluster registered"));
            if (!result) {
                m_clusterProblem->setText(Messages::translate(result.error()));
                m_clusterProblem->show();
                Q_EMIT changed();
                return;
            }
            m_clusters = result.value();
            const QSignalBlocker blocker(m_cluster); // one topic load, for the final choice
            for (const ClusterConfig &c : m_clusters) m_cluster->addItem(c.name);
            const int wanted = m_cluster->findText(m_wanted.cluster);
            m_cluster->setCurrentIndex(wanted >= 0 ? wanted : (m_clusters.isEmpty() ? -1 : 0));
            if (!m_wanted.cluster.isEmpty() && wanted < 0) {
                m_clusterProblem->setText(tr("Cluster \"%1\" is no longer registered; choose another.").arg(m_wanted.cluster));
                m_clusterProblem->show();
            }
            loadTopics();
            Q_EMIT changed();
        });
}

std::optional<ClusterConfig> SourceForm::currentCluster() const
{
    const int i = m_cluster->currentIndex();
    if (i < 0 || i >= m_clusters.size()) return std::nullopt;
    return m_clusters.at(i);
}

void SourceForm::loadTopics()
{
    const std::optional<ClusterConfig> cluster = currentCluster();
    const quint64 serial = ++m_topicSerial;
    m_partitions.clear(); // the old cluster's topics say nothing about the new one
    if (!cluster) {
        m_topicStatus->clear();
        return;
    }
    m_topicStatus->setText(tr("Listing the topics of %1…").arg(cluster->name));
    FutureWatch::onReady(this, ClusterClient(*cluster).asyncMetadata(), [this, serial](const Result<ClusterMetadata> &result) {
        if (serial != m_topicSerial) return; // the user picked another cluster meanwhile
        // What is in the field now (typed or prefilled while the list was loading) survives
        // the refill.
        const QString typed = m_topic->currentText().isEmpty() ? m_wanted.topic : m_topic->currentText();
        if (!result) {
            m_topicStatus->setText(Messages::translate(result.error()));
            return;
        }
        QStringList names;
        for (const TopicInfo &t : result->topics) {
            if (t.name.startsWith(QLatin1String("__"))) continue; // internal topics are not data
            names << t.name;
            m_partitions.insert(t.name, t.partitions);
        }
        names.sort(Qt::CaseInsensitive);
        const QSignalBlocker blocker(m_topic);
        m_topic->clear();
        m_topic->addItems(names);
        m_topic->setCurrentIndex(-1);
        m_topic->setEditText(typed);
        m_topicStatus->setText(tr("%n topic(s) in this cluster", nullptr, int(names.size())));
        Q_EMIT changed();
    });
}

std::optional<int> SourceForm::partitionCount() const
{
    const auto it = m_partitions.constFind(m_topic->currentText());
    return it == m_partitions.cend() ? std::nullopt : std::optional<int>(*it);
}

void SourceForm::setParallelism(int parallelism)
{
    m_parallelism = parallelism;
    updateParallelismAdvice();
}

void SourceForm::updateParallelismAdvice()
{
    const std::optional<int> partitions = partitionCount();
    const bool tooMany = partitions && m_parallelism > *partitions;
    if (tooMany)
        m_parallelismAdvice->setText(tr("Topic %1 has %n partition(s): only that many of the %2 consumers get data, the others "
                                        "stay idle. For more throughput, add partitions to the topic.",
                                        nullptr, *partitions)
                                         .arg(m_topic->currentText())
                                         .arg(m_parallelism));
    m_parallelismAdvice->setVisible(tooMany);
}

Result<SourceForm::Pulled> SourceForm::newestRecord(const ClusterConfig &cluster, const QString &topic)
{
    using R = Result<Pulled>;
    const ClusterClient client(cluster);
    const auto info = client.topic(topic);
    if (!info) return R::fail(info.error());
    Pulled pulled;
    for (int p = 0; p < info->partitions; ++p) {
        const auto marks = client.watermarks(topic, p);
        if (!marks) return R::fail(marks.error());
        if (marks->high <= marks->low) continue;
        const auto records = client.readRange(topic, p, marks->high - 1, marks->high);
        if (!records) return R::fail(records.error());
        for (const KafkaRecord &r : records.value())
            if (!pulled.record || r.timestampMs > pulled.record->timestampMs) pulled.record = r;
    }
    if (!pulled.record) return R::ok(pulled);
    RecordDecoding::Outcome decoded = RecordDecoding(cluster).decode(*pulled.record);
    pulled.decoding = decoded.note;
    pulled.schema = std::move(decoded.schema);
    return R::ok(pulled);
}

QString SourceForm::describeRecord(const KafkaRecord &record, const QString &decoding)
{
    QStringList lines;
    const QString time = record.timestampMs >= 0
        ? QDateTime::fromMSecsSinceEpoch(record.timestampMs).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"))
        : tr("no timestamp");
    lines << tr("Partition %1 · offset %2 · %3").arg(record.partition).arg(record.offset).arg(time);
    lines << tr("Key: %1").arg(record.keyIsNull ? tr("(none)") : textOrHex(record.key));
    for (const auto &[name, value] : record.headers)
        lines << tr("Header %1: %2").arg(QString::fromUtf8(name), textOrHex(value));
    if (!decoding.isEmpty()) lines << tr("Value: %1").arg(decoding);
    lines << QString();
    if (record.valueIsNull) {
        lines << tr("(null value)");
    } else {
        QJsonParseError error;
        const QJsonDocument json = QJsonDocument::fromJson(record.value, &error);
        lines << (error.error == QJsonParseError::NoError ? QString::fromUtf8(json.toJson(QJsonDocument::Indented)).trimmed()
                                                          : textOrHex(record.value));
    }
    return lines.join(u'\n');
}

void SourceForm::pullSourceData()
{
    const std::optional<ClusterConfig> cluster = currentCluster();
    const QString topic = m_topic->currentText().trimmed();
    if (!cluster || topic.isEmpty()) {
        m_preview->setPlainText(tr("Choose a cluster and a topic first."));
        return;
    }
    const quint64 serial = ++m_pullSerial;
    m_pull->setEnabled(false);
    setSample({});
    m_preview->setPlainText(tr("Reading the most recent message of %1…").arg(topic));
    FutureWatch::onReady(this, QtConcurrent::run([cluster = *cluster, topic] { return newestRecord(cluster, topic); }), [this, serial](const Result<Pulled> &result) {
            m_pull->setEnabled(true);
            if (serial != m_pullSerial) return;
            if (!result) m_preview->setPlainText(result.error());
            else if (!result->record) m_preview->setPlainText(tr("The topic is empty"));
            else m_preview->setPlainText(describeRecord(*result->record, result->decoding));
            if (result) setSample(result.value());
        });
}

void SourceForm::setSample(Pulled sample)
{
    if (!sample.record && !m_sample.record) return;
    m_sample = std::move(sample);
    Q_EMIT sampleChanged();
}

void SourceForm::updateStartEditor()
{
    m_startTime->setEnabled(m_start->currentData().toInt() == AtTime);
}

void SourceForm::setSource(const SourceSpec &source)
{
    m_wanted = source;
    if (m_clustersLoaded) {
        const int i = m_cluster->findText(source.cluster);
        if (i >= 0) m_cluster->setCurrentIndex(i);
    }
    m_topic->setEditText(source.topic);
    if (source.start == QLatin1String("earliest")) {
        m_start->setCurrentIndex(m_start->findData(Earliest));
    } else if (source.start == QLatin1String("latest")) {
        m_start->setCurrentIndex(m_start->findData(Latest));
    } else if (const auto at = Validation::startTimestamp(source.start)) {
        m_start->setCurrentIndex(m_start->findData(AtTime));
        m_startTime->setDateTime(at->toLocalTime());
    }
}

SourceSpec SourceForm::source() const
{
    SourceSpec s;
    s.cluster = m_cluster->currentText();
    s.topic = m_topic->currentText().trimmed();
    switch (m_start->currentData().toInt()) {
    case Latest: s.start = QStringLiteral("latest"); break;
    case AtTime:
        // The user picks local wall-clock time; the definition stores it in UTC so it means
        // the same instant on every machine.
        s.start = m_startTime->dateTime().toUTC().toString(Qt::ISODate);
        break;
    default: s.start = QStringLiteral("earliest"); break;
    }
    return s;
}

QString SourceForm::problem() const
{
    if (!m_clustersLoaded) return tr("Loading the Kafka clusters…");
    if (m_clusters.isEmpty()) return tr("Register a Kafka cluster first (Kafka Clusters page).");
    if (!currentCluster()) return tr("Choose a Kafka cluster.");
    const SourceSpec s = source();
    if (QString p = Validation::topicProblem(s.topic); !p.isEmpty()) return p;
    return Validation::startPositionProblem(s.start);
}

} // namespace outflow
