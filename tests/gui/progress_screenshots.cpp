// Renders docs/consumer-group.png, docs/view-messages.png and docs/consumer-details.png (with
// zh_CN: the -zh.png of each) offscreen, against the broker that scripts/kafka.sh runs:
//
//   OUTFLOW_KAFKA_DIR=<state dir> QT_QPA_PLATFORM=offscreen outflow_progress_screenshots <out dir> [en|zh_CN]
//
// Not a test: it shows the real tabs over a real engine that is working through a backlog, so
// the lag, lag in time and drain ETA in the pictures are live figures.

#include "ConsumerDetailsDialog.h"
#include "ConsumerGroupTab.h"
#include "ConsumptionProgressTab.h"
#include "EngineTestEnv.h"
#include "MainWindow.h"
#include "TaskDetailPage.h"
#include "TestKafka.h"
#include "Translations.h"
#include "ViewMessagesTab.h"
#include "engine/Engine.h"

#include <QApplication>
#include <QComboBox>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include <cstdio>

using namespace outflow;

namespace {

QByteArrayList orders(int from, int count)
{
    QByteArrayList out;
    for (int i = from; i < from + count; ++i)
        out << QStringLiteral("{\"order_id\":%1,\"sku\":\"B-%2\",\"amount\":%3.5,\"currency\":\"CNY\",\"buyer\":{\"id\":%4,\"city\":\"Shenzhen\"}}")
                   .arg(i)
                   .arg(1000 + i % 97)
                   .arg(10 + i % 90)
                   .arg(70000 + i % 1234)
                   .toUtf8();
    return out;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2 || args.size() > 3) {
        std::fprintf(stderr, "usage: outflow_progress_screenshots <out dir> [en|zh_CN]\n");
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
    const QString topic = TestKafka::uniqueName(QStringLiteral("orders"));
    if (!TestKafka::createTopic(topic, 3)) return 1;
    for (int p = 0; p < 3; ++p) TestKafka::produce(topic, orders(p * 100000, 4000 + 1500 * p), p, true);

    Engine::Options options;
    options.actor = QStringLiteral("gui:demo");
    Engine engine(env.catalog(), options);
    engine.run();
    TaskDefinition d = env.definition(topic, QStringLiteral("orders"));
    d.name = QStringLiteral("orders_to_tdw");
    d.target.bid = QStringLiteral("b_sales");
    d.target.flushIntervalSec = 4; // commits every few seconds, so fresh records show as lag
    d.parallelism = 3;
    auto id = engine.createTask(d, options.actor);
    if (!id) {
        std::fprintf(stderr, "cannot create the demo task: %s\n", qPrintable(id.error()));
        return 1;
    }

    MainWindow window({env.catalog(), &engine, options.actor});
    window.resize(1280, 720);
    window.show();
    window.openTask(id.value());
    QTest::qWait(800);
    TaskDetailPage *page = window.taskDetailPage();
    ConsumerGroupTab *group = page->progressTab()->consumerGroupTab();
    page->tabs()->setCurrentWidget(page->progressTab());
    // Records keep arriving between refreshes: the rate, and so the ETA, needs two refreshes.
    QSignalSpy refreshed(group, &ConsumerGroupTab::refreshed);
    for (int round = 0; round < 10; ++round) {
        for (int p = 0; p < 3; ++p) TestKafka::produce(topic, orders(p * 100000 + 10000 + round * 500, 300 + 100 * p), p, true);
        QTest::qWait(1200);
        group->refresh();
        refreshed.wait(30000);
    }
    bool ok = window.grab().save(out + QStringLiteral("/consumer-group%1.png").arg(suffix));

    auto *dialog = new ConsumerDetailsDialog({env.catalog(), &engine, options.actor}, id.value(), &window);
    QSignalSpy described(dialog, &ConsumerDetailsDialog::refreshed);
    dialog->show();
    described.wait(30000);
    QTest::qWait(300);
    ok = dialog->grab().save(out + QStringLiteral("/consumer-details%1.png").arg(suffix)) && ok;
    dialog->close();

    ViewMessagesTab *messages = page->messagesTab();
    QSignalSpy loaded(messages, &ViewMessagesTab::loaded);
    page->tabs()->setCurrentWidget(messages);
    loaded.wait(30000);
    auto *view = messages->findChild<QTableView *>(QStringLiteral("messagesTable"));
    view->selectRow(2);
    QTest::qWait(300);
    ok = window.grab().save(out + QStringLiteral("/view-messages%1.png").arg(suffix)) && ok;
    engine.shutdown();
    if (!ok) std::fprintf(stderr, "cannot write the screenshots into %s\n", qPrintable(out));
    return ok ? 0 : 1;
}
