# break/continue/return inside a finally block discard the in-flight exception
def swallow_with_break():
    n = 0
    while True:
        n += 1
        try:
            raise ValueError("dropped " + str(n))
        finally:
            break
    return "broke out after " + str(n)

print(swallow_with_break())

def swallow_with_continue():
    n = 0
    seen = []
    while n < 3:
        n += 1
        try:
            if n % 2 == 1:
                raise KeyError(n)
            seen.append(n)
        finally:
            continue
    return seen

print(swallow_with_continue())

def swallow_with_return(flag):
    try:
        if flag:
            raise IndexError("gone")
        return "normal"
    finally:
        if flag:
            return "finally returned"

print(swallow_with_return(True))
print(swallow_with_return(False))

def swallowed_in_handler():
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            raise TypeError("from handler")
        finally:
            return "handler exception discarded too"
    except TypeError:
        return "not reached"

print(swallowed_in_handler())
