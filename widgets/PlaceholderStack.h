#pragma once

#include <QStackedWidget>

class QLabel;

namespace outflow {

/// A page's content (usually a table) or, when there is nothing to show, a sentence saying why
/// ("No tasks yet", "Loading…") in its place, instead of an empty grid that looks broken.
class PlaceholderStack final : public QStackedWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlaceholderStack)

public:
    explicit PlaceholderStack(QWidget *content, QWidget *parent = nullptr);

    void showContent();
    void showPlaceholder(const QString &text);
    QString placeholderText() const;

private:
    QWidget *m_content;
    QLabel *m_placeholder;
};

} // namespace outflow
