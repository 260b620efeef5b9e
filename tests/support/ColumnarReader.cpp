#include "ColumnarReader.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

ColumnarFile readColumnarFile(const QString &path)
{
    ColumnarFile out;
    QProcess reader;
    // scripts/test-venv.sh made the venv (the python_readers CTest fixture runs it).
    reader.start(QStringLiteral(OUTFLOW_SOURCE_DIR "/.cache/test-venv/bin/python"),
                 {QStringLiteral(OUTFLOW_SOURCE_DIR "/tests/support/read_table_file.py"), path});
    if (!reader.waitForFinished(120000) || reader.exitStatus() != QProcess::NormalExit || reader.exitCode() != 0) {
        out.error = QStringLiteral("reading %1 failed: %2").arg(path, QString::fromUtf8(reader.readAllStandardError()));
        return out;
    }
    const QList<QByteArray> lines = reader.readAllStandardOutput().split('\n');
    for (const QByteArray &line : lines) {
        if (line.isEmpty()) continue;
        const QJsonDocument doc = QJsonDocument::fromJson(line);
        if (doc.isObject()) {
            out.rowGroups = doc.object().value(QStringLiteral("row_groups")).toInt();
            for (const QJsonValue &c : doc.object().value(QStringLiteral("columns")).toArray())
                out.columns << qMakePair(c.toArray().at(0).toString(), c.toArray().at(1).toString());
        } else {
            out.rows << doc.array();
        }
    }
    return out;
}
