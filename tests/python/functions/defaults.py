# Default arguments: evaluated once at definition time; mutable defaults persist.
def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct

print(greet("Ann"))
print(greet("Bob", "Hi"))
print(greet("Cy", "Yo", "?"))

def append_to(x, acc=[]):
    acc.append(x)
    return acc

print(append_to(1))
print(append_to(2))
print(append_to(3, []))
print(append_to(4))
r = append_to(5)
r.append("sneaky")
print(append_to(6))

base = 10
def add_base(x, b=base):
    return x + b
base = 1000
print(add_base(1), add_base(1, base))

def counter(step=1, state=[0]):
    state[0] = state[0] + step
    return state[0]

print(counter(), counter(), counter(5), counter(), counter(-7))

def show(a, b=None, c=2 ** 70, d=-0.5, e="\t", f=[None]):
    print(a, b, c, d, repr(e), f, sep=" | ")

show(1)
show(1, 2)
show(1, 2, 3, 4, 5, 6)

def noisy(v):
    print("evaluating default", v)
    return v

def uses(x=noisy(42)):
    return x

print("defined")
print(uses(), uses(), uses(0))
