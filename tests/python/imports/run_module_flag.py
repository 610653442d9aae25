# `-m module`, `-m package` (its __main__), relative imports under -m, a missing module's
# message and exit code, and PYTHONPATH placing a directory on sys.path: run as child
# processes of this interpreter (sys.executable).
import os
import subprocess
import sys
import tempfile

root = tempfile.mkdtemp()
pkg = os.path.join(root, "pkg")
os.makedirs(os.path.join(pkg, "sub"))
files = {
    "mmod.py": "import sys\nprint('mmod', __name__, sys.argv[1:])\n",
    "pkg/__init__.py": "from . import helper\nprint('pkg init', __name__, __package__)\n",
    "pkg/helper.py": "X = 41\n",
    "pkg/sub/__init__.py": "",
    "pkg/sub/deep.py": "from .. import helper\nfrom ..helper import X\nY = X + 1\n",
    "pkg/__main__.py": "from . import helper\nfrom .sub.deep import Y\nprint('pkg main', __name__, __package__, helper.X, Y)\n",
    "pkg/runner.py": "from .helper import X\nprint('runner', __name__, __package__, X)\n",
}
for name, text in files.items():
    with open(os.path.join(root, name), "w") as f:
        f.write(text)
extra = os.path.join(root, "extra")
os.makedirs(extra)
with open(os.path.join(extra, "ppmod.py"), "w") as f:
    f.write("V = 'from PYTHONPATH'\n")


def run(args, env=None):
    r = subprocess.run([sys.executable] + args, cwd=root, capture_output=True, text=True,
                       env=env)
    err = r.stderr.strip().splitlines()
    text = repr((args, r.returncode, r.stdout.strip().splitlines(), err[-1:] if err else []))
    print(text.replace(root, "ROOT").replace(sys.executable, "EXE"))


run(["-m", "mmod", "a", "b"])
run(["-m", "pkg"])
run(["-m", "pkg.runner"])
run(["-m", "nope"])
run(["-c", "import pkg.sub.deep as d; print(d.Y, d.__name__)"])
run(["-c", "from pkg import nothing"])
run(["-c", "import nope.x"])
env = dict(os.environ, PYTHONPATH=extra)
run(["-c", "import ppmod, sys; print(ppmod.V, sys.path[1] == %r)" % extra], env=env)
import shutil
shutil.rmtree(root)
