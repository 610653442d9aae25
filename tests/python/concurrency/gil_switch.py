# Threads of one interpreter take turns: a thread that never blocks still hands the GIL over
# once the switch interval has passed and another thread asks, so the main thread gets to run
# and stop it. setswitchinterval/getswitchinterval and their errors.
import sys, threading

print(sys.getswitchinterval())
sys.setswitchinterval(0.001)
print(sys.getswitchinterval())
for bad in (0, -1.0, 0.0):
    try:
        sys.setswitchinterval(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    sys.setswitchinterval("x")
except TypeError as e:
    print("TypeError:", e)

stop = False
spins = [0, 0]
def spin(i):
    while not stop:
        spins[i] += 1
threads = [threading.Thread(target=spin, args=(i,)) for i in range(2)]
for t in threads:
    t.start()
while spins[0] == 0 or spins[1] == 0:
    pass
stop = True
for t in threads:
    t.join()
print("both spinners ran and stopped:", spins[0] > 0 and spins[1] > 0)
sys.setswitchinterval(0.005)
print(sys.getswitchinterval())
