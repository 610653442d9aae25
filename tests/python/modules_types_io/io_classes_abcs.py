# io: the native file classes under their io names, io.UnsupportedOperation is the one file
# objects raise, and the IOBase/TextIOBase/BufferedIOBase ABCs recognise the streams.
import io
import os
import sys
import tempfile

print(io.TextIOWrapper.__name__, io.BufferedReader.__name__, io.DEFAULT_BUFFER_SIZE > 0)
print(isinstance(io.StringIO(), io.TextIOBase), isinstance(io.BytesIO(), io.BufferedIOBase),
      isinstance(io.StringIO(), io.IOBase), isinstance(io.BytesIO(), io.TextIOBase),
      isinstance(sys.stdout, io.TextIOBase), isinstance(3, io.IOBase))
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, 'f.txt')
    with open(path, 'w') as f:
        print(type(f) is io.TextIOWrapper, isinstance(f, io.TextIOBase), isinstance(f, io.IOBase))
        try:
            f.read()
        except io.UnsupportedOperation as e:
            print('UnsupportedOperation', e)
    with open(path, 'rb') as f:
        print(type(f) is io.BufferedReader, isinstance(f, io.BufferedIOBase))
    with io.open(path) as f:
        print(repr(f.read()))
print(issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError))
print(io.text_encoding(None), io.text_encoding('utf-8'))
