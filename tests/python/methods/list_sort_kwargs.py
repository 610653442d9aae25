# list.sort refuses positional arguments
a = [2, 1]
a.sort(reverse=1)
print(a)
a.sort(None)
