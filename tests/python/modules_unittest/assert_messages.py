# The failure messages of TestCase's assert* methods (long-message and msg= forms, the
# shortened reprs, sequence/dict/set/multi-line diffs, maxDiff truncation).
import unittest


class T(unittest.TestCase):
    def runTest(self):
        pass


t = T()
checks = [
    lambda: t.assertEqual(1, 2, "custom"),
    lambda: t.assertNotEqual("a", "a"),
    lambda: t.assertTrue([]),
    lambda: t.assertFalse([1]),
    lambda: t.assertIs(None, 0),
    lambda: t.assertIsNot(t, t),
    lambda: t.assertIsNone(3),
    lambda: t.assertIsNotNone(None),
    lambda: t.assertIn(3, [1, 2]),
    lambda: t.assertNotIn(1, {1: 2}),
    lambda: t.assertIsInstance("s", int),
    lambda: t.assertNotIsInstance("s", str),
    lambda: t.assertGreater(1, 2),
    lambda: t.assertGreaterEqual(1, 2),
    lambda: t.assertLess(2, 1),
    lambda: t.assertLessEqual(2, 1),
    lambda: t.assertAlmostEqual(1.0, 1.5, places=2),
    lambda: t.assertAlmostEqual(10, 20, delta=5),
    lambda: t.assertNotAlmostEqual(1.0, 1.0),
    lambda: t.assertRegex("hello", r"\d+"),
    lambda: t.assertNotRegex("abc123", r"\d+"),
    lambda: t.assertCountEqual("aab", "abb"),
    lambda: t.assertCountEqual([[1], [2]], [[2], [3]]),
    lambda: t.assertListEqual([1, 2], (1, 2)),
    lambda: t.assertListEqual([1, 2, 3], [1, 2]),
    lambda: t.assertTupleEqual((1,), (1, 2, 3)),
    lambda: t.assertSequenceEqual("abc", "abd"),
    lambda: t.assertDictEqual({"k": [1, 2]}, {"k": [1, 3], "z": 0}),
    lambda: t.assertDictEqual([], {}),
    lambda: t.assertSetEqual({1}, frozenset({1, 2})),
    lambda: t.assertSetEqual({1}, [1]),
    lambda: t.assertMultiLineEqual("one\ntwo\nthree\n", "one\nto\nthree\nfour\n"),
    lambda: t.assertEqual("abc def", "abc deg"),
    lambda: t.assertEqual(list(range(100)), list(range(1, 101))),
    lambda: t.assertEqual("y" * 200, "y" * 199 + "z"),
    lambda: t.assertRaises(ValueError, int, "5"),
    lambda: t.assertRaises(ValueError, lambda: None),
    lambda: t.assertRaises(5),
    lambda: t.assertRaisesRegex(ValueError, "abc", int, "x"),
    lambda: t.assertWarns(UserWarning, lambda: None),
    lambda: t.fail("explicit"),
    lambda: t.fail(),
]
for i, check in enumerate(checks):
    try:
        check()
        print(i, "passed")
    except AssertionError as e:
        print(i, "AssertionError:", e)
    except Exception as e:
        print(i, type(e).__name__, e)

t.longMessage = False
try:
    t.assertEqual(1, 2, "only mine")
except AssertionError as e:
    print(e)
t.maxDiff = None
try:
    t.assertEqual(list(range(30)), list(range(1, 31)))
except AssertionError as e:
    print(str(e).count("\n"))
with t.assertRaises(KeyError) as cm:
    {}["k"]
print(repr(cm.exception), cm.exception.__traceback__)
with t.assertRaisesRegex(ValueError, r"invalid literal") as cm:
    int("q")
print(cm.exception.args)
import warnings
with t.assertWarns(DeprecationWarning) as wcm:
    warnings.warn("old", DeprecationWarning)
print(wcm.warning, wcm.filename.endswith("assert_messages.py"), wcm.lineno)
import logging
with t.assertLogs("app", level="INFO") as lcm:
    logging.getLogger("app").info("hello %s", "there")
    logging.getLogger("app.sub").error("boom")
print(lcm.output, [r.levelname for r in lcm.records])
try:
    with t.assertLogs("quiet"):
        pass
except AssertionError as e:
    print(e)
