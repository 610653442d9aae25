# pathlib.PurePath: parsing, joining, parts, parents, name/suffix/stem, with_*, relative_to, match
from pathlib import PurePath, PurePosixPath, Path

for s in ('', '.', 'a/b/c.txt', '/usr/lib/python3.11/', '//srv/x', '///x', 'a//b/./c', '../x',
          'archive.tar.gz', '.bashrc', 'dir.d/', 'trail.'):
    p = PurePath(s)
    print(repr(p), str(p), p.parts, p.root, p.anchor, repr(p.name), repr(p.suffix), p.suffixes,
          repr(p.stem), p.parent, p.is_absolute())
p = PurePosixPath('/home/user/docs/report.final.pdf')
print(p / 'x', 'pre' / PurePath('rel'), p / '/abs', p.joinpath('a', 'b'), PurePath('a', 'b', '/c', 'd'))
print(list(p.parents), len(p.parents), p.parents[0], p.parents[-1], p.parents[1:3])
print(p.with_name('x.txt'), p.with_suffix('.doc'), p.with_suffix(''), p.with_stem('summary'))
print(p.relative_to('/home'), p.relative_to('/home/user', 'docs'), p.is_relative_to('/etc'))
print(p.match('*.pdf'), p.match('docs/*.pdf'), p.match('/docs/*.pdf'), p.match('/home/*/*/*.pdf'), p.match('*.PDF'))
print(PurePath('a') == PurePath('a/'), PurePath('a') == 'a', PurePath('a') < PurePath('b'),
      sorted([PurePath('b/a'), PurePath('a/z'), PurePath('/x')]), hash(PurePath('q')) == hash(PurePath('q')))
print(p.as_posix(), PurePath('/a b/ü').as_uri(), bytes(PurePath('/x/y')), PurePath('x').drive)
print(type(PurePath('x')).__name__, type(Path('x')).__name__, isinstance(Path('x'), PurePath))
import os
print(os.fspath(PurePath('a/b')), os.path.join(PurePath('a'), 'b'), f'{PurePath("/f")}')
for bad in (lambda: PurePath(3), lambda: p.relative_to('/etc'), lambda: PurePath('a').relative_to('/a'),
            lambda: PurePath('/').with_name('x'), lambda: p.with_suffix('pdf'), lambda: p.with_name('a/b'),
            lambda: p.parents[10], lambda: p / 3, lambda: p < 'x', lambda: PurePath('a').as_uri()):
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
