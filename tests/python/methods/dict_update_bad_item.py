# dict.update with an element that is not a sequence
d = {}
d.update([(1, 2)])
print(d)
d.update([(3, 4), 5])
