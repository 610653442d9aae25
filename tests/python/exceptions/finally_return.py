# return inside try/except with finally: finally runs, return value preserved unless finally returns
log = []

def ret_in_try():
    try:
        log.append("try")
        return "from try"
    finally:
        log.append("finally")

def ret_in_except():
    try:
        log.append("try2")
        [][1]
    except IndexError:
        log.append("except2")
        return "from except"
    finally:
        log.append("finally2")
    return "not reached"

def finally_overrides():
    try:
        return "try value"
    finally:
        return "finally value"

def finally_swallows():
    try:
        raise ValueError("lost")
    finally:
        return "exception swallowed"

def value_computed_first():
    x = 1
    try:
        return x
    finally:
        x = 99
        log.append(x)

print(ret_in_try())
print(ret_in_except())
print(finally_overrides())
print(finally_swallows())
print(value_computed_first())
print(log)

def count_calls(n):
    calls = [0]
    def inner():
        try:
            if n > 0:
                return n * 10
            return -1
        finally:
            calls[0] += 1
    r = inner()
    return r, calls[0]

print(count_calls(3))
print(count_calls(0))
