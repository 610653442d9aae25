# IndexError: list index out of range (subscript carets ~~~^^^).
lst = [10, 20, 30]
print(lst[0], lst[-1], lst[-3], len(lst))
for i in range(-3, 3):
    print(lst[i], end=" ")
print()
nested = [[1], [2, 3]]
print(nested[1][1], nested[-1][-2])
i = 3
print("index", i, "of", lst)
print(lst[i])
