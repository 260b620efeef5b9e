#pragma once

#include <QJsonArray>
#include <QList>
#include <QPair>
#include <QString>

/// A Parquet or ORC file as an independent reader sees it: tests/support/read_table_file.py
/// in the test venv (DuckDB for Parquet, pyarrow's ORC reader), never the engine's Arrow code.
struct ColumnarFile
{
    QString error; // empty when the file was read
    /// Name and type (the task definition's type names: string, int64, timestamp_ms, …).
    QList<QPair<QString, QString>> columns;
    /// Parquet row groups or ORC stripes in the file.
    int rowGroups = 0;
    /// One array per row: timestamps as epoch ms, dates as YYYY-MM-DD, binary as base64.
    QList<QJsonArray> rows;
};

ColumnarFile readColumnarFile(const QString &path);
