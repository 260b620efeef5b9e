// Renders the screenshots of docs/ (task list with live traffic, Kafka clusters, warehouses, create
// form, the create form with a parquet target and inferred columns, the same form with event-time
// folders, the task detail's Basic information and Hive table tabs, a CreateFailed task's reason
// and history, Monitoring with compare, Dashboard, Reset position) offscreen, against the broker
// that scripts/kafka.sh runs (outflow_progress_screenshots shoots the other tabs):
//
//   OUTFLOW_KAFKA_DIR=<state dir> QT_QPA_PLATFORM=offscreen outflow_screenshots <out dir> [en|zh_CN]
//
// Not a test: it asserts nothing, it only shows real widgets over a real engine, so the pictures
// in the README are what users get.

#include "ConsumptionProgressTab.h"
#include "EngineTestEnv.h"
#include "MainWindow.h"
#include "ResetPositionDialog.h"
#include "TaskDetailPage.h"
#include "TaskFormDialog.h"
#include "TaskListPage.h"
#include "Translations.h"
#include "MetricChart.h"
#include "MonitoringView.h"
#include "TestKafka.h"
#include "engine/Engine.h"
#include "metrics/MetricsRecorder.h"
#include "metrics/MetricsStore.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QRadioButton>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTabWidget>
#include <QToolButton>
#include <QTest>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <cmath>
#include <cstdio>

using namespace outflow;

namespace {

bool save(QWidget *widget, const QString &path)
{
    if (widget->grab().save(path)) return true;
    std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
    return false;
}

/// Keeps producing small JSON orders so the list shows a real, moving msg/s.
class Traffic final
{
public:
    explicit Traffic(QString topic)
    {
        m_done = QtConcurrent::run([this, topic = std::move(topic)] {
            for (int batch = 0; !m_stop; ++batch) {
                QByteArrayList values;
                for (int i = 0; i < 40; ++i)
                    values << QStringLiteral(R"({"order_id":%1,"sku":"B-%2","amount":%3.50,"paid":true,)"
                                             R"("day":"2026-12-02","buyer":{"city":"%4"},"ts":%5})")
                                  .arg(batch * 40 + i)
                                  .arg(1000 + i)
                                  .arg(10 + i % 90)
                                  .arg(i % 2 ? QStringLiteral("Shenzhen") : QStringLiteral("Beijing"))
                                  .arg(QDateTime::currentMSecsSinceEpoch())
                                  .toUtf8();
                TestKafka::produce(topic, values);
                QThread::msleep(150);
            }
        });
    }
    ~Traffic()
    {
        m_stop = true;
        m_done.waitForFinished();
    }
    Q_DISABLE_COPY_MOVE(Traffic)

private:
    std::atomic<bool> m_stop{false};
    QFuture<void> m_done;
};

/// A day of history before the engine started, so the Monitoring screenshot has something to
/// compare with: a gentle daily wave around the demo traffic's real rate. Synthetic, and said so
/// in docs/ where the picture is shown.
bool seedHistory(const QString &storePath, const QString &taskId, qint64 untilMs)
{
    auto store = MetricsStore::open(storePath);
    if (!store) return false;
    MetricRows rows;
    const qint64 from = untilMs - 25 * 3600 * 1000LL;
    for (qint64 at = from / 1000 * 1000; at < untilMs; at += 1000) {
        const double t = double(at) / 1000.0;
        const double wave = 1 + 0.35 * std::sin(t / 2400.0) + 0.1 * std::sin(t / 130.0);
        const double in = 240 * wave;
        MetricRow row{taskId, kTaskResource, at, {}};
        row.values.fill(0);
        row.setValue(Metric::MessagesIn, in);
        row.setValue(Metric::MessagesOut, in * 0.97);
        row.setValue(Metric::BytesIn, in * 78);
        row.setValue(Metric::BytesOut, in * 0.97 * 78);
        row.setValue(Metric::Lag, 40 + 30 * (wave - 0.6));
        row.setValue(Metric::LagTimeMs, 400 + 300 * (wave - 0.6));
        row.setValue(Metric::FilesCommitted, at % 60000 == 0 ? 3 : 0);
        row.setValue(Metric::BadRecords, at % 900000 == 0 ? 2 : 0);
        rows << row;
    }
    return store.value()->write(rows).isOk();
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: outflow_screenshots <out dir> [en|zh_CN]\n");
        return 2;
    }
    const QString out = args.at(1);
    const QString lang = args.value(2, QStringLiteral("en"));
    const QString suffix = lang == QLatin1String("en") ? QString() : QStringLiteral("-zh");
    if (lang != QLatin1String("en") && !Translations::install(app, lang)) {
        std::fprintf(stderr, "no %s translation bundled\n", qPrintable(lang));
        return 1;
    }

    EngineTestEnv env;
    const QString topic = QStringLiteral("orders");
    TestKafka::createTopic(topic, 3); // fails harmlessly when an earlier run made it
    Engine::Options options;
    options.actor = QStringLiteral("gui:demo");
    MetricsRecorder recorder(MetricsStore::pathForCatalog(env.catalogPath()));
    if (Status s = recorder.start(); !s) {
        std::fprintf(stderr, "%s\n", qPrintable(s.error()));
        return 1;
    }
    Engine engine(env.catalog(), options);
    recorder.attach(engine);
    engine.run();

    const auto create = [&](const QString &name, const QString &fromTopic, const QString &tid) {
        TaskDefinition d = env.definition(fromTopic, tid);
        d.name = name;
        d.target.bid = QStringLiteral("b_sales");
        d.parallelism = 3;
        return engine.createTask(d, options.actor);
    };
    const auto running = create(QStringLiteral("orders_to_tdw"), topic, QStringLiteral("orders"));
    const auto paused = create(QStringLiteral("orders_audit"), topic, QStringLiteral("orders_audit"));
    const auto failed = create(QStringLiteral("clicks_to_tdw"), QStringLiteral("clicks"), QStringLiteral("clicks")); // no such topic
    if (!running || !paused) {
        std::fprintf(stderr, "cannot create the demo tasks: %s\n", qPrintable(running ? paused.error() : running.error()));
        return 1;
    }
    (void)engine.pauseTask(paused.value(), options.actor);
    Traffic traffic(topic);

    // History up to shortly before now; the engine records the rest live.
    seedHistory(recorder.storePath(), running.value(), QDateTime::currentMSecsSinceEpoch() - 2000);
    MainWindow window({env.catalog(), &engine, options.actor, &recorder});
    window.resize(1280, 760);
    window.show();
    QTest::qWait(6000); // a few samples, so msg/s and lag are live figures
    bool ok = save(&window, out + QStringLiteral("/task-list%1.png").arg(suffix));

    auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
    navigation->setCurrentRow(MainWindow::ClustersPage);
    QTest::qWait(800);
    ok = save(&window, out + QStringLiteral("/clusters%1.png").arg(suffix)) && ok;
    navigation->setCurrentRow(MainWindow::WarehousesPage);
    QTest::qWait(800);
    ok = save(&window, out + QStringLiteral("/warehouses%1.png").arg(suffix)) && ok;
    navigation->setCurrentRow(MainWindow::TasksPage);
    QTest::qWait(300);

    window.taskListPage()->newTask();
    QTest::qWait(300);
    auto *form = window.findChild<TaskFormDialog *>();
    form->findChild<QPushButton *>(QStringLiteral("nextButton"))->click();
    form->findChild<QLineEdit *>(QStringLiteral("taskNameEdit"))->setText(QStringLiteral("orders_to_tdw_v2"));
    form->findChild<QLineEdit *>(QStringLiteral("bidEdit"))->setText(QStringLiteral("b_sales"));
    form->findChild<QLineEdit *>(QStringLiteral("tidEdit"))->setText(QStringLiteral("orders_v2"));
    auto *topics = form->findChild<QComboBox *>(QStringLiteral("topicCombo"));
    QTest::qWaitFor([&] { return topics->findText(topic) >= 0; }, 15000);
    topics->setCurrentIndex(topics->findText(topic));
    form->findChild<QPushButton *>(QStringLiteral("pullSourceButton"))->click();
    auto *preview = form->findChild<QPlainTextEdit *>(QStringLiteral("sourcePreview"));
    QTest::qWaitFor([&] { return preview->toPlainText().contains(QStringLiteral("order_id")); }, 15000);
    QTest::qWait(300);
    ok = save(form, out + QStringLiteral("/create-task%1.png").arg(suffix)) && ok;

    // The same form writing parquet, with the columns proposed from the pulled record.
    auto *format = form->findChild<QComboBox *>(QStringLiteral("formatCombo"));
    format->setCurrentIndex(format->findData(int(RecordFormat::Parquet)));
    auto *compression = form->findChild<QComboBox *>(QStringLiteral("compressionCombo"));
    compression->setCurrentIndex(compression->findData(int(Compression::Snappy)));
    form->findChild<QPushButton *>(QStringLiteral("inferColumnsButton"))->click();
    QTest::qWait(300);
    // Scrolled so the target's format is at the top, with the columns under it.
    auto *scroll = form->findChild<QScrollArea *>(QStringLiteral("settingsScroll"));
    scroll->verticalScrollBar()->setValue(format->mapTo(scroll->widget(), QPoint()).y() - 140);
    QTest::qWait(300);
    ok = save(form, out + QStringLiteral("/create-task-parquet%1.png").arg(suffix)) && ok;

    // Hour folders by the event time in "ts", the field proposed from the pulled record.
    auto *foldersBy = form->findChild<QComboBox *>(QStringLiteral("partitionByCombo"));
    foldersBy->setCurrentIndex(1);
    auto *eventTimeField = form->findChild<QComboBox *>(QStringLiteral("eventTimeFieldCombo"));
    QTest::keyClick(eventTimeField, Qt::Key_Down); // picks the only proposal, as a keyboard user would
    scroll->verticalScrollBar()->setValue(compression->mapTo(scroll->widget(), QPoint()).y() - 140);
    QTest::qWait(300);
    ok = save(form, out + QStringLiteral("/create-task-event-time%1.png").arg(suffix)) && ok;
    form->reject();

    window.openTask(running.value());
    QTest::qWait(1500);
    ok = save(&window, out + QStringLiteral("/task-detail%1.png").arg(suffix)) && ok;
    // The Hive table tab (this warehouse names no metastore: the tab says how to add one).
    QTabWidget *tabs = window.taskDetailPage()->tabs();
    tabs->setCurrentIndex(tabs->count() - 1);
    QTest::qWait(1000);
    ok = save(&window, out + QStringLiteral("/task-detail-hive%1.png").arg(suffix)) && ok;
    tabs->setCurrentIndex(0);

    // The task whose topic does not exist: why it could not be created, and its history, as the
    // backend reported them (in the console's language).
    if (failed) {
        window.openTask(failed.value());
        QTest::qWait(1500);
        ok = save(&window, out + QStringLiteral("/task-detail-create-failed%1.png").arg(suffix)) && ok;
        window.openTask(running.value());
        QTest::qWait(800);
    }

    // Monitoring, last hour, the throughput charts compared with the day before.
    auto *progress = window.taskDetailPage()->findChild<ConsumptionProgressTab *>();
    window.taskDetailPage()->tabs()->setCurrentWidget(progress);
    auto *monitoring = window.findChild<MonitoringView *>();
    progress->subTabs()->setCurrentWidget(monitoring);
    TimeRange hour;
    hour.mode = TimeRange::LastHour;
    monitoring->setRange(hour);
    monitoring->chart(ChartKind::Messages)->setCompareDays(1);
    monitoring->chart(ChartKind::Bytes)->setCompareDays(1);
    QTest::qWait(2500);
    ok = save(&window, out + QStringLiteral("/monitoring%1.png").arg(suffix)) && ok;

    // Two of them copied to the Dashboard.
    for (ChartKind kind : {ChartKind::Messages, ChartKind::Lag})
        monitoring->chart(kind)->findChild<QToolButton *>(QStringLiteral("copyToDashboardButton"))->click();
    QTest::qWait(800);
    navigation->setCurrentRow(MainWindow::DashboardPageIndex);
    QTest::qWait(2500);
    ok = save(&window, out + QStringLiteral("/dashboard%1.png").arg(suffix)) && ok;

    // Reset position of the paused task, previewed (what it skips or reads again).
    ResetPositionDialog reset({env.catalog(), &engine, options.actor, &recorder}, paused.value(), QStringLiteral("orders_audit"), &window);
    reset.show();
    reset.findChild<QRadioButton *>(QStringLiteral("earliestOption"))->click();
    reset.findChild<QPushButton *>(QStringLiteral("previewButton"))->click();
    auto *resetPreview = reset.findChild<QLabel *>(QStringLiteral("resetPreview"));
    QTest::qWaitFor([&] { return resetPreview->text().contains(QStringLiteral("\u2192")); }, 15000); // a line per partition: "a → b"
    QTest::qWait(300);
    ok = save(&reset, out + QStringLiteral("/reset-position%1.png").arg(suffix)) && ok;
    reset.reject();
    engine.shutdown();
    return ok ? 0 : 1;
}
