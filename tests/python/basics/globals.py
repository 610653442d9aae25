# Module globals read from functions and modified with the global statement.
counter = 0
name = "global"
limit = 3

def read():
    return name + "!" * limit

def bump(by):
    global counter
    counter += by
    return counter

def shadow():
    name = "local"
    return name

def late():
    return defined_later * 2

print(read())
print(bump(1), bump(2), bump(10), counter)
print(shadow(), name)
defined_later = 21
print(late())
limit = 1
print(read())

def reset():
    global counter, name
    counter = 0
    name = "reset"

reset()
print(counter, name, read())
total = 0
for i in range(5):
    total = total + bump(i)
print(total, counter)
