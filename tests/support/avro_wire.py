#!/usr/bin/env python3
"""Writes Avro records in the Confluent wire format, for the tests, with nothing of Outflow's.

    avro_wire.py REGISTRY_URL SUBJECT SCHEMA_FILE < records.jsonl

Registers the schema under SUBJECT in the registry (POST /subjects/SUBJECT/versions; basic auth
from OUTFLOW_REGISTRY_USER / OUTFLOW_REGISTRY_PASSWORD when set), then encodes each JSON line of
stdin with fastavro and prints it as hex: byte 0, the schema id as 4 big-endian bytes, the Avro
binary value. JSON numbers with a fraction are read as decimals, so decimal fields keep every
digit; the first output line is the schema id.
"""
import base64
import decimal
import io
import json
import os
import sys
import urllib.request

import fastavro


def register(url, subject, schema_text):
    body = json.dumps({"schema": schema_text}).encode()
    request = urllib.request.Request(f"{url}/subjects/{subject}/versions", data=body, method="POST",
                                     headers={"Content-Type": "application/vnd.schemaregistry.v1+json"})
    user = os.environ.get("OUTFLOW_REGISTRY_USER")
    if user:
        token = base64.b64encode(f"{user}:{os.environ.get('OUTFLOW_REGISTRY_PASSWORD', '')}".encode()).decode()
        request.add_header("Authorization", f"Basic {token}")
    with urllib.request.urlopen(request, timeout=30) as reply:
        return json.load(reply)["id"]


def main():
    url, subject, schema_path = sys.argv[1:4]
    with open(schema_path) as f:
        schema_text = f.read()
    schema_id = register(url, subject, schema_text)
    parsed = fastavro.parse_schema(json.loads(schema_text))
    print(schema_id)
    for line in sys.stdin:
        if not line.strip():
            continue
        record = json.loads(line, parse_float=decimal.Decimal)
        out = io.BytesIO()
        out.write(b"\x00" + schema_id.to_bytes(4, "big"))
        fastavro.schemaless_writer(out, parsed, record)
        print(out.getvalue().hex())


if __name__ == "__main__":
    main()
