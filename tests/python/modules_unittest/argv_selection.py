# unittest.main() reading sys.argv (the .args file): -v and test names select what runs; the
# exit status comes from the result.
import io
import re
import sys
import unittest


class Alpha(unittest.TestCase):
    def test_one(self):
        self.assertEqual(1, 1)

    def test_two(self):
        self.assertEqual(2, 3)


class Beta(unittest.TestCase):
    def test_three(self):
        pass


out = io.StringIO()
try:
    unittest.main(testRunner=unittest.TextTestRunner(stream=out))
except SystemExit as e:
    print(re.sub(r"in \d+\.\d+s", "in X.XXXs", out.getvalue()))
    print("exit code", e.code)
