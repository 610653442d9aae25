"""argparse's matching of positionals and options as CPython does it: optional and
variadic positionals before subcommands, options after a subcommand, '--', short-flag
clusters (-vvx), negative numbers, nargs counts and their errors, parse_known_args extras."""
import argparse
import sys


def attempt(p, argv):
    try:
        ns = p.parse_args(argv)
        print(sorted(vars(ns).items()))
    except SystemExit as e:
        print("exit", e.code)


sys.stderr = sys.stdout

p = argparse.ArgumentParser(prog="tool")
p.add_argument("files", nargs="?")
p.add_argument("-n", "--count", type=int, default=3)
p.add_argument("-v", "--verbose", action="store_true")
sub = p.add_subparsers(dest="cmd")
run = sub.add_parser("run")
run.add_argument("--fast", action="store_true")
run.add_argument("target", nargs="*")
attempt(p, ["-n", "5", "-v", "run", "--fast"])
attempt(p, ["f1", "run", "a", "b", "--fast"])
attempt(p, ["-n", "5", "f1", "run"])
attempt(p, ["run", "--", "-x", "y"])
attempt(p, ["f1", "f2", "run"])

q = argparse.ArgumentParser(prog="q")
q.add_argument("src", nargs="+")
q.add_argument("dst")
q.add_argument("-x", action="count", default=0)
q.add_argument("-o", nargs=2)
q.add_argument("--num", type=float)
attempt(q, ["a", "b", "c"])
attempt(q, ["a", "-xx", "b", "-o", "1", "2"])
attempt(q, ["-xxx", "a", "b", "--num", "-2.5"])
attempt(q, ["a", "-o", "1"])
attempt(q, ["a"])
attempt(q, ["a", "b", "--", "-c"])
attempt(q, ["a", "b", "-xq"])
print(q.parse_known_args(["a", "b", "--unknown", "c", "-x"]))

r = argparse.ArgumentParser(prog="r")
r.add_argument("pos", nargs=2, type=int)
r.add_argument("rest", nargs=argparse.REMAINDER)
attempt(r, ["1", "2", "--flag", "x"])
attempt(r, ["1"])
attempt(r, ["1", "-2"])
