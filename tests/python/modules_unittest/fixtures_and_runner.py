# Fixtures and the runner: module/class fixtures and their failures, cleanups, skipped
# classes, skipTest, unexpected successes, subTest messages, failfast, FunctionTestCase,
# TestSuite/TestLoader, TestResult counts and verbose output.
import io
import re
import unittest

log = []


def setUpModule():
    log.append("setUpModule")


def tearDownModule():
    log.append("tearDownModule")


class Fixtures(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        log.append("setUpClass")
        cls.shared = []

    @classmethod
    def tearDownClass(cls):
        log.append("tearDownClass")

    def setUp(self):
        self.addCleanup(log.append, "cleanup " + self._testMethodName)

    def test_a(self):
        self.shared.append("a")

    def test_b(self):
        """Second test; sees the first."""
        self.assertEqual(self.shared, ["a"])

    def test_skip_inside(self):
        self.skipTest("decided at run time")

    @unittest.skipIf(True, "condition true")
    def test_skip_if(self):
        pass

    @unittest.skipUnless(False, "condition false")
    def test_skip_unless(self):
        pass

    @unittest.expectedFailure
    def test_unexpected_success(self):
        pass

    def test_subtest_msg(self):
        for word in ["ok", "bad"]:
            with self.subTest("checking", word=word):
                self.assertEqual(word, "ok")


@unittest.skip("whole class")
class Skipped(unittest.TestCase):
    def test_x(self):
        pass


class BrokenSetUp(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise RuntimeError("class setup broke")

    def test_never(self):
        pass


class BrokenTearDown(unittest.TestCase):
    def tearDown(self):
        raise ValueError("teardown broke")

    def test_ok(self):
        pass


def run(suite, **kw):
    out = io.StringIO()
    result = unittest.TextTestRunner(stream=out, **kw).run(suite)
    print(re.sub(r"in \d+\.\d+s", "in X.XXXs", out.getvalue()))
    return result


loader = unittest.TestLoader()
print(loader.getTestCaseNames(Fixtures))
suite = loader.loadTestsFromModule(__import__(__name__))
print(suite.countTestCases())
r = run(suite, verbosity=2)
print(r.testsRun, len(r.errors), len(r.failures), len(r.skipped), len(r.unexpectedSuccesses),
      r.wasSuccessful())
print(log)
print([(str(t), reason) for t, reason in r.skipped])

ff = unittest.TestSuite([BrokenTearDown("test_ok"), Fixtures("test_a")])
r = run(ff, failfast=True)
print(r.testsRun, r.shouldStop)


def check_func():
    assert 1 + 1 == 3, "math is broken"


fsuite = unittest.TestSuite()
fsuite.addTest(unittest.FunctionTestCase(check_func, description="a function test"))
fsuite.addTests([Fixtures("test_a")])
print(fsuite.countTestCases(), repr(Fixtures("test_a")), str(Fixtures("test_a")),
      Fixtures("test_a").id())
run(fsuite)
try:
    Fixtures("no_such")
except ValueError as e:
    print(e)
try:
    unittest.TestSuite().addTest(Fixtures)
except TypeError as e:
    print(e)
