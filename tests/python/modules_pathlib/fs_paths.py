# pathlib.Path on the file system: mkdir, write/read text and bytes, exists, iterdir, glob, rglob,
# rename, unlink, stat, touch, resolve, errors
import os
import tempfile
from pathlib import Path

with tempfile.TemporaryDirectory() as tmp:
    base = Path(tmp)
    os.chdir(tmp)
    (base / 'src' / 'pkg').mkdir(parents=True)
    (base / 'src' / 'main.py').write_text('print("hi")\n')
    (base / 'src' / 'pkg' / '__init__.py').write_text('')
    (base / 'src' / 'pkg' / 'mod.py').write_text('x = 1\n')
    (base / 'data.bin').write_bytes(b'\x00\x01\x02')
    (base / 'notes.txt').write_text('line1\nline2\n', encoding='utf-8')
    (base / '.hidden').touch()
    print(sorted(p.name for p in base.iterdir()))
    print(sorted(str(p.relative_to(base)) for p in base.glob('*')))
    print(sorted(str(p.relative_to(base)) for p in base.glob('*.txt')))
    print(sorted(str(p.relative_to(base)) for p in base.glob('**/*.py')))
    print(sorted(str(p.relative_to(base)) for p in base.rglob('*.py')))
    print(sorted(str(p.relative_to(base)) for p in base.glob('src/*')))
    print(sorted(str(p.relative_to(base)) for p in base.glob('*/')))
    print(sorted(str(p.relative_to(base)) for p in base.glob('**')))
    notes = base / 'notes.txt'
    print(notes.read_text(), notes.read_text().splitlines(), (base / 'data.bin').read_bytes())
    print(notes.exists(), notes.is_file(), notes.is_dir(), base.is_dir(), (base / 'nope').exists())
    print(notes.stat().st_size, (base / 'src').is_dir(), notes.suffix)
    with notes.open('a') as f:
        f.write('line3\n')
    with notes.open() as f:
        print(f.readlines())
    moved = notes.rename(base / 'moved.txt')
    print(moved.name, notes.exists(), moved.exists(), type(moved).__name__)
    moved.unlink()
    moved.unlink(missing_ok=True)
    print(moved.exists(), Path('src/main.py').resolve() == (base / 'src' / 'main.py').resolve())
    print(Path('src').absolute() == Path.cwd() / 'src', Path.cwd().resolve() == base.resolve())
    (base / 'src' / 'pkg').mkdir(exist_ok=True)
    for bad in (lambda: (base / 'src').mkdir(), lambda: (base / 'x' / 'y').mkdir(),
                lambda: (base / 'missing.txt').read_text(), lambda: (base / 'missing').unlink(),
                lambda: (base / 'src').rmdir(), lambda: base.glob(''), lambda: list(base.glob('')),
                lambda: (base / 't.txt').write_text(b'x'), lambda: (base / 'src' / 'main.py').touch(exist_ok=False)):
        try:
            r = bad()
            print('ok', type(r).__name__)
        except Exception as e:
            print(type(e).__name__, str(e).replace(tmp, 'TMP'))
    os.chdir('/')
print(Path.home() == Path(os.path.expanduser('~')), Path('~').expanduser() == Path.home(), Path())
