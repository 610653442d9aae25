"""Exceptions in loops: raising and catching in hot paths, custom exception classes, finally."""


class ValidationError(Exception):
    def __init__(self, field, value):
        super().__init__("bad %s: %r" % (field, value))
        self.field = field
        self.value = value


class RetryableError(ValidationError):
    pass


def parse_int(s):
    try:
        return int(s)
    except ValueError:
        return None


def validate(record):
    if record["age"] < 0:
        raise ValidationError("age", record["age"])
    if record["age"] > 150:
        raise RetryableError("age", record["age"])
    if not record["name"]:
        raise ValidationError("name", record["name"])
    return record["age"]


def safe_div(a, b):
    try:
        return a // b
    except ZeroDivisionError:
        return 0
    finally:
        pass


def lookup_chain(d, keys):
    found = 0
    for k in keys:
        try:
            found += d[k]
        except KeyError:
            found -= 1
    return found


def deep(n):
    if n == 0:
        raise IndexError("bottom")
    return deep(n - 1)


def main():
    tokens = [str(i) if i % 4 else "x%d" % i for i in range(180000)]
    parsed = [parse_int(t) for t in tokens]
    print("parsed:", sum(p for p in parsed if p is not None), parsed.count(None))

    ok = bad = retry = 0
    for i in range(240000):
        rec = {"name": "" if i % 97 == 0 else "n", "age": (i * 37) % 200 - 20}
        try:
            validate(rec)
            ok += 1
        except RetryableError as e:
            retry += 1
        except ValidationError as e:
            bad += 1
            last = e.field
    print("validate:", ok, bad, retry, last)

    print("div:", sum(safe_div(i, i % 5) for i in range(300000)))

    d = {i: i * 2 for i in range(0, 1000, 3)}
    print("lookup:", lookup_chain(d, list(range(1000)) * 180))

    caught = 0
    for i in range(12000):
        try:
            deep(i % 20)
        except IndexError as e:
            caught += len(e.args[0])
    print("deep:", caught)

    msgs = 0
    for i in range(90000):
        try:
            try:
                raise KeyError(i)
            except KeyError as e:
                raise ValueError("wrapped") from e
        except ValueError as e:
            if isinstance(e.__cause__, KeyError):
                msgs += 1
    print("chained:", msgs)


# Repeated so that one run takes 0.5-3 s under python3.
for _ in range(3):
    main()
