# The first program through every layer: runtime -> interpreter -> thread -> eval loop.
import sys


def greet(name, punctuation="!"):
    return "Hello, " + name + punctuation


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


print(greet("world"))
print("fib(20) =", fib(20))
print("2 ** 100 =", 2 ** 100)
print("7 // -2 =", 7 // -2, "and 7 % -2 =", 7 % -2)
print("0.1 + 0.2 =", 0.1 + 0.2)
print("argv:", sys.argv[1:])
