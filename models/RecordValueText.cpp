#include "RecordValueText.h"

#include <QJsonDocument>

namespace outflow {

namespace {
/// One line of text for a table cell: printable characters as they are, the rest escaped.
QString oneLine(const QByteArray &bytes)
{
    QString out;
    for (const QChar c : QString::fromUtf8(bytes)) {
        if (c.isPrint() || c == u' ') out += c;
        else out += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
    }
    return out;
}
} // namespace

QString RecordValueText::prettyJson(const QByteArray &bytes)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || doc.isNull()) return {};
    return QString::fromUtf8(doc.toJson(QJsonDocument::Indented)).trimmed();
}

QString RecordValueText::rawText(const QByteArray &bytes)
{
    return QString::fromUtf8(bytes);
}

QString RecordValueText::hexDump(const QByteArray &bytes)
{
    const qsizetype shown = qMin(bytes.size(), kHexLimit);
    QString out;
    out.reserve(shown / 16 * 80 + 80);
    for (qsizetype line = 0; line < shown; line += 16) {
        out += QStringLiteral("%1 ").arg(line, 8, 16, QLatin1Char('0'));
        QString ascii;
        for (qsizetype i = line; i < line + 16; ++i) {
            if (i - line == 8) out += u' ';
            if (i < shown) {
                const auto byte = uchar(bytes.at(i));
                out += QStringLiteral(" %1").arg(byte, 2, 16, QLatin1Char('0'));
                ascii += byte >= 0x20 && byte < 0x7f ? QChar(byte) : QChar(u'.');
            } else {
                out += QStringLiteral("   ");
            }
        }
        out += QStringLiteral("  |") + ascii + QStringLiteral("|\n");
    }
    if (shown < bytes.size()) out += tr("… only the first %1 of %2 bytes are shown.").arg(shown).arg(bytes.size()) + u'\n';
    return out;
}

QString RecordValueText::keyText(const KafkaRecord &record)
{
    return record.keyIsNull ? tr("(null)") : oneLine(record.key);
}

QString RecordValueText::headersText(const KafkaRecord &record)
{
    if (record.headers.isEmpty()) return QStringLiteral("—");
    QStringList parts;
    for (const auto &[name, value] : record.headers) parts << oneLine(name) + u'=' + oneLine(value);
    return parts.join(QStringLiteral(", "));
}

} // namespace outflow
