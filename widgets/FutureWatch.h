#pragma once

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>

#include <utility>

namespace outflow {

/// Delivers a future's result to `context`'s thread, and not at all once `context` is gone.
///
/// QFuture::then(context, f) would read better, but Qt 6.4 still invokes it on a context that was
/// destroyed meanwhile (a null QPointer handed to invokeMethod; fixed in Qt 6.6), and here forms
/// and dialogs are routinely closed before Kafka or the engine answers. A watcher owned by the
/// context dies with it, and its connection with it.
class FutureWatch final
{
public:
    template <typename T, typename Handler>
    static void onReady(QObject *context, QFuture<T> future, Handler &&handler)
    {
        auto *watcher = new QFutureWatcher<T>(context);
        QObject::connect(watcher, &QFutureWatcherBase::finished, context,
                         [watcher, handler = std::forward<Handler>(handler)]() mutable {
                             watcher->deleteLater();
                             handler(watcher->result());
                         });
        watcher->setFuture(std::move(future));
    }
};

} // namespace outflow
