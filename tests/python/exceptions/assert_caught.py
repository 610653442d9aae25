# assert with and without a message, caught as AssertionError; message expression evaluated lazily
def check_positive(n):
    assert n > 0, "n must be positive, got " + str(n)
    return n * 2

def check_plain(n):
    assert n != 0
    return 10 // n

print(check_positive(4))
try:
    check_positive(-3)
except AssertionError as e:
    print("caught:", e, "| args:", e.args, "| repr:", repr(e))

print(check_plain(5))
try:
    check_plain(0)
except AssertionError as e:
    print("plain assert:", repr(e), "args:", e.args, "str:", repr(str(e)))

calls = []
def msg():
    calls.append("msg evaluated")
    return "lazy"

assert True, msg()
print("calls after passing assert:", calls)
try:
    assert 0, msg()
except AssertionError as e:
    print("calls after failing assert:", calls, e)

try:
    assert [], ("tuple", "message")
except AssertionError as e:
    print("non-string message:", e.args, repr(e))

try:
    assert None, 42
except Exception as e:
    print("caught as Exception:", type(e).__name__, e.args)
