"""A CSV-ish sales report: a quote-aware line splitter, grouping, formatting, validation."""
import io
import statistics
from collections import Counter, defaultdict, namedtuple

DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()


def split_csv(line):
    fields, cur, quoted, i = [], [], False, 0
    while i < len(line):
        c = line[i]
        if quoted:
            if c == '"' and line[i + 1:i + 2] == '"':
                cur.append('"')
                i += 1
            elif c == '"':
                quoted = False
            else:
                cur.append(c)
        elif c == '"':
            quoted = True
        elif c == ",":
            fields.append("".join(cur))
            cur = []
        else:
            cur.append(c)
        i += 1
    if quoted:
        raise ValueError("unterminated quote")
    fields.append("".join(cur))
    return fields


def quote(field):
    field = str(field)
    if any(c in field for c in ',"\n'):
        return '"' + field.replace('"', '""') + '"'
    return field


def make_date(y, m, d):
    if not 1 <= m <= 12:
        raise ValueError("month must be in 1..12")
    if not 1 <= d <= DAYS_IN_MONTH[m - 1]:
        raise ValueError("day is out of range for month")
    return (y, m, d)


def day_number(day):
    y, m, d = day
    return sum(DAYS_IN_MONTH[:m - 1]) - (m > 2) * (y % 4 != 0) + d

RAW = """\
region,rep,date,product,units,unit_price
North,Alice,2024-01-15,Widget,12,3.50
North,Bob,2024-01-17,Gadget,3,19.99
South,Carla,2024-02-02,Widget,40,3.25
South,Carla,2024-02-03,"Gizmo, large",2,120.00
East,Dan,2024-02-10,Gadget,7,18.50
North,Alice,2024-03-01,Gizmo,1,99.00
West,Erin,2024-03-05,Widget,,3.50
East,Dan,2024-03-09,Widget,15,3.40
South,Fay,2024-13-01,Gadget,2,19.99
West,Erin,2024-03-20,Gadget,5,abc
North,Bob,2024-03-28,Widget,30,3.30
"""

Sale = namedtuple("Sale", "region rep day product units price")


class RowError(ValueError):
    def __init__(self, line, reason):
        super().__init__(f"line {line}: {reason}")
        self.line = line


def parse(text):
    good, bad = [], []
    lines = io.StringIO(text).read().splitlines()
    header = split_csv(lines[0])
    for line, raw in enumerate(lines[1:], start=2):
        row = dict(zip(header, split_csv(raw)))
        try:
            try:
                y, m, d = map(int, row["date"].split("-"))
                day = make_date(y, m, d)
            except ValueError as e:
                raise RowError(line, f"bad date {row['date']!r} ({e})") from e
            if not row["units"]:
                raise RowError(line, "missing units")
            try:
                price = float(row["unit_price"])
            except ValueError:
                raise RowError(line, f"bad price {row['unit_price']!r}") from None
            good.append(Sale(row["region"], row["rep"], day, row["product"],
                             int(row["units"]), price))
        except RowError as e:
            bad.append(e)
    return good, bad


def money(x):
    return f"${x:,.2f}"


def table(headers, rows, aligns):
    widths = [max(len(str(h)), *(len(str(r[i])) for r in rows)) for i, h in enumerate(headers)]
    def fmt(cells):
        return " | ".join(f"{str(c):{a}{w}}" for c, a, w in zip(cells, aligns, widths))
    out = [fmt(headers), "-+-".join("-" * w for w in widths)]
    out += [fmt(r) for r in rows]
    return "\n".join(out)


sales, errors = parse(RAW)
print(f"{len(sales)} good rows, {len(errors)} rejected")
for e in errors:
    cause = type(e.__cause__).__name__ if e.__cause__ else "-"
    print(f"  {e} [cause: {cause}, suppressed: {e.__suppress_context__}]")

by_region = defaultdict(list)
for s in sales:
    by_region[s.region].append(s)
rows = []
for region in sorted(by_region):
    items = by_region[region]
    revenue = sum(s.units * s.price for s in items)
    rows.append((region, len(items), sum(s.units for s in items), money(revenue)))
print(table(("Region", "Sales", "Units", "Revenue"), rows, ("<", ">", ">", ">")))

per_rep = Counter()
for s in sales:
    per_rep[s.rep] += round(s.units * s.price, 2)
print("Top reps:", ", ".join(f"{rep} ({money(v)})" for rep, v in per_rep.most_common(3)))

monthly = defaultdict(float)
for s in sales:
    monthly["%04d-%02d" % s.day[:2]] += s.units * s.price
for month, total in sorted(monthly.items()):
    bar = "#" * int(total // 20)
    print(f"{month} {total:>9.2f} {bar}")

prices = [s.price for s in sales]
print("mean price %.3f, median %.2f, stdev %.4f" % (
    statistics.mean(prices), statistics.median(prices), statistics.stdev(prices)))
print("products:", sorted({s.product for s in sales}, key=lambda p: (len(p), p)))
first, *_, last = sorted(sales, key=lambda s: s.day)
span = day_number(last.day) - day_number(first.day)
print(f"span: {MONTHS[first.day[1] - 1]} {first.day[2]:02d} .. {MONTHS[last.day[1] - 1]} "
      f"{last.day[2]:02d}, {last.day[0]} = {span} days")
print("iso of first sale: {0:04d}-{1:02d}-{2:02d}".format(*first.day))

out = io.StringIO()
out.write(",".join(["region", "revenue", "note"]) + "\n")
for region, n, units, rev in rows:
    note = f'{n} sale{"s" if n != 1 else ""}, "best" month'
    print(*(quote(f) for f in (region, rev, note)), sep=",", file=out)
print(out.getvalue(), end="")
print(split_csv(out.getvalue().splitlines()[1]))
try:
    split_csv('a,"b')
except ValueError as e:
    print("ValueError:", e)
biggest = max(sales, key=lambda s: s.units * s.price)
print(biggest._asdict()["rep"], biggest._replace(units=0).units, Sale._fields[-2:])
