#!/usr/bin/env python3
"""Prints an endless stream of sample order events, one `key<TAB>json` line at a time, for
`kcat -P -K '\t'` to produce into the demo topic. Rate in records per second as argv[1]."""
import json
import random
import sys
import time

rate = float(sys.argv[1]) if len(sys.argv) > 1 else 20.0
cities = ["Shenzhen", "Beijing", "Shanghai", "Chengdu", "Hangzhou", "Guangzhou"]
items = ["keyboard", "monitor", "headset", "router", "webcam", "ssd", "mouse"]
n = 0
while True:
    n += 1
    user = f"u{random.randint(1, 500):04d}"
    event = {
        "order_id": n,
        "user": user,
        "city": random.choice(cities),
        "item": random.choice(items),
        "quantity": random.randint(1, 5),
        "amount": round(random.uniform(5, 900), 2),
        "currency": "CNY",
        "created_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
    }
    try:
        sys.stdout.write(f"{user}\t{json.dumps(event, separators=(',', ':'))}\n")
        sys.stdout.flush()
    except BrokenPipeError:
        break
    time.sleep(random.expovariate(rate))
