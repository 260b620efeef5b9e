// The desktop console: parses the command line, opens the catalog, runs the in-process engine
// and shows the main window.

#include "ConsoleSettings.h"
#include "MainWindow.h"
#include "QuitOnSignal.h"
#include "ShutdownDeadline.h"
#include "Translations.h"
#include "catalog/Catalog.h"
#include "common/LoginName.h"
#include "common/BuildInfo.h"
#include "engine/Engine.h"
#include "metrics/MetricsRecorder.h"
#include "metrics/MetricsStore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QIcon>
#include <QLocale>
#include <QMessageBox>
#include <QThreadPool>
#include <QTimer>

#include <QtGlobal>

#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace {

/// The requested language, else the system's, when a translation is bundled; English (the
/// source strings) otherwise.
void installTranslation(QApplication &app, const QString &requested)
{
    const QString lang = requested.isEmpty() ? QLocale::system().name() : requested;
    if (outflow::Translations::install(app, lang)) return;
    // Only an explicit request deserves a word; a system locale without a translation is normal.
    if (!requested.isEmpty() && requested != QLatin1String("en"))
        std::fprintf(stderr, "outflow: no %s translation is bundled; using English\n", qPrintable(requested));
}

} // namespace

int main(int argc, char *argv[])
{
    // Before QApplication, which needs a display: `outflow --version` answers over ssh and in
    // packaging checks too.
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--version") == 0) {
            std::fputs(qPrintable(outflow::BuildInfo::versionText(QStringLiteral("outflow"))), stdout);
            return 0;
        }
    }
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Outflow"));
    QApplication::setOrganizationName(QStringLiteral("Outflow"));
    QApplication::setApplicationDisplayName(QStringLiteral("Outflow"));
    QApplication::setApplicationVersion(outflow::BuildInfo::version());
    // The installed theme icon (share/icons/hicolor) when there is one, the bundled copy otherwise;
    // the desktop file name lets Wayland compositors match the window to outflow.desktop.
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("outflow"), QIcon(QStringLiteral(":/icons/outflow.svg"))));
    QGuiApplication::setDesktopFileName(QStringLiteral("outflow"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Outflow: dump Kafka topics into a data warehouse."));
    parser.addHelpOption();
    const QString defaultCatalog = outflow::Catalog::defaultPath();
    const QCommandLineOption catalogOption(
        QStringLiteral("catalog"), QStringLiteral("The catalog file (default: %1).").arg(defaultCatalog),
        QStringLiteral("path"), defaultCatalog);
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QStringLiteral("Render the main window to <file> once the pages have loaded, then quit."),
        QStringLiteral("file"));
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        QStringLiteral("User interface language: zh_CN or en (default: the system locale)."),
                                        QStringLiteral("lang"));
    // Answered before QApplication exists (above); listed here for --help.
    const QCommandLineOption versionOption(QStringLiteral("version"),
                                           QStringLiteral("Print the versions of Outflow, Qt and librdkafka, then exit."));
    parser.addOptions({catalogOption, screenshotOption, langOption, versionOption});
    parser.process(app);

    // --lang for this run, else the choice of View > Language, else the system's.
    installTranslation(app, parser.isSet(langOption) ? parser.value(langOption) : outflow::ConsoleSettings().language());

    const QString screenshot = parser.value(screenshotOption);
    auto catalog = outflow::Catalog::open(parser.value(catalogOption));
    if (!catalog.isOk()) {
        std::fprintf(stderr, "outflow: %s\n", qPrintable(catalog.error()));
        // A modal box would wait forever for a click in an unattended screenshot run.
        if (screenshot.isEmpty())
            QMessageBox::critical(nullptr, QApplication::translate("main", "Cannot open the catalog"),
                                  catalog.error());
        return 1;
    }

    // Before the engine, so it outlives the engine's sampling. Charts then say why they are empty.
    outflow::MetricsRecorder recorder(outflow::MetricsStore::pathForCatalog(catalog.value()->path()));
    if (outflow::Status s = recorder.start(); !s) std::fprintf(stderr, "outflow: metrics are not recorded: %s\n", qPrintable(s.error()));
    outflow::Engine::Options options;
    options.actor = QStringLiteral("gui:") + outflow::loginName();
    outflow::Engine engine(catalog.value(), options);
    recorder.attach(engine);
    engine.run();
    outflow::MainWindow window({catalog.value(), &engine, options.actor, &recorder});
    // Commit open files before the event loop goes away; the window is gone by then, and a
    // shutdown stuck in librdkafka cannot keep an invisible process alive.
    QObject::connect(&app, &QCoreApplication::aboutToQuit, &engine, [&engine, &window] {
        window.saveSession(); // every way out passes here: window closed, Quit, SIGTERM
        window.hide();
        ShutdownDeadline deadline(ShutdownDeadline::kDefaultLimit, "outflow");
        engine.shutdown();
    });
    // SIGTERM (a logout, systemd, `kill`) and Ctrl+C stop like Quit does.
    QuitOnSignal quitOnSignal({SIGTERM, SIGINT});
    window.restoreSession();
    window.show();

    if (!screenshot.isEmpty()) {
        // The pages load asynchronously; 1.5 s is ample for a local catalog.
        QTimer::singleShot(1500, &window, [&window, &screenshot] {
            if (window.grab().save(screenshot)) {
                QApplication::quit();
                return;
            }
            std::fprintf(stderr, "outflow: cannot write the screenshot %s\n", qPrintable(screenshot));
            QApplication::exit(1);
        });
    }
    const int status = app.exec();
    // Pages call the engine through QtConcurrent's global pool, which outlives this function:
    // let a call still in flight (a click just before Quit) finish before the engine goes. A
    // call that hangs on a network must not keep the process alive: end it without running
    // destructors under that call (the catalog's writes are transactions; nothing is half-done).
    if (!QThreadPool::globalInstance()->waitForDone(30000)) {
        std::fprintf(stderr, "outflow: an engine call did not finish within 30 s of quitting; exiting anyway\n");
        std::_Exit(status);
    }
    return status;
}
