# fileinput over several files (line numbers, file boundaries, hooks) and filecmp.cmp/cmpfiles
import filecmp
import fileinput
import os
import tempfile

with tempfile.TemporaryDirectory() as d:
    paths = []
    for name, text in (('a.txt', 'a1\na2\n'), ('b.txt', ''), ('c.txt', 'c1\nc2\nc3')):
        p = os.path.join(d, name)
        with open(p, 'w') as f:
            f.write(text)
        paths.append(p)
    for line in fileinput.input(paths):
        print(os.path.basename(fileinput.filename()), fileinput.lineno(), fileinput.filelineno(),
              fileinput.isfirstline(), fileinput.isstdin(), repr(line))
    fileinput.close()
    with fileinput.FileInput(paths, mode='rb') as fi:
        print([l for l in fi], fi.lineno())
    with fileinput.input(paths[2], openhook=fileinput.hook_encoded('utf-8')) as fi:
        first = next(fi)
        fi.nextfile()
        print(repr(first), list(fi), fi.lineno())
    for bad in (lambda: fileinput.filename(), lambda: fileinput.FileInput(paths, mode='w'),
                lambda: fileinput.FileInput(paths, openhook=5), lambda: list(fileinput.FileInput([os.path.join(d, 'missing')]))):
        try:
            bad()
        except (RuntimeError, ValueError, OSError) as e:
            print(type(e).__name__, str(e).replace(d, 'D'))
    same = os.path.join(d, 'same.txt')
    with open(same, 'w') as f:
        f.write('a1\na2\n')
    print(filecmp.cmp(paths[0], same), filecmp.cmp(paths[0], same, shallow=False), filecmp.cmp(paths[0], paths[2]))
    print(filecmp.cmp(paths[0], paths[0]), filecmp.cmp(paths[0], d))
    sub = os.path.join(d, 'sub')
    os.mkdir(sub)
    for name, text in (('a.txt', 'a1\na2\n'), ('c.txt', 'different')):
        with open(os.path.join(sub, name), 'w') as f:
            f.write(text)
    print(filecmp.cmpfiles(d, sub, ['a.txt', 'c.txt', 'nope.txt']))
    filecmp.clear_cache()
