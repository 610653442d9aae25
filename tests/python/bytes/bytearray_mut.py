# bytearray mutation: append/extend/pop/insert/remove/clear/reverse/slice assignment/+=/*=
ba = bytearray(b'hello')
ba.append(33)
ba.extend(b' ok')
ba.extend([65, 66])
ba.extend(bytearray(b'!'))
print(ba, len(ba))
print(ba.pop(), ba.pop(0), ba)
ba.insert(0, 72)
ba.insert(-1, 63)
ba.insert(100, 46)
print(ba)
ba.remove(111)
print(ba)
ba[0] = 104
ba[-1] = 44
print(ba)
ba[1:3] = b'EE'
print(ba)
ba[0:0] = b'>>'
print(ba)
ba[2:5] = []
print(ba)
ba[::2] = bytes(len(ba[::2]))
print(ba)
del ba[0]
del ba[::2]
print(ba)
ba.reverse()
print(ba)
c = ba.copy()
ba.clear()
print(ba, c, c is not ba)
x = bytearray(b'ab')
y = x
x += b'cd'
x *= 2
print(x, y is x)
def setitem(obj, key, value):
    obj[key] = value
for call in [lambda: x.append(256), lambda: x.append('a'), lambda: x.pop(99), lambda: bytearray().pop(),
             lambda: x.remove(0), lambda: x.insert(0), lambda: x.extend(5), lambda: x.extend('ab'),
             lambda: setitem(x, 0, 300), lambda: setitem(x, slice(0, 2), 5),
             lambda: setitem(x, slice(None, None, 2), b'a'), lambda: x[100]]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
