"""tokenize.generate_tokens and detect_encoding, linecache over tokenize.open."""
import tokenize, io, token
src = "def f(x):\n    return x + 1  # c\nprint(f'{1}', 0x1F, 'a' \"b\")\n"
for t in tokenize.generate_tokens(io.StringIO(src).readline):
    print(token.tok_name[t.type], repr(t.string), t.start, t.end)
print(tokenize.detect_encoding(io.BytesIO(b'# -*- coding: latin-1 -*-\nx=1\n').readline))
import linecache
print(repr(linecache.getline(__file__, 2)))
