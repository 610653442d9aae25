# Mutating lists: append, pop (end, index, negative index), index assignment.
lst = []
for i in range(6):
    lst.append(i * i)
print(lst, len(lst))
print(lst.pop(), lst)
print(lst.pop(0), lst)
print(lst.pop(-2), lst)
print(lst.pop(1), lst)
lst[0] = "first"
lst[-1] = "last"
print(lst)
lst.append(lst)
print(len(lst), lst[0], lst[-1][0])
lst.pop()
lst.append([1, 2])
lst[2][0] = 100
print(lst)
grid = [[0, 0, 0], [0, 0, 0]]
grid[1][2] = 5
grid[0][-1] = 7
print(grid)
stack = []
for ch in "abc":
    stack.append(ch)
out = ""
while len(stack) > 0:
    out = out + stack.pop()
print(out)
queue = [1, 2, 3]
queue.append(4)
print(queue.pop(0), queue.pop(0), queue)
counts = [0] * 5
for v in [1, 3, 3, 4, 1, 1, 0]:
    counts[v] += 1
print(counts)
a = [1, 2, 3]
a[0] += 10
a[-1] *= 7
a[1] -= 0.5
print(a)
r = a.append(9)
print(r, a)
