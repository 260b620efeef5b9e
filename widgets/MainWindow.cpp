#include "MainWindow.h"

#include "ClusterListPage.h"
#include "ConsoleSettings.h"
#include "DashboardPage.h"
#include "TaskDetailPage.h"
#include "TaskListModel.h"
#include "TaskListPage.h"
#include "TrayIcon.h"
#include "WarehouseListPage.h"

#include "common/BuildInfo.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QUrl>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace outflow {

namespace {
constexpr int kCoalesceMs = 300;
constexpr int kPollMs = 3000;

/// The platform's bindings for `key` plus the one the menus promise: some platform themes (the
/// Windows scheme that offscreen and minimal fall back to) bind nothing to Quit.
QList<QKeySequence> standardShortcuts(QKeySequence::StandardKey key, const QKeySequence &usual)
{
    QList<QKeySequence> keys = QKeySequence::keyBindings(key);
    if (!keys.contains(usual)) keys.prepend(usual);
    return keys;
}

/// The README next to an installed console (share/doc/outflow), else the one of the source tree
/// this console was built from; invalid when neither is there.
QUrl documentationUrl()
{
    const QStringList candidates = {
        QCoreApplication::applicationDirPath() + QStringLiteral("/../share/doc/outflow/README.md"),
        QStringLiteral(OUTFLOW_SOURCE_README),
    };
    for (const QString &path : candidates)
        if (QFileInfo::exists(path)) return QUrl::fromLocalFile(QFileInfo(path).canonicalFilePath());
    return {};
}
} // namespace

MainWindow::MainWindow(ConsoleContext context, QWidget *parent)
    : QMainWindow(parent),
      m_context(std::move(context)),
      m_pages(new QStackedWidget(this)),
      m_taskPage(new TaskListPage(m_context, m_pages)),
      m_clusterPage(new ClusterListPage(m_context.catalog, m_pages)),
      m_warehousePage(new WarehouseListPage(m_context.catalog, m_pages)),
      m_dashboardPage(new DashboardPage(m_context, m_pages)),
      m_detailPage(new TaskDetailPage(m_context, m_pages)),
      m_changeCoalescer(new QTimer(this)),
      m_pollTimer(new QTimer(this)),
      m_tray(new TrayIcon(this, this))
{
    setWindowTitle(tr("Outflow"));
    resize(1280, 800);

    m_pages->setObjectName(QStringLiteral("pages"));
    m_pages->insertWidget(TasksPage, m_taskPage);
    m_pages->insertWidget(ClustersPage, m_clusterPage);
    m_pages->insertWidget(WarehousesPage, m_warehousePage);
    m_pages->insertWidget(DashboardPageIndex, m_dashboardPage);
    // Not in the navigation: it is reached from the task list and belongs to "Data Outflow".
    m_pages->addWidget(m_detailPage);
    for (int i = 0; i < m_pages->count(); ++i) m_pages->widget(i)->layout()->setContentsMargins(16, 14, 16, 10);

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(createNavigation());
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);
    createStatusBar();
    updateTrayStatus();

    createMenus();

    connect(m_taskPage, &TaskListPage::tasksLoaded, this, &MainWindow::updateTaskSummary);
    connect(m_taskPage, &TaskListPage::tasksLoaded, m_tray, &TrayIcon::updateTasks);
    qApp->installEventFilter(this);
    connect(m_taskPage, &TaskListPage::openTaskRequested, this, &MainWindow::openTask);
    connect(m_detailPage, &TaskDetailPage::backRequested, this, [this] { m_pages->setCurrentIndex(TasksPage); });

    // The engine emits from its own threads; queued delivery hands the data to this thread.
    connect(m_context.engine, &Engine::samplesReady, this, &MainWindow::applySamples, Qt::QueuedConnection);
    connect(m_context.engine, &Engine::taskChanged, this, [this] {
        if (!m_changeCoalescer->isActive()) m_changeCoalescer->start();
    }, Qt::QueuedConnection);
    m_changeCoalescer->setSingleShot(true);
    m_changeCoalescer->setInterval(kCoalesceMs);
    connect(m_changeCoalescer, &QTimer::timeout, this, &MainWindow::reloadTasks);
    m_pollTimer->setInterval(kPollMs);
    connect(m_pollTimer, &QTimer::timeout, this, &MainWindow::reloadTasks);
    m_pollTimer->start();

    // Start in the navigation (after the layout is built: reparenting drops focus), not in
    // the task table, where a focus frame would sit on an arbitrary cell.
    m_navigation->setFocus();
    reload();
}

void MainWindow::restoreSession()
{
    const ConsoleSettings settings;
    restoreGeometry(settings.windowGeometry()); // keeps the default size when there is none
    m_navigation->setCurrentRow(settings.lastPage(TasksPage, PageCount));
    const QString language = settings.language();
    for (QAction *action : m_languages->actions()) action->setChecked(action->data().toString() == language);
    if (m_keepInTray) {
        m_keepInTray->setChecked(settings.keepRunningInTray());
        connect(m_keepInTray, &QAction::toggled, this, [](bool on) { ConsoleSettings().setKeepRunningInTray(on); },
                Qt::UniqueConnection);
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_quitting || !m_keepInTray || !m_keepInTray->isChecked() || !m_tray->isAvailable()) {
        QMainWindow::closeEvent(event);
        return;
    }
    event->ignore();
    hide();
    m_tray->showMessage(tr("Outflow is still running"),
                        tr("The tasks go on in the background. Quit from the tray icon's menu."));
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == qApp && event->type() == QEvent::Quit) m_quitting = true;
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::saveSession()
{
    ConsoleSettings settings;
    settings.setWindowGeometry(saveGeometry());
    // The row, not the page: a task's detail page is reached from the list and belongs to it.
    settings.setLastPage(m_navigation->currentRow());
}

QWidget *MainWindow::createNavigation()
{
    auto *panel = new QWidget(this);
    panel->setObjectName(QStringLiteral("navigationPanel"));
    panel->setFixedWidth(180);
    panel->setAttribute(Qt::WA_StyledBackground);
    panel->setStyleSheet(QStringLiteral(
        "#navigationPanel { background: #f3f5f8; border-right: 1px solid #dde1e6; }"
        "QListWidget#navigation { background: transparent; border: none; outline: none; }"
        "QListWidget#navigation::item { padding: 9px 14px; border-radius: 4px; color: #1f2328; }"
        "QListWidget#navigation::item:hover { background: #e6eaef; }"
        "QListWidget#navigation::item:selected { background: #dbe7fb; color: #0b57d0; }"));

    auto *brand = new QLabel(tr("Outflow"), panel);
    QFont f = brand->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setWeight(QFont::Bold);
    brand->setFont(f);

    m_navigation = new QListWidget(panel);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->addItems({tr("Data Outflow"), tr("Kafka Clusters"), tr("Warehouses"), tr("Dashboard")});
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    // Clicking "Data Outflow" while a task's details are open goes back to the list.
    connect(m_navigation, &QListWidget::itemClicked, this, [this] { m_pages->setCurrentIndex(m_navigation->currentRow()); });
    m_navigation->setCurrentRow(TasksPage);

    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(10, 16, 10, 10);
    layout->setSpacing(12);
    layout->addWidget(brand);
    layout->addWidget(m_navigation, 1);
    return panel;
}

void MainWindow::createStatusBar()
{
    m_engineState = new QLabel(m_context.engine->isRunning() ? tr("Engine: running") : tr("Engine: stopped"), this);
    m_engineState->setObjectName(QStringLiteral("engineState"));
    // A dash until the first two samples give a rate: 0 would claim nothing flows.
    m_throughput = new QLabel(tr("— msg/s"), this);
    m_throughput->setObjectName(QStringLiteral("throughput"));
    m_errorCount = new QLabel(tr("Tasks in Error: —"), this);
    m_errorCount->setObjectName(QStringLiteral("errorCount"));
    for (QLabel *label : {m_engineState, m_throughput, m_errorCount}) label->setContentsMargins(6, 0, 10, 0);
    statusBar()->addWidget(m_engineState);
    statusBar()->addPermanentWidget(m_throughput);
    statusBar()->addPermanentWidget(m_errorCount);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newTask = file->addAction(tr("&New Task"), this, [this] {
        showTaskList();
        m_taskPage->newTask();
    });
    newTask->setObjectName(QStringLiteral("newTaskAction"));
    newTask->setShortcuts(standardShortcuts(QKeySequence::New, QKeySequence(Qt::CTRL | Qt::Key_N)));
    file->addSeparator();
    for (QAction *action : {m_taskPage->importAction(), m_taskPage->exportAction()}) {
        file->addAction(action);
        // After the file dialog (modal) has closed: the outcome shows on the task list.
        connect(action, &QAction::triggered, this, &MainWindow::showTaskList);
    }
    file->addSeparator();
    if (m_tray->isAvailable()) {
        m_keepInTray = file->addAction(tr("&Keep Running in the Tray When Closed"));
        m_keepInTray->setObjectName(QStringLiteral("keepInTrayAction"));
        m_keepInTray->setCheckable(true); // off until restoreSession reads the user's choice
    }
    // The same exit as closing the window or SIGTERM: the application's aboutToQuit commits
    // open files and stops the engine under the shutdown deadline (app/gui_main.cpp).
    QAction *quit = file->addAction(tr("&Quit"));
    connect(quit, &QAction::triggered, qApp, &QCoreApplication::quit);
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcuts(standardShortcuts(QKeySequence::Quit, QKeySequence(Qt::CTRL | Qt::Key_Q)));
    quit->setMenuRole(QAction::QuitRole);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *refresh = view->addAction(tr("&Refresh"), this, &MainWindow::reload);
    refresh->setObjectName(QStringLiteral("refreshAction"));
    refresh->setShortcuts(standardShortcuts(QKeySequence::Refresh, QKeySequence(Qt::Key_F5)));
    view->addMenu(createLanguageMenu());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    // Only where a README is there to open: an item that opens nothing is worse than none.
    if (const QUrl docs = documentationUrl(); docs.isValid()) {
        QAction *documentation = help->addAction(tr("&Documentation"), this, [docs] { QDesktopServices::openUrl(docs); });
        documentation->setObjectName(QStringLiteral("documentationAction"));
        documentation->setShortcuts(QKeySequence::keyBindings(QKeySequence::HelpContents));
    }
    QAction *about = help->addAction(tr("&About Outflow"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
}

QMenu *MainWindow::createLanguageMenu()
{
    auto *menu = new QMenu(tr("&Language"), this);
    menu->setObjectName(QStringLiteral("languageMenu"));
    m_languages = new QActionGroup(this);
    // Each language named in itself, so a user who cannot read the current one finds theirs.
    const QList<std::pair<QString, QString>> languages = {
        {QString(), tr("System Language")},
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("zh_CN"), QStringLiteral("简体中文")},
    };
    for (const auto &[code, name] : languages) {
        QAction *action = menu->addAction(name);
        action->setCheckable(true);
        action->setData(code);
        m_languages->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] { chooseLanguage(code); });
    }
    return menu;
}

void MainWindow::chooseLanguage(const QString &language)
{
    ConsoleSettings().setLanguage(language);
    // Every page builds its texts once; a restart is simpler and safer than retranslating all.
    auto *box = new QMessageBox(QMessageBox::Information, tr("Language"),
                                tr("The new language is used when Outflow starts next time."), QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("languageChangedMessage"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::showTaskList()
{
    m_navigation->setCurrentRow(TasksPage);
    m_pages->setCurrentIndex(TasksPage);
}

void MainWindow::showAbout()
{
    const QString text = tr("<h3>Outflow %1</h3>"
                            "<p>Dumps Kafka topics into a data warehouse, exactly once.</p>"
                            "<p>Qt %2<br>librdkafka %3</p>")
                             .arg(BuildInfo::version().toHtmlEscaped(), QString::fromLatin1(qVersion()),
                                  BuildInfo::librdkafkaVersion().toHtmlEscaped());
    auto *box = new QMessageBox(QMessageBox::NoIcon, tr("About Outflow"), text, QMessageBox::Close, this);
    box->setObjectName(QStringLiteral("aboutDialog"));
    box->setTextFormat(Qt::RichText);
    if (const QIcon icon = QApplication::windowIcon(); !icon.isNull()) box->setIconPixmap(icon.pixmap(64, 64));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::reload()
{
    reloadTasks();
    m_clusterPage->reload();
    m_warehousePage->reload();
}

void MainWindow::reloadTasks()
{
    m_taskPage->reload();
    if (m_pages->currentWidget() == m_detailPage) m_detailPage->reload();
}

void MainWindow::openTask(const QString &taskId)
{
    if (taskId.isEmpty()) return;
    m_detailPage->showTask(taskId);
    m_pages->setCurrentWidget(m_detailPage);
}

void MainWindow::applySamples(const TaskSamples &samples)
{
    m_taskPage->model()->applySamples(samples);
    m_engineState->setText(m_context.engine->isRunning() ? tr("Engine: running") : tr("Engine: stopped"));
    updateTrayStatus();
    const double rate = m_taskPage->model()->totalMessagesPerSecond();
    m_throughput->setText(tr("%1 msg/s").arg(QLocale().toString(qRound64(rate))));
}

void MainWindow::updateTrayStatus()
{
    m_tray->setStatus({m_engineState->text(), m_errorCount->text()});
}

void MainWindow::updateTaskSummary(const QList<TaskRecord> &tasks)
{
    const auto inError = std::count_if(tasks.begin(), tasks.end(),
                                       [](const TaskRecord &t) { return t.status == TaskStatus::Error; });
    m_errorCount->setText(tr("Tasks in Error: %1").arg(inError));
    updateTrayStatus();
    m_errorCount->setStyleSheet(inError > 0 ? QStringLiteral("QLabel { color: #cf222e; font-weight: 600; }")
                                            : QString());
}

} // namespace outflow
