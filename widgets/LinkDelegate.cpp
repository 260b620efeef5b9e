#include "LinkDelegate.h"

#include <QAbstractItemView>

namespace outflow {

LinkDelegate::LinkDelegate(QAbstractItemView *view, int column) : QStyledItemDelegate(view)
{
    view->setItemDelegateForColumn(column, this);
    // entered() needs mouse tracking; the cursor follows the cell under the mouse.
    view->setMouseTracking(true);
    connect(view, &QAbstractItemView::entered, this, [view, column](const QModelIndex &index) {
        if (index.column() == column) view->viewport()->setCursor(Qt::PointingHandCursor);
        else view->viewport()->unsetCursor();
    });
    connect(view, &QAbstractItemView::viewportEntered, view->viewport(), [view] { view->viewport()->unsetCursor(); });
}

void LinkDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    // The normal text colour only: a selected row keeps its highlighted text readable.
    option->palette.setColor(QPalette::Text, option->palette.color(QPalette::Link));
    option->font.setUnderline(true);
}

} // namespace outflow
