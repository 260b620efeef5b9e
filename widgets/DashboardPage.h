#pragma once

#include <QWidget>

namespace outflow {

/// "Dashboard": charts the user copied from tasks' Monitoring tabs. None can be copied yet, so
/// it says where they come from rather than showing an empty canvas.
class DashboardPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardPage)

public:
    explicit DashboardPage(QWidget *parent = nullptr);
};

} // namespace outflow
