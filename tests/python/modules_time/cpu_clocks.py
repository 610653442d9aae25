"""time.process_time and time.thread_time: CPU clocks with nanosecond resolution that never go back."""
import time

p0, t0 = time.process_time(), time.thread_time()
pn0, tn0 = time.process_time_ns(), time.thread_time_ns()
x = 0
for i in range(200000):
    x += i * i
p1, t1 = time.process_time(), time.thread_time()
pn1, tn1 = time.process_time_ns(), time.thread_time_ns()
print(type(p0).__name__, type(t0).__name__, type(pn0).__name__, type(tn0).__name__)
print("advance:", p1 > p0, t1 > t0, pn1 > pn0, tn1 > tn0)
# Finer than the 10 ms of clock ticks: a short loop already moves the clock by less than that.
print("fine:", 0 < (pn1 - pn0) and (pn1 - pn0) % 1000000 != 0 or (tn1 - tn0) % 1000000 != 0)
print("thread <= process:", tn1 <= pn1 + 1000000)
print(x)
