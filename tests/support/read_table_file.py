#!/usr/bin/env python3
"""Prints one Parquet or ORC file the way an independent reader sees it, for the tests.

Parquet is read with DuckDB's own Parquet reader, ORC with pyarrow's ORC reader (the Apache ORC
library): neither is the Arrow C++ Parquet writer path the engine writes with. Output, as JSON
lines: first {"columns": [[name, type], ...], "row_groups": N} (Parquet row groups, ORC stripes) with the reader's logical types mapped to the task
definition's names, then one array per row. Timestamps print as epoch milliseconds, dates as
YYYY-MM-DD, binary as base64, so the test can compare values exactly.
"""
import base64
import datetime
import json
import sys

EPOCH = datetime.datetime(1970, 1, 1, tzinfo=datetime.timezone.utc)


def plain(value):
    if isinstance(value, datetime.datetime):
        if value.tzinfo is None:
            value = value.replace(tzinfo=datetime.timezone.utc)
        delta = value - EPOCH
        return delta.days * 86400000 + delta.seconds * 1000 + delta.microseconds // 1000
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, (bytes, bytearray, memoryview)):
        return base64.b64encode(bytes(value)).decode()
    return value


def parquet(path):
    import duckdb
    names = {"VARCHAR": "string", "INTEGER": "int32", "BIGINT": "int64", "DOUBLE": "double", "BOOLEAN": "boolean",
             "TIMESTAMP WITH TIME ZONE": "timestamp_ms", "DATE": "date", "BLOB": "binary"}
    con = duckdb.connect()
    con.execute("SET TimeZone='UTC'")
    described = con.execute("DESCRIBE SELECT * FROM read_parquet($1, hive_partitioning = false)", [path]).fetchall()
    columns = [[row[0], names.get(row[1], row[1])] for row in described]
    # hive_partitioning off: the dt=/hr= folders are not columns of the file itself.
    # Time-zone-aware values would need pytz in Python: DuckDB hands them over as epoch ms.
    select = ", ".join(f'epoch_ms("{name}")' if kind == "timestamp_ms" else f'"{name}"' for name, kind in columns)
    rows = con.execute(f"SELECT {select} FROM read_parquet($1, hive_partitioning = false)", [path]).fetchall()
    groups = con.execute("SELECT count(DISTINCT row_group_id) FROM parquet_metadata($1)", [path]).fetchone()[0]
    return columns, rows, groups


def orc(path):
    import pyarrow.orc
    import pyarrow as pa
    orc_file = pyarrow.orc.ORCFile(path)
    table = orc_file.read()

    def name(t):
        if pa.types.is_string(t): return "string"
        if pa.types.is_int32(t): return "int32"
        if pa.types.is_int64(t): return "int64"
        if pa.types.is_float64(t): return "double"
        if pa.types.is_boolean(t): return "boolean"
        if pa.types.is_timestamp(t): return "timestamp_ms"
        if pa.types.is_date32(t): return "date"
        if pa.types.is_binary(t): return "binary"
        return str(t)

    columns = [[f.name, name(f.type)] for f in table.schema]
    rows = [[row[c[0]] for c in columns] for row in table.to_pylist()]
    return columns, rows, orc_file.nstripes


def main():
    path = sys.argv[1]
    columns, rows, groups = parquet(path) if path.endswith(".parquet") else orc(path)
    out = [json.dumps({"columns": columns, "row_groups": groups})]
    out += [json.dumps([plain(v) for v in row]) for row in rows]
    sys.stdout.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
