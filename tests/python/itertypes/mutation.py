# changing a dict or set while iterating over it raises CPython's RuntimeError
d = {1: 'a', 2: 'b'}
try:
    for k in d:
        d[k + 10] = 'x'
except RuntimeError as e:
    print('RuntimeError:', e)
d = {1: 'a', 2: 'b'}
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print('RuntimeError:', e)
d = {1: 'a', 2: 'b'}
for k in d:
    d[k] = 'changed'
print(d)
try:
    for v in d.values():
        d.pop(1)
except RuntimeError as e:
    print('RuntimeError:', e)
try:
    for kv in d.items():
        d.clear()
except RuntimeError as e:
    print('RuntimeError:', e)
s = {1, 2, 3}
try:
    for x in s:
        s.add(x * 100)
except RuntimeError as e:
    print('RuntimeError:', e)
s = {1, 2, 3}
try:
    for x in s:
        s.discard(x)
except RuntimeError as e:
    print('RuntimeError:', e)
s = {1, 2}
for x in s:
    s.add(x)
print(s)
l = [1, 2, 3]
for x in l:
    if len(l) < 6:
        l.append(x)
print(l)
