# unittest.main(): dots, the ERROR/FAIL sections with tracebacks and diffs, and the summary
# line, for passing, failing, erroring, skipped and expected-failure tests (report on stdout,
# the timing replaced).
import io
import re
import sys
import unittest


class TestMath(unittest.TestCase):
    def setUp(self):
        self.data = [1, 2, 3]

    def tearDown(self):
        self.data = None

    def test_sum(self):
        self.assertEqual(sum(self.data), 6)

    def test_fail_eq(self):
        self.assertEqual(sum(self.data), 7)

    def test_list(self):
        self.assertEqual([1, 2, 3, 4], [1, 2, 5, 4])

    def test_dict(self):
        """Dicts differ."""
        self.assertEqual({"a": 1, "b": 2}, {"a": 1, "b": 3})

    def test_str(self):
        self.assertEqual("hello\nworld\n", "hello\nword\n")

    def test_error(self):
        x = {}
        return x["missing"]

    def test_raises(self):
        with self.assertRaises(ZeroDivisionError):
            1 / 0
        self.assertRaises(ValueError, int, "x")

    def test_raises_fail(self):
        with self.assertRaises(KeyError):
            pass

    def test_true(self):
        self.assertTrue(0, "zero is falsy")

    @unittest.skip("not now")
    def test_skipped(self):
        pass

    @unittest.expectedFailure
    def test_xfail(self):
        self.assertEqual(1, 2)

    def test_subtests(self):
        for i in range(3):
            with self.subTest(i=i):
                self.assertLess(i, 2)


class TestOther(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        print("setUpClass")

    @classmethod
    def tearDownClass(cls):
        print("tearDownClass")

    def test_set(self):
        self.assertSetEqual({1, 2}, {2, 3})

    def test_count(self):
        self.assertCountEqual([1, 1, 2], [1, 2, 2])

    def test_almost(self):
        self.assertAlmostEqual(1.0, 1.1)

    def test_long(self):
        self.assertEqual("x" * 100, "x" * 99 + "y")

    def test_nested_error(self):
        def helper(n):
            return [1, 2][n]
        helper(5)


if __name__ == "__main__":
    for verbosity in (1, 2):
        out = io.StringIO()
        prog = unittest.main(testRunner=unittest.TextTestRunner(stream=out, verbosity=verbosity),
                             exit=False)
        print(re.sub(r"in \d+\.\d+s", "in X.XXXs", out.getvalue()))
        print(prog.result, prog.result.wasSuccessful(), len(prog.result.failures))
    sys.exit(not prog.result.wasSuccessful())
