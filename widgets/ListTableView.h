#pragma once

#include <QTableView>

namespace outflow {

/// The read-only, row-selecting table every list page uses, configured once so the pages look
/// and behave the same.
class ListTableView final : public QTableView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ListTableView)

public:
    explicit ListTableView(QWidget *parent = nullptr);

    /// A column width that fits `sample` (a typical longest value) plus the cell margins.
    int widthFor(const QString &sample) const;
};

} // namespace outflow
