#pragma once

#include <QList>
#include <QSet>
#include <QStringList>

namespace outflow::cli {

/// Plain text in aligned columns for a terminal: a header row, then rows, columns two spaces
/// apart. Figures are right-aligned as in the console's tables; the last column is not padded,
/// so long values (a record's value) do not drag trailing blanks along.
class TextTable final
{
public:
    explicit TextTable(QStringList header, QSet<int> rightAligned = {});

    void addRow(const QStringList &cells);
    QString text() const;

private:
    QList<QStringList> m_rows;
    QSet<int> m_rightAligned;
};

} // namespace outflow::cli
