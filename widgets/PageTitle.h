#pragma once

#include <QLabel>

namespace outflow {

/// The heading at the top of each page, so every page looks alike.
class PageTitle final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PageTitle)

public:
    explicit PageTitle(const QString &text, QWidget *parent = nullptr);
};

} // namespace outflow
