"""fnmatch: wildcard matching of names (*, ?, sets, negated sets, unclosed brackets,
special characters), filter over lists, case sensitivity and bytes patterns."""
import fnmatch

names = ['a.py', 'b.PY', 'setup.cfg', '.hidden', 'dir/x.py', 'x[1].txt', 'data_01.csv', 'data_1.csv',
         'a\nb.py', 'ab', 'ba', '', 'a+b', 'q?', 'café.txt', ']x', '!x']
pats = ['*.py', '*.PY', '?.py', '*', '', 'data_??.csv', 'data_[0-9]*.csv', '[!a]*', '[ab]*', 'x[[]1].txt',
        '*[', 'a+b', 'q?', '*.[ct][sx][vt]', '[]]x', '[!]]x', '[!!]x', 'dir/*', '*/*', '[a-c]?', 'caf?.txt']
for p in pats:
    print(repr(p), fnmatch.filter(names, p), [fnmatch.fnmatchcase(n, p) for n in names[:4]])
print(fnmatch.fnmatch('A.PY', '*.py'), fnmatch.fnmatch('x.py', '*.py'), fnmatch.fnmatchcase(b'x.py', b'*.py'),
      fnmatch.filter([b'a.c', b'b.h'], b'*.c'))
