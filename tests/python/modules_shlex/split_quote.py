# shlex: split with quotes, escapes and comments; quote and join round trips; errors
import shlex

for s in ('ls -l /tmp', '  spaced   out  ', "echo 'single quoted' \"double quoted\"", 'a\\ b c',
          'say "he said \\"hi\\"" end', "mix'ed'\"quo\"tes", "'' \"\" x", 'path\\\\to', '"keep \\n backslash"',
          'tab\tand\nnewline', 'a#b c # comment', "it's\\'s"):
    try:
        print(repr(s), shlex.split(s))
    except ValueError as e:
        print(repr(s), 'ValueError', e)
print(shlex.split('cmd arg # trailing comment\nnext line', comments=True), shlex.split('#only', comments=True))
print(shlex.split('a#b c', comments=True))
for bad in ('"unclosed', "'unclosed", 'trailing\\'):
    try:
        shlex.split(bad)
    except ValueError as e:
        print('ValueError', e)
for s in ('', 'simple', 'has space', "it's", 'a"b', '$HOME', 'semi;colon', 'ünï', 'x=1,y/z@%+:-.'):
    q = shlex.quote(s)
    print(repr(s), q, shlex.split(q) == [s])
cmd = ['grep', '-r', "don't panic", '/var/log', '*.txt']
print(shlex.join(cmd), shlex.split(shlex.join(cmd)) == cmd)
