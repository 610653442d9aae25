# random: choice, choices, shuffle, sample, uniform and the distributions give CPython's
# values after seed(n); getstate/setstate round-trip; Random instances are independent.
import random

random.seed(7)
letters = "abcdefghijklmnopqrstuvwxyz"
print([random.choice(letters) for _ in range(20)], random.choice([10, 20, 30]), random.choice(range(5, 500)))
print(random.choices(letters, k=10))
print(random.choices(["a", "b", "c"], weights=[1, 5, 10], k=15))
print(random.choices(["a", "b", "c"], cum_weights=[1, 6, 16], k=15))
print(random.choices(range(4), [0.1, 0.2, 0.3, 0.4]))
xs = list(range(30))
random.shuffle(xs)
print(xs)
print(random.sample(range(100), 10), random.sample(letters, 5), random.sample(range(10**9), 3))
print(random.sample(range(1000), 30))
print(random.sample(["red", "blue"], counts=[4, 2], k=5))
print(random.uniform(1, 10), random.uniform(-5.5, 2.25), random.triangular(), random.triangular(0, 10, 3))
print(random.gauss(), random.gauss(), random.gauss(100, 15), random.normalvariate(), random.normalvariate(5, 2))
print(random.lognormvariate(0, 1), random.expovariate(1.5), random.vonmisesvariate(1.0, 4.0), random.vonmisesvariate(0, 0))
print(random.gammavariate(0.5, 1.0), random.gammavariate(1.0, 2.0), random.gammavariate(3.0, 0.5))
print(random.betavariate(2, 5), random.paretovariate(3), random.weibullvariate(1, 1.5))
acc = 0.0
for i in range(3000):
    acc += random.gauss(0, 1) + random.expovariate(2.0) + random.betavariate(0.5, 0.7)
print("dist checksum", repr(acc))

state = random.getstate()
a = [random.random() for _ in range(5)]
random.setstate(state)
b = [random.random() for _ in range(5)]
print(a == b, len(state), state[0], len(state[1]), state[1][-1])

r1 = random.Random(99)
r2 = random.Random(99)
print(r1.random() == r2.random(), r1.randint(1, 100), r2.randint(1, 100), random.Random("seed").random())
r3 = random.Random()
r3.seed(5)
print(r3.random(), r3.getstate()[1][:3])
