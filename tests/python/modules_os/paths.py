# os.path (posixpath): join, split, splitext, basename, dirname, normpath, isabs, relpath,
# commonprefix, commonpath on many shapes of paths.
import os
import os.path
from os.path import join, split, splitext, basename, dirname, normpath

print(os.sep, os.curdir, os.pardir, os.extsep, os.pathsep, os.linesep == "\n", os.name, os.path.sep)
print(os.path is os.path, os.path.__name__)
cases = ["", "/", "//", "///", "a", "a/", "/a", "/a/b", "a/b/c.txt", "a/b/.hidden", "a.b/c",
         "./x", "../y/..", "a//b///c", "/a/./b/../c/", "file.tar.gz", "..", ".", "...", "a/.b.c"]
for p in cases:
    print(repr(p), split(p), splitext(p), repr(basename(p)), repr(dirname(p)), repr(normpath(p)),
          os.path.isabs(p))
print(join("a", "b", "c"), join("/a", "/b", "c"), join("a/", "b"), join("", "x"), join("a", ""), join("a"))
print(os.path.relpath("/a/b/c", "/a"), os.path.relpath("/a", "/a/b/c"), os.path.relpath("/x/y", "/x/y"))
print(os.path.commonprefix(["/usr/lib", "/usr/local", "/usr/libexec"]), repr(os.path.commonprefix([])))
print(os.path.commonpath(["/usr/lib", "/usr/local/lib"]), os.path.commonpath(["a/b", "a/c"]))
print(os.path.splitdrive("/a/b"), os.path.normcase("/A/b"), os.path.expanduser("x/~"))
for bad in [lambda: join("a", 5), lambda: os.path.commonpath([]), lambda: os.path.commonpath(["/a", "b"]),
            lambda: basename(None)]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
