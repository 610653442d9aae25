# TypeError: unsupported operand type(s) for +: 'int' and 'str'.
count = 3
label = " items"
print(str(count) + label)
print(count + 1, label + "!")
print(count + 1.5, count + True, [count] + [label])
print(label * count)
total = 0
for n in [1, 2, 3]:
    total = total + n
print("total", total)
message = count + label
print("not reached")
