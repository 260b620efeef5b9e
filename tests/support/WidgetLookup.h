#pragma once

#include <QObject>
#include <QtGlobal>

/// Finds the descendant of `root` with this object name and type, warning (so a failing test
/// says which widget is missing) when there is none.
template <typename T>
T *findNamed(QObject *root, const QString &name)
{
    T *w = root->findChild<T *>(name);
    if (!w) qWarning("no %s named %s", T::staticMetaObject.className(), qPrintable(name));
    return w;
}
