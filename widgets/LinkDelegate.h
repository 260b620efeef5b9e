#pragma once

#include <QStyledItemDelegate>

class QAbstractItemView;

namespace outflow {

/// Draws a column's text as a link (the palette's link colour, underlined) and shows the
/// pointing hand while the mouse is over that column, so a cell that opens something when
/// clicked says so. The view handles the click itself.
class LinkDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LinkDelegate)

public:
    /// Installs itself on `column` of `view` (which it is parented to).
    LinkDelegate(QAbstractItemView *view, int column);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace outflow
