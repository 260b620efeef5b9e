#!/usr/bin/env python3
"""Chaos run: produce records while killing the headless engine with SIGKILL at random moments
and restarting it, restarting the broker, filling the warehouse disk for a few seconds, and
freezing a second engine of the same group (SIGSTOP) past its session timeout; then verify with
an independent reader (this script parses the warehouse files itself) that every offset of every
partition appears exactly once and that every file holds exactly the offsets its name claims.
Prints lost / duplicated / misnamed counts and exits non-zero when any is not zero.

    bench/chaos.py [--records 1000000] [--partitions 8] [--kills 20] [--broker-restarts 2]
                   [--disk-full 3] [--freezes 2] [--event-time]

--event-time makes the task put records into hour folders by a field of the value whose hours
interleave (partitionBy): every commit is then a group of files, and kills land between their
renames. Files then hold only their hour's records of their offset range, so the misnamed-file
check is left out in that mode.

Disk-full episodes mount the warehouse on a tmpfs (needs root) and fill it to the last few KiB
with a filler file, then delete it; the engine must stop in Error, commit nothing partial, and
catch up by itself.

A reduced form runs inside ctest (tests/integration/tst_engine_crash.cpp, tst_engine_outage.cpp).
Needs a built tree (scripts/build.sh); starts its own broker in .cache/chaos-kafka.
"""
import argparse, gzip, json, os, random, re, shutil, signal, subprocess, sys, tempfile, threading, time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BUILD = os.environ.get("OUTFLOW_BUILD_DIR", os.path.join(REPO, "build"))
ENGINE = os.path.join(BUILD, "app", "outflow-engine")
KAFKA = os.path.join(REPO, "scripts", "kafka.sh")
ENV = dict(os.environ, OUTFLOW_KAFKA_DIR=os.path.join(REPO, ".cache", "chaos-kafka"))
NAME = re.compile(r"^[^.].*\+(\d+)\+(\d{20})\+(\d{20})")


def sh(*args, **kw):
    return subprocess.run(args, env=ENV, check=True, text=True, capture_output=True, **kw).stdout.strip()


def end_offsets(bootstrap, topic, partitions):
    args = ["kcat", "-b", bootstrap, "-Q"] + sum((["-t", f"{topic}:{p}:-1"] for p in range(partitions)), [])
    out = {}
    for line in sh(*args).splitlines():
        m = re.search(r"\[(\d+)\] offset (-?\d+)", line)
        if m:
            out[int(m.group(1))] = int(m.group(2))
    return out


def count_offsets(table):
    counts = {}
    for root, dirs, files in os.walk(table):
        dirs[:] = [d for d in dirs if not d.startswith("_")]  # engine's own files, dead letters: not table data
        for f in files:
            if not NAME.match(f):
                continue
            path = os.path.join(root, f)
            opener = gzip.open if f.endswith(".gz") else open
            with opener(path, "rb") as fh:
                for line in fh:
                    o = json.loads(line)
                    key = (o["partition"], o["offset"])
                    counts[key] = counts.get(key, 0) + 1
    return counts


def misnamed_files(table):
    """Files whose records are not exactly the offsets first..last of their name (the topic has
    no offset gaps: no compaction, no transactions)."""
    bad = []
    for root, dirs, files in os.walk(table):
        dirs[:] = [d for d in dirs if not d.startswith("_")]  # engine's own files, dead letters: not table data
        for f in files:
            m = NAME.match(f)
            if not m or "_deadletter" in root:
                continue
            opener = gzip.open if f.endswith(".gz") else open
            with opener(os.path.join(root, f), "rb") as fh:
                offsets = sorted(json.loads(line)["offset"] for line in fh)
            if offsets != list(range(int(m.group(2)), int(m.group(3)) + 1)):
                bad.append(f)
    return bad


def fill_disk(folder, leave=16 << 10):
    """Takes all but `leave` bytes of the file system under `folder`; returns the filler path."""
    st = os.statvfs(folder)
    free = st.f_bavail * st.f_frsize
    filler = os.path.join(folder, "..", "filler")
    with open(filler, "wb") as fh:
        os.posix_fallocate(fh.fileno(), 0, max(0, free - leave))
    return filler


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--records", type=int, default=1_000_000)
    ap.add_argument("--partitions", type=int, default=8)
    ap.add_argument("--kills", type=int, default=20)
    ap.add_argument("--broker-restarts", type=int, default=2)
    ap.add_argument("--disk-full", type=int, default=0, help="episodes of a full warehouse disk (root: tmpfs)")
    ap.add_argument("--freezes", type=int, default=0, help="SIGSTOP episodes of a second engine")
    ap.add_argument("--event-time", action="store_true", help="hour folders from an interleaved event-time field")
    ap.add_argument("--seed", type=int, default=int(time.time()))
    a = ap.parse_args()
    rng = random.Random(a.seed)
    work = tempfile.mkdtemp(prefix="outflow-chaos.")
    engine = sleeper = None
    try:
        bootstrap = sh(KAFKA, "fresh")
        topic = "chaos"
        sh(KAFKA, "topic", topic, str(a.partitions))
        catalog = os.path.join(work, "catalog.sqlite")
        disk = os.path.join(work, "disk")
        os.makedirs(os.path.join(disk, "wh"))
        if a.disk_full:
            # Room for the whole table (~200 bytes a record) plus slack; tmpfs takes memory only as used.
            size = max(64 << 20, a.records * 400)
            sh("mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", disk)
            os.makedirs(os.path.join(disk, "wh"))
        sh(ENGINE, "--catalog", catalog, "cluster", "add", "--name", "k", "--bootstrap", bootstrap)
        sh(ENGINE, "--catalog", catalog, "warehouse", "add", "--name", "w", "--local", os.path.join(disk, "wh"))
        target = {"warehouse": "w", "bid": "b", "tid": "t", "flushIntervalSec": 1, "maxFileBytes": 4 << 20}
        if a.event_time:
            target["partitionBy"] = {"field": "ts", "format": "epoch_ms"}
        with open(os.path.join(work, "task.json"), "w") as f:
            json.dump({"name": "chaos", "source": {"cluster": "k", "topic": topic}, "target": target,
                       "parallelism": a.partitions}, f)
        sh(ENGINE, "--catalog", catalog, "task", "create", "--file", os.path.join(work, "task.json"))

        produced = threading.Event()

        def produce():
            batch = 20_000
            for start in range(0, a.records, batch):
                # ts: one of three hours of 2026-01-01, interleaved record by record.
                lines = "".join(f"k{i}\t{{\"i\":{i},\"ts\":{1767225600000 + (i % 3) * 3600000 + i % 1000},\"pad\":\"{'x' * 64}\"}}\n"
                                for i in range(start, min(a.records, start + batch)))
                while True:  # the broker may be down for a moment: retry the batch until it is in
                    p = subprocess.run(["kcat", "-b", bootstrap, "-P", "-t", topic, "-K", "\t",
                                        "-X", "message.timeout.ms=60000"], input=lines, text=True, env=ENV,
                                       capture_output=True)
                    if p.returncode == 0:
                        break
                    time.sleep(1)
                time.sleep(0.05)
            produced.set()

        producer = threading.Thread(target=produce, daemon=True)
        producer.start()
        log = open(os.path.join(work, "engine.log"), "a")

        def start_engine():
            return subprocess.Popen([ENGINE, "--catalog", catalog, "run"], stdout=log, stderr=log, env=ENV)

        events = ["kill"] * a.kills + ["disk-full"] * a.disk_full + ["freeze"] * a.freezes
        rng.shuffle(events)
        kill_numbers = [i for i, e in enumerate(events) if e == "kill"]
        restarts_at = set(rng.sample(kill_numbers, min(a.broker_restarts, len(kill_numbers))))
        engine = start_engine()
        # A second member of the group, only ever frozen and thawed: a laptop that goes to sleep.
        sleeper = start_engine() if a.freezes else None
        for n, event in enumerate(events):
            time.sleep(rng.uniform(0.5, 4.0))
            if event == "kill":
                engine.send_signal(signal.SIGKILL)
                engine.wait()
                print(f"chaos: kill ({n + 1}/{len(events)})", flush=True)
                if n in restarts_at:
                    sh(KAFKA, "stop")
                    time.sleep(rng.uniform(1, 3))
                    sh(KAFKA, "start")
                    print("chaos: broker restarted", flush=True)
                engine = start_engine()
            elif event == "disk-full":
                filler = fill_disk(os.path.join(disk, "wh"))
                time.sleep(rng.uniform(2, 6))
                os.remove(filler)
                print(f"chaos: disk full for a while ({n + 1}/{len(events)})", flush=True)
            else:
                sleeper.send_signal(signal.SIGSTOP)
                time.sleep(rng.uniform(12, 16))  # past the 10 s session timeout
                sleeper.send_signal(signal.SIGCONT)
                print(f"chaos: second engine frozen past its session ({n + 1}/{len(events)})", flush=True)
        producer.join()
        ends = end_offsets(bootstrap, topic, a.partitions)
        expected = sum(ends.values())
        table = os.path.join(disk, "wh", "b", "t")
        deadline = time.time() + 600
        while time.time() < deadline:
            if len(count_offsets(table)) >= expected:
                break
            time.sleep(2)
        for process in (engine, sleeper):
            if process:
                process.send_signal(signal.SIGTERM)
                process.wait(150)
        counts = count_offsets(table)
        lost = sum(1 for p, e in ends.items() for o in range(e) if (p, o) not in counts)
        duplicated = sum(n - 1 for n in counts.values() if n > 1)
        misnamed = [] if a.event_time else misnamed_files(table)
        print(f"chaos: {'event-time folders, ' if a.event_time else ''}seed {a.seed}, {expected} records in {a.partitions} partitions, {a.kills} kills, "
              f"{a.broker_restarts} broker restarts, {a.disk_full} disk-full episodes, {a.freezes} freezes")
        print(f"chaos: lost {lost}, duplicated {duplicated}, misnamed files {len(misnamed)}")
        return 0 if lost == 0 and duplicated == 0 and not misnamed else 1
    finally:
        for process in (engine, sleeper):
            if process and process.poll() is None:
                process.kill()
        subprocess.run([KAFKA, "clean"], env=ENV, capture_output=True)
        if a.disk_full:
            subprocess.run(["umount", "-l", disk], capture_output=True)
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
