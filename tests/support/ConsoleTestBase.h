#pragma once

#include "EngineTestEnv.h"
#include "MainWindow.h"
#include "WidgetLookup.h"
#include "engine/Engine.h"
#include "metrics/MetricsRecorder.h"

#include <QtTest>

#include <memory>

/// What the console's GUI tests share: a temporary catalog with the fixture broker, an engine
/// running in-process as "gui:test", the main window on both, and lookups of named widgets.
/// Header-only: only GUI tests (which link outflow_widgets) include it.
class ConsoleTestBase : public QObject
{
protected:
    static QString actor() { return QStringLiteral("gui:test"); }

    /// The catalog and a running engine.
    void startEngine()
    {
        m_env = std::make_unique<EngineTestEnv>();
        outflow::Engine::Options options;
        options.actor = actor();
        m_engine = std::make_unique<outflow::Engine>(m_env->catalog(), options);
        m_engine->run();
    }

    /// The main window on the catalog and engine, at `size`, shown; false if it never was.
    /// `metrics`, when given, is the recorder its charts read.
    bool showWindow(QSize size = {}, outflow::MetricsRecorder *metrics = nullptr)
    {
        m_window = std::make_unique<outflow::MainWindow>(outflow::ConsoleContext{m_env->catalog(), m_engine.get(), actor(), metrics});
        if (size.isValid()) m_window->resize(size);
        m_window->show();
        return QTest::qWaitForWindowExposed(m_window.get());
    }

    /// The window first, then the engine, which commits what it wrote.
    void stopConsole()
    {
        m_window.reset();
        if (m_engine) m_engine->shutdown();
        m_engine.reset();
    }

    template <typename T>
    T *child(const QString &name, QObject *root = nullptr) const
    {
        return findNamed<T>(root ? root : m_window.get(), name);
    }

    /// The visible dialog of type `Dialog` the window opened, once it shows (null after 5 s).
    template <typename Dialog>
    Dialog *waitForDialog() const
    {
        Dialog *d = nullptr;
        QTest::qWaitFor([&] {
            for (Dialog *candidate : m_window->findChildren<Dialog *>())
                if (candidate->isVisible()) d = candidate;
            return d != nullptr;
        }, 5000);
        return d;
    }

    std::unique_ptr<EngineTestEnv> m_env;
    std::unique_ptr<outflow::Engine> m_engine;
    std::unique_ptr<outflow::MainWindow> m_window;
};
