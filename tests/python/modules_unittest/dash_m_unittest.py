# `-m unittest`: named test modules and classes, -v, and discovery of test*.py when no names
# are given, run as child processes (report and exit code; timing replaced).
import os
import re
import subprocess
import sys
import tempfile

root = tempfile.mkdtemp()
with open(os.path.join(root, "test_alpha.py"), "w") as f:
    f.write("import unittest\n"
            "class TestA(unittest.TestCase):\n"
            "    def test_ok(self):\n        self.assertEqual(1 + 1, 2)\n"
            "    def test_bad(self):\n        self.assertIn('z', 'abc')\n")
with open(os.path.join(root, "test_beta.py"), "w") as f:
    f.write("import unittest\n"
            "class TestB(unittest.TestCase):\n"
            "    def test_b(self):\n        pass\n")
with open(os.path.join(root, "helper.py"), "w") as f:
    f.write("X = 1\n")


def run(*args):
    r = subprocess.run([sys.executable, "-m", "unittest"] + list(args), cwd=root,
                       capture_output=True, text=True)
    err = re.sub(r"in \d+\.\d+s", "in X.XXXs", r.stderr).replace(root, "ROOT")
    print(args, r.returncode, repr(r.stdout))
    print(err)


run("test_beta")
run("-v", "test_alpha.TestA.test_ok", "test_beta.TestB")
run("test_alpha")
run()
run("discover", "-k", "test_b")
import shutil
shutil.rmtree(root)
