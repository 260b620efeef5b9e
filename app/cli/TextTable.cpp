#include "TextTable.h"

namespace outflow::cli {

TextTable::TextTable(QStringList header, QSet<int> rightAligned) : m_rows{std::move(header)}, m_rightAligned(std::move(rightAligned)) {}

void TextTable::addRow(const QStringList &cells)
{
    m_rows << cells;
}

QString TextTable::text() const
{
    const qsizetype columns = m_rows.first().size();
    QList<qsizetype> widths(columns, 0);
    for (const QStringList &row : m_rows)
        for (qsizetype c = 0; c < columns; ++c) widths[c] = qMax(widths[c], row.value(c).size());
    QString text;
    for (const QStringList &row : m_rows) {
        QStringList cells;
        for (qsizetype c = 0; c < columns; ++c) {
            const QString cell = row.value(c);
            if (m_rightAligned.contains(int(c))) cells << cell.rightJustified(widths[c]);
            else cells << (c + 1 == columns ? cell : cell.leftJustified(widths[c]));
        }
        text += cells.join(QStringLiteral("  ")) + u'\n';
    }
    return text;
}

} // namespace outflow::cli
