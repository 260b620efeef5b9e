#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace outflow {

/// A flat table over values that carry a unique key (a cluster name, a task id).
///
/// The catalog hands back whole lists; replaceRows() turns each fresh list into the smallest
/// set of row signals (rowsRemoved, dataChanged, rowsInserted) instead of a model reset, so
/// periodic refreshes keep the user's selection, scroll position and sort, and a sorting proxy
/// only re-sorts what changed.
template <typename T>
class KeyedTableModel : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }

    const T &item(int row) const { return m_rows.at(row); }
    const QList<T> &items() const { return m_rows; }
    /// The row holding `key`, or -1.
    int rowOfKey(const QString &key) const
    {
        for (qsizetype row = 0; row < m_rows.size(); ++row)
            if (keyOf(m_rows.at(row)) == key) return int(row);
        return -1;
    }

protected:
    virtual QString keyOf(const T &value) const = 0;
    /// Whether a row needs repainting; compare everything the model can show.
    virtual bool sameContent(const T &a, const T &b) const = 0;

    /// Rows keep their current order; new keys are appended in the order given. Sorting is a
    /// proxy's job, so moving rows here would only produce needless layout changes.
    void replaceRows(const QList<T> &incoming)
    {
        QHash<QString, qsizetype> incomingRow;
        incomingRow.reserve(incoming.size());
        for (qsizetype i = 0; i < incoming.size(); ++i) incomingRow.insert(keyOf(incoming.at(i)), i);

        removeRowsMissingFrom(incomingRow);

        QSet<QString> kept;
        int changedFrom = -1;
        const auto flushChanged = [&](int endExclusive) {
            if (changedFrom < 0) return;
            Q_EMIT dataChanged(index(changedFrom, 0), index(endExclusive - 1, columnCount() - 1));
            changedFrom = -1;
        };
        for (int row = 0; row < int(m_rows.size()); ++row) {
            const QString key = keyOf(m_rows.at(row));
            kept.insert(key);
            const T &fresh = incoming.at(incomingRow.value(key));
            if (sameContent(m_rows.at(row), fresh)) {
                flushChanged(row);
                continue;
            }
            m_rows[row] = fresh;
            if (changedFrom < 0) changedFrom = row;
        }
        flushChanged(int(m_rows.size()));

        QList<T> added;
        for (const T &value : incoming) {
            const QString key = keyOf(value);
            if (kept.contains(key)) continue;
            kept.insert(key); // a duplicate key in the input must not become two rows
            added.append(value);
        }
        if (added.isEmpty()) return;
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + added.size() - 1));
        m_rows.append(added);
        endInsertRows();
    }

private:
    /// Walks backwards so the row numbers still to visit stay valid; one signal per run.
    void removeRowsMissingFrom(const QHash<QString, qsizetype> &incomingRow)
    {
        const auto gone = [&](int row) { return !incomingRow.contains(keyOf(m_rows.at(row))); };
        for (int last = int(m_rows.size()) - 1; last >= 0;) {
            if (!gone(last)) {
                --last;
                continue;
            }
            int first = last;
            while (first > 0 && gone(first - 1)) --first;
            beginRemoveRows({}, first, last);
            m_rows.remove(first, last - first + 1);
            endRemoveRows();
            last = first - 1;
        }
    }

    QList<T> m_rows;
};

} // namespace outflow
