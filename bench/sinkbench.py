#!/usr/bin/env python3
"""Sink throughput of Outflow against peers reading the same topic into files, in the same run,
on the same broker: `kcat -C -e -o beginning > file` and Kafka Connect's FileStreamSink
(standalone worker). Prints msg/s, MB/s, CPU seconds and peak RSS of each, and Outflow's
throughput ratio to each peer. Contestants run in turn, in --repeats rounds (default 3); each
ratio is the median of the ratios within a round: on a small shared machine, single runs swing
by 2x from one minute to the next, and pairing keeps a slow spell from favouring either side.

    bench/sinkbench.py one      [--records N] [--partitions P] [--value-bytes B] [--format json|raw]
    bench/sinkbench.py matrix   [--records N]      1 KiB and 100 B x 1 and 8 partitions x json and raw
    bench/sinkbench.py scaling  [--records N]      1, 2, 4, 8 partitions, parallelism to match
    bench/sinkbench.py tasks    [--records N] [--tasks 20]   N tasks on one engine pool vs N kcats
    bench/sinkbench.py idle     [--tasks 20] [--parallelism 4] [--seconds 30]   what caught-up tasks cost

Common options: --repeats R, --no-connect (leave Kafka Connect out: it is the slowest peer).
Needs a built tree (scripts/build.sh, or OUTFLOW_BUILD_DIR). Starts its own broker (state in
.cache/bench-kafka) and stops it at the end. Not part of ctest: tests check behaviour, not timings.
"""
import argparse, atexit, json, os, re, shutil, signal, statistics, subprocess, sys, tempfile, threading, time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BUILD = os.environ.get("OUTFLOW_BUILD_DIR", os.path.join(REPO, "build"))
ENGINE = os.path.join(BUILD, "app", "outflow-engine")
KAFKA = os.path.join(REPO, "scripts", "kafka.sh")
KAFKA_LIBS = os.path.join(REPO, ".cache", "kafka", "libs")
ENV = dict(os.environ, OUTFLOW_KAFKA_DIR=os.path.join(REPO, ".cache", "bench-kafka"))
COMMITTED = re.compile(r"^[^.].*\+(\d+)\+(\d{20})\+(\d{20})")


class Run:
    """One measured process tree: wall seconds until the output was complete, CPU and peak RSS."""

    def __init__(self, name, records, value_bytes, wall, cpu, rss_kib, join=0.0):
        self.name, self.records, self.value_bytes = name, records, value_bytes
        self.wall, self.cpu, self.rss_kib, self.join = wall, cpu, rss_kib, join

    @property
    def rate(self):
        return self.records / self.wall

    @property
    def rate_after_join(self):
        """The rate once the consumer group has assigned partitions (kcat joins no group)."""
        return self.records / (self.wall - self.join)

    @property
    def note(self):
        return f"(group join {self.join:.2f} s; {self.rate_after_join:,.0f} msg/s after it)" if self.join else ""

    def line(self):
        return (f"{self.name:28s} {self.rate:12,.0f} msg/s {self.value_bytes / self.wall / 1e6:8.1f} MB/s"
                f"  cpu {self.cpu:6.1f} s  peak RSS {self.rss_kib / 1024:7.1f} MiB  wall {self.wall:6.2f} s  {self.note}")


def log(msg):
    print(f"bench: {msg}", file=sys.stderr, flush=True)


def kafka(*args):
    done = subprocess.run([KAFKA, *args], env=ENV, text=True, capture_output=True)
    if done.returncode != 0:
        sys.exit(f"bench: kafka.sh {' '.join(args)} failed: {done.stderr.strip()}")
    return done.stdout.strip()


def median_run(runs):
    return sorted(runs, key=lambda r: r.wall)[len(runs) // 2]


def finish(proc, start, note=""):
    """Stops a process that has delivered everything (not part of the measured time)."""
    wall = time.monotonic() - start
    proc.send_signal(signal.SIGTERM)
    _, _, usage = os.wait4(proc.pid, 0)
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss


class Topic:
    def __init__(self, bootstrap, name, partitions, records, value_bytes):
        self.bootstrap, self.name, self.partitions = bootstrap, name, partitions
        self.records, self.value_bytes = records, value_bytes
        self.total_value_bytes = 0

    def produce(self):
        """Keyed JSON objects of about value_bytes each, piped through kcat's producer."""
        kafka("topic", self.name, str(self.partitions))
        log(f"producing {self.records:,} records of ~{self.value_bytes} B JSON into {self.name} ({self.partitions} partitions)")
        pad = "x" * max(0, self.value_bytes - 60)
        producer = subprocess.Popen(["kcat", "-b", self.bootstrap, "-P", "-t", self.name, "-K", "\t",
                                     "-X", "linger.ms=50", "-X", "batch.num.messages=10000"], stdin=subprocess.PIPE)
        batch, total = [], 0
        for i in range(self.records):
            value = f'{{"id":{i},"user":"u{i % 977}","amount":{i % 1000}.5,"pad":"{pad}"}}'
            total += len(value)
            batch.append(f"k{i % 1000}\t{value}\n")
            if len(batch) == 10000:
                producer.stdin.write("".join(batch).encode())
                batch = []
        producer.stdin.write("".join(batch).encode())
        producer.stdin.close()
        if producer.wait() != 0:
            sys.exit("bench: kcat producer failed")
        self.total_value_bytes = total


class LineCounter:
    """Counts the lines of a growing file, reading only what was added since the last look."""

    def __init__(self, path):
        self.path, self.offset, self.lines = path, 0, 0

    def count(self):
        try:
            with open(self.path, "rb") as f:
                f.seek(self.offset)
                for chunk in iter(lambda: f.read(1 << 22), b""):
                    self.lines += chunk.count(b"\n")
                    self.offset += len(chunk)
        except FileNotFoundError:
            pass
        return self.lines


def run_kcat(topic, work, copies=1):
    """`copies` kcat consumers in parallel, each reading the whole topic into its own file."""
    start = time.monotonic()
    procs = []
    for i in range(copies):
        with open(os.path.join(work, f"kcat.{i}.out"), "wb") as out:
            procs.append(subprocess.Popen(["kcat", "-b", topic.bootstrap, "-C", "-t", topic.name, "-o", "beginning", "-e", "-q",
                                           "-X", "queued.max.messages.kbytes=131072"], stdout=out))
    cpu, rss = 0.0, 0
    for p in procs:
        _, status, usage = os.wait4(p.pid, 0)
        if status != 0:
            sys.exit("bench: kcat failed")
        cpu += usage.ru_utime + usage.ru_stime
        rss += usage.ru_maxrss
    wall = time.monotonic() - start
    name = "kcat" if copies == 1 else f"{copies} x kcat"
    return Run(name, topic.records * copies, topic.total_value_bytes * copies, wall, cpu, rss)


def run_connect(topic, work):
    """Kafka Connect's standalone worker with one FileStreamSink task, until the file is complete."""
    for f in ("connect.out", "connect.offsets"):
        if os.path.exists(os.path.join(work, f)):
            os.remove(os.path.join(work, f))
    worker = os.path.join(work, "worker.properties")
    sink = os.path.join(work, "sink.properties")
    log4j = os.path.join(work, "log4j2.properties")
    with open(worker, "w") as f:
        f.write(f"bootstrap.servers={topic.bootstrap}\n"
                "key.converter=org.apache.kafka.connect.storage.StringConverter\n"
                "value.converter=org.apache.kafka.connect.storage.StringConverter\n"
                f"offset.storage.file.filename={work}/connect.offsets\n"
                "offset.flush.interval.ms=1000\nconsumer.auto.offset.reset=earliest\nconsumer.max.poll.records=2000\n")
    with open(sink, "w") as f:
        f.write(f"name=bench-file-sink-{time.monotonic_ns()}\n"
                "connector.class=org.apache.kafka.connect.file.FileStreamSinkConnector\n"
                f"tasks.max=1\ntopics={topic.name}\nfile={work}/connect.out\n")
    with open(log4j, "w") as f:
        f.write("status = error\nrootLogger.level = error\n")
    counter = LineCounter(os.path.join(work, "connect.out"))
    start = time.monotonic()
    proc = subprocess.Popen(["java", "-Xmx1g", f"-Dlog4j2.configurationFile={log4j}", "-cp", os.path.join(KAFKA_LIBS, "*"),
                             "org.apache.kafka.connect.cli.ConnectStandalone", worker, sink],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    while counter.count() < topic.records:
        if proc.poll() is not None:
            sys.exit("bench: Kafka Connect exited early")
        time.sleep(0.1)
    wall, cpu, rss = finish(proc, start)
    return Run("Kafka Connect FileStreamSink", topic.records, topic.total_value_bytes, wall, cpu, rss)


def engine(catalog, *args):
    return subprocess.run([ENGINE, "--catalog", catalog, *args], check=True, text=True, capture_output=True).stdout.strip()


def committed_records(table):
    done = 0
    for _, dirs, files in os.walk(table):
        dirs[:] = [d for d in dirs if not d.startswith("_")]  # engine's own files, dead letters: not table data
        for f in files:
            m = COMMITTED.match(f)
            if m:
                done += int(m.group(3)) - int(m.group(2)) + 1
    return done


# The bench record ({"id","user","amount","pad"}) as ten typed columns, for parquet and orc.
COLUMNS = [{"name": "id", "type": "int64", "nullable": False}, {"name": "user", "type": "string"},
           {"name": "amount", "type": "double"}, {"name": "pad", "type": "string"},
           {"name": "missing", "type": "string"}, {"name": "kafka_topic", "type": "string", "meta": "topic"},
           {"name": "kafka_partition", "type": "int32", "meta": "partition"},
           {"name": "kafka_offset", "type": "int64", "meta": "offset"},
           {"name": "kafka_timestamp", "type": "timestamp_ms", "meta": "timestamp"},
           {"name": "kafka_key", "type": "string", "meta": "key"}]


def target_of(fmt):
    """`parquet-zstd` is format parquet with zstd compression; plain names take the defaults."""
    name, _, compression = fmt.partition("-")
    target = {"format": name}
    if compression:
        target["compression"] = compression
    if name in ("parquet", "orc"):
        target["columns"] = COLUMNS
    return target


def prepare_tasks(topic, work, fmt, parallelism, tasks):
    """A catalog with the bench cluster, a local warehouse and `tasks` tasks on the topic (each its
    own consumer group). Returns the run folder, the catalog and the tasks' table folders."""
    run_dir = tempfile.mkdtemp(dir=work, prefix="outflow.")
    catalog = os.path.join(run_dir, "catalog.sqlite")
    warehouse = os.path.join(run_dir, "warehouse")
    os.mkdir(warehouse)
    engine(catalog, "cluster", "add", "--name", "bench", "--bootstrap", topic.bootstrap)
    engine(catalog, "warehouse", "add", "--name", "bench", "--local", warehouse)
    tables = []
    for t in range(tasks):
        definition = {"name": f"bench{t}", "source": {"cluster": "bench", "topic": topic.name, "start": "earliest"},
                      "target": {"warehouse": "bench", "bid": "b_bench", "tid": f"t_bench{t}", **target_of(fmt), "flushIntervalSec": 1},
                      "parallelism": parallelism}
        path = os.path.join(run_dir, f"task{t}.json")
        with open(path, "w") as f:
            json.dump(definition, f)
        engine(catalog, "task", "create", "--file", path)
        tables.append(os.path.join(warehouse, "b_bench", f"t_bench{t}"))
    return run_dir, catalog, tables


def run_outflow(topic, work, fmt, parallelism, tasks=1):
    """One `outflow-engine run` with `tasks` tasks on the topic (each its own consumer group),
    until every record of every task is committed into final, offset-named files."""
    run_dir, catalog, tables = prepare_tasks(topic, work, fmt, parallelism, tasks)
    start = time.monotonic()
    proc = subprocess.Popen([ENGINE, "--catalog", catalog, "run"], stderr=subprocess.PIPE, text=True)
    joined = []

    def watch():  # the first partition assignment ends the consumer-group join
        for line in proc.stderr:
            if "assigned partitions" in line and not joined:
                joined.append(time.monotonic() - start)

    threading.Thread(target=watch, daemon=True).start()
    while sum(committed_records(t) for t in tables) < topic.records * tasks:
        if proc.poll() is not None:
            sys.exit("bench: outflow-engine exited early")
        time.sleep(0.05)
    wall, cpu, rss = finish(proc, start)
    shutil.rmtree(run_dir)
    name = f"Outflow {fmt}" if tasks == 1 else f"Outflow {tasks} tasks {fmt}"
    return Run(name, topic.records * tasks, topic.total_value_bytes * tasks, wall, cpu, rss, joined[0] if joined else 0.0)


class Rounds:
    """Every contestant runs once per round, in turn, for `repeats` rounds: a slow spell of the
    machine then hits all of them alike, and each ratio is taken within one round (the median
    over rounds is reported). Figures of a contestant are of its median run by wall time. The
    order rotates from round to round, so no contestant always follows the same one (a run right
    after Kafka Connect's was seen to cost twice the CPU)."""

    def __init__(self, contestants, repeats):
        self.runs = {name: [] for name, _ in contestants}
        for i in range(repeats):
            shift = i % len(contestants)
            for name, fn in contestants[shift:] + contestants[:shift]:
                log(f"{name} (round {i + 1}/{repeats})")
                # Not measured: the previous contestant's dirty pages are written back first, so
                # nobody pays for another's writes (the kernel throttles writers while write-back
                # of gigabytes is pending, and charges it to them as CPU time).
                os.sync()
                self.runs[name].append(fn())

    def median(self, name):
        return median_run(self.runs[name])

    def ratio(self, ours, peer):
        """Outflow's throughput over the peer's, on the same data in the same round."""
        return statistics.median(p.wall / o.wall for o, p in zip(self.runs[ours], self.runs[peer]))

    def ratio_after_join(self, ours, peer):
        return statistics.median(o.rate_after_join / p.rate for o, p in zip(self.runs[ours], self.runs[peer]))


class Bench:
    def __init__(self, args):
        self.args = args
        self.work = tempfile.mkdtemp(prefix="outflow-bench.")
        atexit.register(self.cleanup)
        signal.signal(signal.SIGTERM, lambda *_: sys.exit(1))
        if not os.access(ENGINE, os.X_OK):
            sys.exit(f"bench: {ENGINE} is missing; run scripts/build.sh first")
        self.bootstrap = kafka("fresh")

    def cleanup(self):
        subprocess.run([KAFKA, "clean"], env=ENV, capture_output=True)
        shutil.rmtree(self.work, ignore_errors=True)

    def topic(self, partitions, value_bytes):
        t = Topic(self.bootstrap, f"bench_{partitions}p_{value_bytes}b_{time.monotonic_ns()}", partitions,
                  self.args.records, value_bytes)
        t.produce()
        return t

    def sink_rounds(self, topic, formats, parallelism=None):
        """kcat, Kafka Connect (unless left out) and one Outflow task per format, on `topic`."""
        contestants = [("kcat", lambda: run_kcat(topic, self.work))]
        if self.args.connect:
            contestants.append(("connect", lambda: run_connect(topic, self.work)))
        for fmt in formats:
            contestants.append((fmt, lambda fmt=fmt: run_outflow(topic, self.work, fmt, parallelism or topic.partitions)))
        return Rounds(contestants, self.args.repeats)


def header(args):
    print(f"\n{os.cpu_count()} cores; {args.repeats} rounds, each running every contestant once in turn; figures of the "
          "median run by wall time, ratios the median of the rounds' ratios; the broker runs on the same machine")


def peer_names(args):
    return ["kcat", "connect"] if args.connect else ["kcat"]


def cmd_one(b, a):
    topic = b.topic(a.partitions, a.value_bytes)
    r = b.sink_rounds(topic, [a.format])
    header(a)
    print(f"{a.records:,} records, {a.partitions} partitions, ~{a.value_bytes} B values, format {a.format}")
    for name in peer_names(a) + [a.format]:
        print(r.median(name).line())
    for peer in peer_names(a):
        print(f"Outflow / {r.median(peer).name}: {r.ratio(a.format, peer):.2f}")
    print(f"Outflow / kcat after the group join: {r.ratio_after_join(a.format, 'kcat'):.2f}")


def cmd_matrix(b, a):
    rows = []
    for value_bytes in (1024, 100):
        for partitions in (1, 8):
            topic = b.topic(partitions, value_bytes)
            rows.append((value_bytes, partitions, b.sink_rounds(topic, ["json", "raw"])))
    header(a)
    print(f"{a.records:,} records per topic\n")
    connect = "| Connect msg/s | Outflow / Connect " if a.connect else ""
    print(f"| value | partitions | format | Outflow msg/s | MB/s | CPU s | peak RSS MiB | kcat msg/s | Outflow / kcat "
          f"| group join s | Outflow / kcat after it {connect}|")
    print("| --- " * (13 if a.connect else 11) + "|")
    for value_bytes, partitions, r in rows:
        for fmt in ("json", "raw"):
            ours, kcat = r.median(fmt), r.median("kcat")
            cells = [f"{value_bytes} B", str(partitions), fmt, f"{ours.rate:,.0f}", f"{ours.value_bytes / ours.wall / 1e6:.1f}",
                     f"{ours.cpu:.1f}", f"{ours.rss_kib / 1024:.0f}", f"{kcat.rate:,.0f}", f"{r.ratio(fmt, 'kcat'):.2f}",
                     f"{ours.join:.2f}", f"{r.ratio_after_join(fmt, 'kcat'):.2f}"]
            if a.connect:
                cells += [f"{r.median('connect').rate:,.0f}", f"{r.ratio(fmt, 'connect'):.2f}"]
            print("| " + " | ".join(cells) + " |")
    print("\nMedian runs:")
    for value_bytes, partitions, r in rows:
        for name in peer_names(a) + ["json", "raw"]:
            print(f"  {value_bytes:5d} B {partitions} p  {r.median(name).line()}")


def cmd_columnar(b, a):
    """json against parquet and orc (ten columns) on one topic of 1 KiB records."""
    formats = ["json", "parquet-zstd", "orc-zstd"]
    topic = b.topic(a.partitions, a.value_bytes)
    r = b.sink_rounds(topic, formats)
    header(a)
    print(f"{a.records:,} records, {a.partitions} partitions, ~{a.value_bytes} B values, one task with parallelism = partitions\n")
    # Peak RSS swings with how much of the topic librdkafka prefetched by then, so every round's is shown.
    print("| format | msg/s | CPU s | peak RSS MiB | peak RSS MiB, each round | / json rate | / json after the join | / kcat rate |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- |")
    for fmt in formats:
        ours = r.median(fmt)
        rounds = ", ".join(f"{run.rss_kib / 1024:.0f}" for run in r.runs[fmt])
        print(f"| {fmt} | {ours.rate:,.0f} | {ours.cpu:.1f} | {ours.rss_kib / 1024:.0f} | {rounds} | {r.ratio(fmt, 'json'):.2f} "
              f"| {statistics.median(o.rate_after_join / j.rate_after_join for o, j in zip(r.runs[fmt], r.runs['json'])):.2f} "
              f"| {r.ratio(fmt, 'kcat'):.2f} |")
    print("\nMedian runs:")
    for name in peer_names(a) + formats:
        print(f"  {r.median(name).line()}")


def cmd_scaling(b, a):
    a.connect = False
    rows = []
    for partitions in (1, 2, 4, 8):
        rows.append((partitions, b.sink_rounds(b.topic(partitions, a.value_bytes), [a.format])))
    header(a)
    print(f"{a.records:,} records of ~{a.value_bytes} B, format {a.format}, one task with parallelism = partitions")
    for partitions, r in rows:
        ours, kcat = r.median(a.format), r.median("kcat")
        print(f"partitions {partitions}: Outflow {ours.rate:12,.0f} msg/s   kcat {kcat.rate:12,.0f} msg/s   "
              f"ratio {r.ratio(a.format, 'kcat'):.2f}   {ours.note}, ratio after it {r.ratio_after_join(a.format, 'kcat'):.2f}")


def cmd_tasks(b, a):
    topic = b.topic(a.partitions, a.value_bytes)
    r = Rounds([("kcat", lambda: run_kcat(topic, b.work, a.tasks)),
                ("outflow", lambda: run_outflow(topic, b.work, a.format, a.parallelism, a.tasks))], a.repeats)
    header(a)
    print(f"{a.tasks} tasks (each its own consumer group, parallelism {a.parallelism}) on one engine pool against {a.tasks} "
          f"kcat processes at once, all reading one topic of {a.records:,} records x ~{a.value_bytes} B, {a.partitions} partitions")
    print(r.median("kcat").line())
    print(r.median("outflow").line())
    print(f"Outflow / {a.tasks} x kcat: {r.ratio('outflow', 'kcat'):.2f}")


def proc_cpu_seconds(pid):
    """User plus system CPU seconds of a process so far (all its threads), from /proc."""
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def cpu_by_thread_name(pid):
    """CPU seconds so far per thread name (librdkafka names its threads rdk:main, rdk:broker…)."""
    out = {}
    for tid in os.listdir(f"/proc/{pid}/task"):
        try:
            with open(f"/proc/{pid}/task/{tid}/stat") as f:
                head, rest = f.read().rsplit(")", 1)
            name = re.sub(r"\d+", "N", head.split("(", 1)[1])
            fields = rest.split()
            out[name] = out.get(name, 0) + (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
        except FileNotFoundError:
            pass
    return out


def proc_status(pid, key):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith(key + ":"):
                return int(line.split()[1])
    return 0


def cmd_idle(b, a):
    """What tasks with nothing to do cost: N tasks have caught up with a small topic, nothing more
    arrives; the engine's CPU (share of one core), threads and RSS over a quiet window."""
    topic = b.topic(a.partitions, a.value_bytes)
    run_dir, catalog, tables = prepare_tasks(topic, b.work, a.format, a.parallelism, a.tasks)
    proc = subprocess.Popen([ENGINE, "--catalog", catalog, "run"], stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 300
    while sum(committed_records(t) for t in tables) < topic.records * a.tasks:
        if proc.poll() is not None or time.monotonic() > deadline:
            sys.exit("bench: the tasks did not catch up")
        time.sleep(0.2)
    time.sleep(10)  # settle: the last commits, group rebalances, metadata refreshes
    cpu0, t0, names0 = proc_cpu_seconds(proc.pid), time.monotonic(), cpu_by_thread_name(proc.pid)
    time.sleep(a.seconds)
    cpu1, t1, names1 = proc_cpu_seconds(proc.pid), time.monotonic(), cpu_by_thread_name(proc.pid)
    threads, rss = proc_status(proc.pid, "Threads"), proc_status(proc.pid, "VmRSS")
    proc.send_signal(signal.SIGTERM)
    proc.wait(timeout=60)
    shutil.rmtree(run_dir)
    print(f"\n{os.cpu_count()} cores; {a.tasks} idle tasks x parallelism {a.parallelism} on a {a.partitions}-partition topic, "
          f"caught up, measured over {a.seconds} s")
    print(f"CPU {100 * (cpu1 - cpu0) / (t1 - t0):.1f}% of a core, {threads} threads, RSS {rss / 1024:.0f} MiB")
    spent = sorted(((names1[n] - names0.get(n, 0), n) for n in names1), reverse=True)
    print("by thread name: " + ", ".join(f"{n} {100 * c / (t1 - t0):.1f}%" for c, n in spent[:6] if c > 0))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("command", choices=["one", "matrix", "scaling", "tasks", "columnar", "idle"])
    ap.add_argument("--records", type=int, default=None)
    ap.add_argument("--partitions", type=int, default=4)
    ap.add_argument("--value-bytes", type=int, default=1024)
    ap.add_argument("--format", default="json", help="json, raw, delimited, parquet or orc, optionally -gzip/-zstd/-snappy")
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--tasks", type=int, default=20)
    ap.add_argument("--parallelism", type=int, default=None, help="per task, for tasks (default 1) and idle (default 4)")
    ap.add_argument("--seconds", type=int, default=30, help="the quiet window the idle command measures")
    ap.add_argument("--no-connect", dest="connect", action="store_false")
    a = ap.parse_args()
    if a.records is None:
        a.records = {"one": 1_000_000, "matrix": 3_000_000, "scaling": 1_000_000, "tasks": 200_000, "columnar": 1_000_000,
                     "idle": 1_000}[a.command]
    if a.parallelism is None:
        a.parallelism = 4 if a.command == "idle" else 1
    b = Bench(a)
    {"one": cmd_one, "matrix": cmd_matrix, "scaling": cmd_scaling, "tasks": cmd_tasks, "columnar": cmd_columnar,
     "idle": cmd_idle}[a.command](b, a)


if __name__ == "__main__":
    main()
