"""A log analyser: parses web-server style log lines with regular expressions, aggregates
with collections.Counter/defaultdict, and emits a text report plus a JSON summary.
Exercises re (named groups, finditer, sub with a function), string formatting, sorting,
json.dumps with indent/sort_keys, and datetime-free time bucketing."""

import json
import re
from collections import Counter, defaultdict

LOG = """\
10.0.0.1 - - [12/Mar/2024:10:01:02] "GET /index.html HTTP/1.1" 200 5120 "Mozilla/5.0"
10.0.0.2 - - [12/Mar/2024:10:01:09] "GET /about.html HTTP/1.1" 200 2048 "curl/8.0"
10.0.0.1 - - [12/Mar/2024:10:02:15] "POST /api/login HTTP/1.1" 302 0 "Mozilla/5.0"
10.0.0.3 - - [12/Mar/2024:10:05:44] "GET /missing HTTP/1.1" 404 312 "Googlebot/2.1"
10.0.0.2 - - [12/Mar/2024:10:15:00] "GET /api/items?page=2 HTTP/1.1" 200 10240 "curl/8.0"
garbage line that does not parse
10.0.0.4 - - [12/Mar/2024:11:00:01] "DELETE /api/items/7 HTTP/1.1" 500 128 "python-requests/2.31"
10.0.0.1 - - [12/Mar/2024:11:20:30] "GET /index.html HTTP/1.1" 304 0 "Mozilla/5.0"
10.0.0.5 - - [12/Mar/2024:11:59:59] "GET /static/app.js HTTP/1.1" 200 40960 "Mozilla/5.0"
10.0.0.3 - - [12/Mar/2024:12:00:00] "GET /robots.txt HTTP/1.1" 200 64 "Googlebot/2.1"
10.0.0.6 - - [12/Mar/2024:12:30:12] "PUT /api/items/7 HTTP/1.1" 201 256 "python-requests/2.31"
"""

LINE = re.compile(
    r'(?P<ip>\d+(?:\.\d+){3}) - - \[(?P<day>\d+)/(?P<mon>\w+)/(?P<year>\d{4}):'
    r'(?P<h>\d\d):(?P<m>\d\d):(?P<s>\d\d)\] "(?P<method>[A-Z]+) (?P<path>\S+) [^"]*" '
    r'(?P<status>\d{3}) (?P<size>\d+) "(?P<agent>[^"]*)"'
)


def parse(text):
    records, bad = [], []
    for n, line in enumerate(text.splitlines(), 1):
        m = LINE.fullmatch(line)
        if not m:
            bad.append(n)
            continue
        r = m.groupdict()
        r["status"] = int(r["status"])
        r["size"] = int(r["size"])
        r["path"], _, r["query"] = r["path"].partition("?")
        r["bot"] = bool(re.search(r"bot|curl|requests", r["agent"], re.I))
        records.append(r)
    return records, bad


def human(n):
    for unit in ("B", "KiB", "MiB"):
        if n < 1024:
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1024
    return f"{n:.1f} GiB"


records, bad = parse(LOG)
print(f"parsed {len(records)} records, {len(bad)} bad (lines {bad})")

by_status = Counter(r["status"] for r in records)
by_class = Counter(f"{r['status'] // 100}xx" for r in records)
by_hour = defaultdict(list)
for r in records:
    by_hour[r["h"]].append(r)
bytes_by_ip = Counter()
for r in records:
    bytes_by_ip[r["ip"]] += r["size"]

print("\n== status codes ==")
for code, n in sorted(by_status.items()):
    print(f"{code}: {'#' * n} ({n})")
print("classes:", dict(sorted(by_class.items())))

print("\n== traffic per hour ==")
for hour in sorted(by_hour):
    rs = by_hour[hour]
    total = sum(r["size"] for r in rs)
    print(f"{hour}:00  {len(rs):2d} req  {human(total):>10}  methods={sorted({r['method'] for r in rs})}")

print("\n== top talkers ==")
for ip, size in bytes_by_ip.most_common(3):
    print(f"{ip:<12}{human(size):>10}")

api = [r for r in records if r["path"].startswith("/api/")]
ids = [int(m.group(1)) for r in api for m in re.finditer(r"/(\d+)$", r["path"])]
print("\napi calls:", len(api), "item ids:", ids)
masked = [re.sub(r"\d+$", lambda m: "x" * len(m.group()), r["ip"]) for r in records[:4]]
print("masked:", masked)
agents = Counter(re.split(r"[/ ]", r["agent"])[0] for r in records)
print("agents:", agents.most_common())

print("\n== methods and error rate ==")
methods = Counter(r["method"] for r in records)
for method, n in sorted(methods.items(), key=lambda kv: (-kv[1], kv[0])):
    failed = sum(1 for r in records if r["method"] == method and r["status"] >= 400)
    print(f"{method:<7}{n:3d}  errors {failed / n:6.1%}")
slowest = sorted(records, key=lambda r: (-r["size"], r["path"]))[:2]
print("largest:", [(r["path"], human(r["size"])) for r in slowest])

summary = {
    "records": len(records),
    "bad_lines": bad,
    "errors": [{"path": r["path"], "status": r["status"]} for r in records if r["status"] >= 400],
    "bots": sum(r["bot"] for r in records),
    "bytes": sum(bytes_by_ip.values()),
    "busiest_hour": max(by_hour, key=lambda h: len(by_hour[h])),
}
print(json.dumps(summary, indent=2, sort_keys=True))
print(json.dumps(dict(by_status), separators=(",", ":")))
