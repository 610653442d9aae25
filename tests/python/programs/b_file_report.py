"""Text processing with real files: write a CSV-ish log, read it back several ways, aggregate
it, write a report file, and capture printed output by redirecting sys.stdout."""

import sys
import time

stamp = '%d_%d' % (time.time_ns(), id(object()))
log_path = '/tmp/isles_b_log_%s.txt' % stamp
report_path = '/tmp/isles_b_report_%s.txt' % stamp

rows = [
    ('2024-01-03', 'alice', 'deposit', 120.50),
    ('2024-01-03', 'bob', 'withdraw', 20.00),
    ('2024-01-04', 'alice', 'withdraw', 50.25),
    ('2024-01-05', 'chloé', 'deposit', 999.99),
    ('2024-01-05', 'bob', 'deposit', 5.00),
    ('2024-01-06', 'alice', 'deposit', 0.75),
    ('2024-01-07', 'dmitri', 'withdraw', 13.13),
]

with open(log_path, 'w', encoding='utf-8') as f:
    f.write('# date,user,kind,amount\n')
    for date, user, kind, amount in rows:
        f.write('%s,%s,%s,%.2f\n' % (date, user, kind, amount))
    f.write('\n')
    f.write('2024-01-08,broken line\n')

with open(log_path, 'rb') as f:
    raw = f.read()
print(len(raw), raw.count(b'\n'), raw[:14], raw.decode('utf-8').count('é'))


def parse(path):
    good, bad = [], []
    with open(path, encoding='utf-8') as f:
        for lineno, line in enumerate(f, 1):
            line = line.rstrip('\n')
            if not line or line.startswith('#'):
                continue
            parts = line.split(',')
            try:
                date, user, kind, amount = parts
                good.append((date, user, kind, float(amount)))
            except ValueError as e:
                bad.append((lineno, str(e)))
    return good, bad


good, bad = parse(log_path)
print(len(good), bad)

balances = {}
for date, user, kind, amount in good:
    sign = 1 if kind == 'deposit' else -1
    balances[user] = round(balances.get(user, 0.0) + sign * amount, 2)

with open(report_path, 'w') as out:
    print('%-8s %10s' % ('user', 'balance'), file=out)
    print('-' * 19, file=out)
    for user in sorted(balances, key=lambda u: (-balances[u], u)):
        print('%-8s %10.2f' % (user, balances[user]), file=out)
    out.write('total    %10.2f\n' % sum(balances.values()))

with open(report_path) as f:
    report = f.read()
print(report, end='')
with open(report_path) as f:
    lines = f.readlines()
print(len(lines), repr(lines[-1]))


class Tee:
    """Collects writes, like io.StringIO would."""

    def __init__(self):
        self.chunks = []

    def write(self, s):
        self.chunks.append(s)
        return len(s)

    def flush(self):
        pass

    def getvalue(self):
        return ''.join(self.chunks)


saved = sys.stdout
sys.stdout = buf = Tee()
try:
    for user, bal in balances.items():
        print(user, bal, sep='=')
finally:
    sys.stdout = saved
captured = buf.getvalue()
print(len(captured.splitlines()), captured.splitlines()[0])

with open(log_path, 'a') as f:
    f.write('2024-01-09,eve,deposit,1.00\n')
with open(log_path) as f:
    f.seek(0)
    first = f.readline()
    pos = f.tell()
    second = f.readline()
    f.seek(pos)
    print(repr(first), second == f.readline(), f.read().count('\n'))

print('summary written', file=sys.stderr)
try:
    open(log_path + '.missing')
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror)
try:
    import os
    os.remove(log_path)
    os.remove(report_path)
except ImportError:
    pass
