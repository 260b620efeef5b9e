#pragma once

#include <QObject>

#include <initializer_list>

class QSocketNotifier;

/// Turns SIGTERM/SIGINT into QCoreApplication::quit() on the event loop, so the console stops
/// the way its Quit does (window hidden, open files committed, the shutdown deadline armed)
/// instead of dying with files open. A signal handler may only write to a pipe; the notifier
/// reads it on the GUI thread (the self-pipe pattern Qt documents for Unix signals).
class QuitOnSignal final : public QObject
{
    Q_OBJECT
public:
    QuitOnSignal(std::initializer_list<int> signalNumbers, QObject *parent = nullptr);
    ~QuitOnSignal() override;
    Q_DISABLE_COPY_MOVE(QuitOnSignal)

private:
    static void handle(int signalNumber);

    QSocketNotifier *m_notifier = nullptr;
};
