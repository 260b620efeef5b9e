// Renders the screenshots of docs/ (task list with live traffic, create form, Basic information
// tab) offscreen, against the broker that scripts/kafka.sh runs:
//
//   OUTFLOW_KAFKA_DIR=<state dir> QT_QPA_PLATFORM=offscreen outflow_screenshots <out dir> [en|zh_CN]
//
// Not a test: it asserts nothing, it only shows real widgets over a real engine, so the pictures
// in the README are what users get.

#include "EngineTestEnv.h"
#include "MainWindow.h"
#include "TaskDetailPage.h"
#include "TaskFormDialog.h"
#include "TaskListPage.h"
#include "TestKafka.h"
#include "engine/Engine.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QTranslator>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
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
                    values << QStringLiteral(R"({"order_id":%1,"sku":"B-%2","amount":%3.50,"currency":"CNY"})")
                                  .arg(batch * 40 + i)
                                  .arg(1000 + i)
                                  .arg(10 + i % 90)
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
    QTranslator translator;
    if (lang != QLatin1String("en")) {
        if (!translator.load(QStringLiteral(":/i18n/outflow_%1.qm").arg(lang))) {
            std::fprintf(stderr, "no %s translation bundled\n", qPrintable(lang));
            return 1;
        }
        app.installTranslator(&translator);
        QLocale::setDefault(QLocale(lang));
    }

    EngineTestEnv env;
    const QString topic = QStringLiteral("orders");
    TestKafka::createTopic(topic, 3); // fails harmlessly when an earlier run made it
    Engine::Options options;
    options.actor = QStringLiteral("gui:demo");
    Engine engine(env.catalog(), options);
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
    (void)create(QStringLiteral("clicks_to_tdw"), QStringLiteral("clicks"), QStringLiteral("clicks"));
    if (!running || !paused) {
        std::fprintf(stderr, "cannot create the demo tasks: %s\n", qPrintable(running ? paused.error() : running.error()));
        return 1;
    }
    (void)engine.pauseTask(paused.value(), options.actor);
    Traffic traffic(topic);

    MainWindow window({env.catalog(), &engine, options.actor});
    window.resize(1280, 760);
    window.show();
    QTest::qWait(6000); // a few samples, so msg/s and lag are live figures
    bool ok = save(&window, out + QStringLiteral("/task-list%1.png").arg(suffix));

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
    form->reject();

    window.openTask(running.value());
    QTest::qWait(1500);
    ok = save(&window, out + QStringLiteral("/task-detail%1.png").arg(suffix)) && ok;
    engine.shutdown();
    return ok ? 0 : 1;
}
