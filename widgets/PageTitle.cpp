#include "PageTitle.h"

namespace outflow {

PageTitle::PageTitle(const QString &text, QWidget *parent) : QLabel(text, parent)
{
    setObjectName(QStringLiteral("pageTitle"));
    QFont f = font();
    f.setPointSizeF(f.pointSizeF() * 1.5);
    f.setWeight(QFont::DemiBold);
    setFont(f);
}

} // namespace outflow
