# a finally block that fails after a return discards the return value; the error has no context
def compute(n):
    try:
        print("computing", n)
        return n * 2
    finally:
        print("finally for", n)
        check = [1, 2, 3][n]

print(compute(1))
print(compute(2))
print(compute(3))
