"""Standard-library hot paths of ordinary programs: breadth-first search over a grid with
collections.deque, then log lines parsed with compiled re patterns (match, findall, sub,
split) and reports built with %-formatting, str.format and f-strings."""

import re
from collections import deque


def make_grid(w, h, seed):
    x = seed
    rows = []
    for r in range(h):
        row = []
        for c in range(w):
            x = (x * 1103515245 + 12345) & 0x7FFFFFFF
            row.append(1 if x % 100 < 28 and (r, c) != (0, 0) else 0)
        rows.append(row)
    return rows


def bfs(grid, start):
    h, w = len(grid), len(grid[0])
    dist = [[-1] * w for _ in range(h)]
    dist[start[0]][start[1]] = 0
    q = deque([start])
    while q:
        r, c = q.popleft()
        d = dist[r][c] + 1
        for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            nr, nc = r + dr, c + dc
            if 0 <= nr < h and 0 <= nc < w and not grid[nr][nc] and dist[nr][nc] < 0:
                dist[nr][nc] = d
                q.append((nr, nc))
    reached = sum(1 for row in dist for v in row if v >= 0)
    far = max(v for row in dist for v in row)
    return reached, far


def sliding_max(values, k):
    q = deque()
    out = 0
    for i, v in enumerate(values):
        while q and values[q[-1]] <= v:
            q.pop()
        q.append(i)
        if q[0] <= i - k:
            q.popleft()
        if i >= k - 1:
            out += values[q[0]]
    return out


LINE = re.compile(r"(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d) \[(\w+)\] (\w+): (.*)")
NUM = re.compile(r"\d+")
KV = re.compile(r"(\w+)=(\w+)")
LEVELS = ("INFO", "WARN", "ERROR", "DEBUG")
SERVICES = ("auth", "db", "cache", "api", "queue")


def make_logs(n, seed):
    x = seed
    lines = []
    for i in range(n):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        lines.append("2024-%02d-%02d %02d:%02d:%02d [%s] %s: user=u%d took=%dms code=%d" % (
            1 + x % 12, 1 + x % 28, x % 24, x % 60, (x >> 7) % 60, LEVELS[(x >> 11) % 4],
            SERVICES[(x >> 3) % 5], x % 997, (x >> 5) % 500, 200 + (x >> 9) % 4 * 100))
    return lines


def parse_logs(lines):
    by_level = {}
    total_ms = 0
    words = 0
    report = []
    for line in lines:
        m = LINE.match(line)
        if m is None:
            continue
        level, service, rest = m.group(7), m.group(8), m.group(9)
        by_level[level] = by_level.get(level, 0) + 1
        fields = dict(KV.findall(rest))
        total_ms += int(fields["took"][:-2])
        words += len(re.split(r"\s+", rest))
        masked = NUM.sub("#", rest)
        if level == "ERROR":
            report.append(f"{m.group(4)}:{m.group(5)} {service:>6} {masked}")
        else:
            report.append("{}-{} {}".format(service, level.lower(), len(masked)))
    return by_level, total_ms, words, report


def main():
    checksum = 0
    for seed in range(1, 11):
        grid = make_grid(220, 220, seed)
        reached, far = bfs(grid, (0, 0))
        checksum += reached * 7 + far
        print("bfs seed %d: reached %d, farthest %d" % (seed, reached, far))
    vals = [(i * 7919) % 10007 for i in range(200000)]
    print("sliding max:", sliding_max(vals, 50))
    lines = make_logs(100000, 42)
    by_level, total_ms, words, report = parse_logs(lines)
    print("levels:", sorted(by_level.items()))
    print("total ms:", total_ms, "words:", words, "report lines:", len(report))
    print(report[0])
    print(report[-1])
    print("checksum:", checksum + total_ms + words)


main()
