# os: directories and files in a scratch directory (mkdir, makedirs, listdir, rename,
# remove, rmdir, stat, exists/isfile/isdir, walk) and the OSError subclasses of misuse.
import os

base = os.path.join("target", "isles_os_test_tmp")
if os.path.isdir(base):
    for root, dirs, files in list(os.walk(base, topdown=False)):
        for f in files:
            os.remove(os.path.join(root, f))
        for d in dirs:
            os.rmdir(os.path.join(root, d))
    os.rmdir(base)
os.makedirs(os.path.join(base, "sub", "deeper"))
os.makedirs(os.path.join(base, "sub"), exist_ok=True)
with open(os.path.join(base, "a.txt"), "w") as f:
    f.write("hello")
with open(os.path.join(base, "sub", "b.txt"), "w") as f:
    f.write("hi there")
print(sorted(os.listdir(base)), sorted(os.listdir(os.path.join(base, "sub"))))
print(os.path.exists(base), os.path.isdir(base), os.path.isfile(base), os.path.exists(base + "x"))
print(os.path.isfile(os.path.join(base, "a.txt")), os.path.getsize(os.path.join(base, "a.txt")))
st = os.stat(os.path.join(base, "sub", "b.txt"))
print(st.st_size, st[6], len(st), os.path.isabs(os.path.abspath(base)))
os.rename(os.path.join(base, "a.txt"), os.path.join(base, "c.txt"))
print(sorted(os.listdir(base)))
for root, dirs, files in os.walk(base):
    print(root, sorted(dirs), sorted(files))
cases = [
    ("mkdir existing", lambda: os.mkdir(base)),
    ("listdir missing", lambda: os.listdir(os.path.join(base, "nope"))),
    ("remove missing", lambda: os.remove(os.path.join(base, "nope.txt"))),
    ("rmdir non-empty", lambda: os.rmdir(base)),
    ("stat missing", lambda: os.stat("no/such/file")),
    ("listdir file", lambda: os.listdir(os.path.join(base, "c.txt"))),
    ("remove dir", lambda: os.remove(os.path.join(base, "sub"))),
    ("makedirs existing", lambda: os.makedirs(base)),
    ("listdir int", lambda: os.listdir(3.5)),
]
for name, f in cases:
    try:
        f()
    except OSError as e:
        print(name, type(e).__name__, e.errno, e.strerror, e.filename, e)
    except TypeError as e:
        print(name, type(e).__name__, e)
os.remove(os.path.join(base, "c.txt"))
os.remove(os.path.join(base, "sub", "b.txt"))
os.rmdir(os.path.join(base, "sub", "deeper"))
os.rmdir(os.path.join(base, "sub"))
os.rmdir(base)
print(os.path.exists(base))
