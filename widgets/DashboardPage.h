#pragma once

#include "ChartSpec.h"
#include "ConsoleContext.h"

#include <QThreadPool>
#include <QWidget>

class QGridLayout;

namespace outflow {

class ErrorBanner;
class MetricChart;
class PlaceholderStack;

/// "Dashboard": charts the user copied from tasks' Monitoring views, live, in the order the
/// user arranged them, persisted in the catalog (so every console on the catalog shows them).
class DashboardPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardPage)

public:
    explicit DashboardPage(ConsoleContext context, QWidget *parent = nullptr);
    ~DashboardPage() override;

    /// In display order.
    const QList<MetricChart *> &charts() const { return m_charts; }

public Q_SLOTS:
    /// Re-reads the dashboard from the catalog (also whenever the page is shown).
    void reload();
    void moveChart(int index, int delta);
    void removeChart(int index);

Q_SIGNALS:
    void loaded();

protected:
    void showEvent(QShowEvent *event) override;

private:
    struct Loaded
    {
        Result<QList<ChartSpec>> charts = Result<QList<ChartSpec>>::fail({});
        QHash<QString, QString> taskNames;
    };

    void apply(quint64 serial, const Loaded &result);
    void rebuild(const QList<ChartSpec> &specs);
    void layoutCharts();
    void save();
    QString subjectOf(const ChartSpec &spec) const;

    ConsoleContext m_context;
    ErrorBanner *m_banner;
    PlaceholderStack *m_stack;
    QGridLayout *m_grid;
    QList<MetricChart *> m_charts;
    QHash<QString, QString> m_taskNames;
    quint64 m_loadSerial = 0;
    /// One thread: saves land in the order they were made.
    QThreadPool m_savePool;
};

} // namespace outflow
