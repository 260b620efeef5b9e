#pragma once

#include "ConsoleContext.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace outflow {

struct HiveTableReport;

/// Task detail → **Hive table**: the table's name and location in the warehouse's Hive
/// Metastore, the partitions registered there (closed hours marked), and the hour folders that
/// wait for the metastore. Read off the GUI thread when the tab is brought up or refreshed.
class HiveTableTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HiveTableTab)

public:
    explicit HiveTableTab(ConsoleContext context, QWidget *parent = nullptr);

    void showTask(const QString &taskId);

private:
    void reload();
    void apply(quint64 serial, const HiveTableReport &report);

    ConsoleContext m_context;
    QString m_taskId;
    quint64 m_loadSerial = 0;
    QLabel *m_state;
    QLabel *m_table;
    QLabel *m_location;
    QLabel *m_waiting;
    QLabel *m_problem;
    QListWidget *m_partitions;
    QPushButton *m_refresh;
};

} // namespace outflow
