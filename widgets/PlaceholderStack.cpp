#include "PlaceholderStack.h"

#include <QLabel>

namespace outflow {

PlaceholderStack::PlaceholderStack(QWidget *content, QWidget *parent)
    : QStackedWidget(parent), m_content(content), m_placeholder(new QLabel(this))
{
    m_placeholder->setObjectName(QStringLiteral("emptyState"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    // Quieter than content, but not as faint as disabled text; blended so dark themes work too.
    QPalette p = m_placeholder->palette();
    const QColor text = p.color(QPalette::WindowText), window = p.color(QPalette::Window);
    const auto blend = [](int a, int b) { return (a * 3 + b * 2) / 5; };
    p.setColor(QPalette::WindowText, QColor(blend(text.red(), window.red()),
                                            blend(text.green(), window.green()),
                                            blend(text.blue(), window.blue())));
    m_placeholder->setPalette(p);
    QFont f = m_placeholder->font();
    f.setPointSizeF(f.pointSizeF() * 1.15);
    m_placeholder->setFont(f);
    addWidget(m_content);
    addWidget(m_placeholder);
}

void PlaceholderStack::showContent()
{
    setCurrentWidget(m_content);
}

void PlaceholderStack::showPlaceholder(const QString &text)
{
    m_placeholder->setText(text);
    setCurrentWidget(m_placeholder);
}

QString PlaceholderStack::placeholderText() const
{
    return currentWidget() == m_placeholder ? m_placeholder->text() : QString();
}

} // namespace outflow
