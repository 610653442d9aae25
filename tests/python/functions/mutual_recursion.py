# Module-level mutual recursion and functions defined after their callers.
def is_even(n):
    if n == 0:
        return True
    return is_odd(n - 1)

def is_odd(n):
    if n == 0:
        return False
    return is_even(n - 1)

for n in [0, 1, 10, 15, 200]:
    print(n, is_even(n), is_odd(n))

def ping(n, log):
    log.append("ping" + str(n))
    if n > 0:
        pong(n - 1, log)
    return log

def pong(n, log):
    log.append("pong" + str(n))
    if n > 0:
        ping(n - 1, log)

print(ping(5, []))

def hofstadter_f(n):
    if n == 0:
        return 1
    return n - hofstadter_m(hofstadter_f(n - 1))

def hofstadter_m(n):
    if n == 0:
        return 0
    return n - hofstadter_f(hofstadter_m(n - 1))

for i in range(15):
    print(hofstadter_f(i), hofstadter_m(i), sep="/", end=" ")
print()
