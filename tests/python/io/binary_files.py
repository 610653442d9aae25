# binary files: rb/wb/ab, bytes in and out, seek/tell, types
import time
path = '/tmp/isles_io_bin_%d_%d.bin' % (time.time_ns(), id(object()))
with open(path, 'wb') as f:
    print(f.write(b'\x00\x01\x02hello\n'), f.write(bytearray(b'world\r\n')), type(f).__name__)
    f.write(memoryview(b'\xff\xfe'))
with open(path, 'rb') as f:
    data = f.read()
    print(data, len(data), type(f).__name__, f.tell())
with open(path, 'rb') as f:
    print(f.read(3), f.readline(), f.tell(), f.readline(), f.read(), f.read())
with open(path, 'rb') as f:
    print(f.seek(3), f.read(5), f.seek(-2, 2), f.read(), f.seek(-4, 1), f.read(2))
    print(list(f), f.seek(0), [len(x) for x in f])
with open(path, 'ab') as f:
    f.write(b'tail')
with open(path, 'rb') as f:
    print(f.read()[-6:])
with open(path, 'r+b') as f:
    f.seek(3)
    f.write(b'HELLO')
    f.seek(0)
    print(f.read(10), type(f).__name__)
with open(path, 'wb') as f:
    for bad in ['text', 5, [1]]:
        try:
            f.write(bad)
        except TypeError as e:
            print('TypeError', e)
try:
    import os
    os.remove(path)
except ImportError:
    pass
