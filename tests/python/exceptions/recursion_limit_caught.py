# RecursionError under a lowered recursion limit: caught at various depths, then normal calls work
import sys

def down(n):
    return down(n + 1)

def depth_reached(n):
    try:
        return depth_reached(n + 1)
    except RecursionError:
        return n

sys.setrecursionlimit(200)
print("limit", sys.getrecursionlimit())
try:
    down(0)
except RecursionError as e:
    print("caught:", e)

d = depth_reached(0)
print("depth close to limit:", 150 < d < 200)

def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

print("fib still works:", fib(15))

attempts = 0
while attempts < 3:
    try:
        down(0)
    except RecursionError:
        attempts += 1
print("caught", attempts, "times")

sys.setrecursionlimit(1000)
print("limit", sys.getrecursionlimit())
print("deeper recursion fine:", depth_reached(0) > 900)
