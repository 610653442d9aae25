# shutil: copyfile/copy/copytree/move/rmtree/which/get_terminal_size and their errors
import os
import shutil
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    def rel(p):
        return os.path.relpath(p, tmp)

    src = os.path.join(tmp, 'src')
    os.makedirs(os.path.join(src, 'sub', 'deep'))
    for name, text in (('a.txt', 'alpha'), ('b.log', 'beta'), ('sub/c.txt', 'gamma'),
                       ('sub/deep/d.txt', 'delta')):
        with open(os.path.join(src, name), 'w') as f:
            f.write(text)
    os.chmod(os.path.join(src, 'a.txt'), 0o640)
    print(rel(shutil.copyfile(os.path.join(src, 'a.txt'), os.path.join(tmp, 'a_copy.txt'))))
    print(rel(shutil.copy(os.path.join(src, 'a.txt'), tmp)), oct(os.stat(os.path.join(tmp, 'a.txt')).st_mode & 0o777))
    print(rel(shutil.copy2(os.path.join(src, 'b.log'), os.path.join(tmp, 'b2.log'))))
    dst = shutil.copytree(src, os.path.join(tmp, 'dst'), ignore=shutil.ignore_patterns('*.log'))
    found = []
    for root, dirs, files in os.walk(dst):
        for f in files:
            found.append(rel(os.path.join(root, f)))
    print(rel(dst), sorted(found))
    with open(os.path.join(dst, 'sub', 'deep', 'd.txt')) as f:
        print(f.read())
    print(rel(shutil.move(os.path.join(tmp, 'a_copy.txt'), os.path.join(tmp, 'moved.txt'))))
    print(rel(shutil.move(os.path.join(tmp, 'moved.txt'), dst)), os.path.exists(os.path.join(dst, 'moved.txt')))
    shutil.rmtree(dst)
    print(os.path.exists(dst), sorted(os.listdir(tmp)))
    for bad in (lambda: shutil.copyfile(os.path.join(src, 'a.txt'), os.path.join(src, 'a.txt')),
                lambda: shutil.copyfile(os.path.join(tmp, 'nope'), os.path.join(tmp, 'x')),
                lambda: shutil.copytree(src, os.path.join(tmp, 'src')),
                lambda: shutil.rmtree(os.path.join(tmp, 'nope')),
                lambda: shutil.move(os.path.join(tmp, 'b2.log'), src) and shutil.move(os.path.join(src, 'b2.log'), src)):
        try:
            bad()
            print('ok')
        except Exception as e:
            print(type(e).__name__, str(e).replace(tmp, 'TMP'))
    shutil.rmtree(os.path.join(tmp, 'nope'), ignore_errors=True)
    errs = []
    shutil.rmtree(os.path.join(tmp, 'nope'), onerror=lambda f, p, e: errs.append((f.__name__, rel(p), e[0].__name__)))
    print(errs)
    shutil.copytree(src, os.path.join(tmp, 'src2'))
    shutil.copytree(src, os.path.join(tmp, 'src2'), dirs_exist_ok=True)
    print(sorted(os.listdir(os.path.join(tmp, 'src2'))))
print(shutil.which('sh') is not None, shutil.which('definitely-not-a-command-xyz'), shutil.get_terminal_size())
print(shutil.get_terminal_size().columns, shutil.get_terminal_size((100, 40)))
