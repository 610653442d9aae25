# an uncaught assert without a message: the last line is just "AssertionError"
def level_a(n):
    return level_b(n - 1)

def level_b(n):
    assert n > 5
    return n

print(level_a(10))
print(level_a(3))
