"""A tokenizer and recursive-descent parser/evaluator for a small expression language."""
import math
import re
from dataclasses import dataclass


class ParseError(Exception):
    def __init__(self, msg, pos):
        super().__init__(f"{msg} at position {pos}")
        self.pos = pos


@dataclass(frozen=True)
class Token:
    kind: str
    text: str
    pos: int

    def __repr__(self):
        return f"Token({self.kind}, {self.text!r}@{self.pos})"


TOKEN_RE = re.compile(
    r"""
    (?P<ws>\s+)
  | (?P<num>\d+(?:\.\d*)?(?:[eE][+-]?\d+)?)
  | (?P<name>[A-Za-z_]\w*)
  | (?P<op>\*\*|==|!=|<=|>=|[-+*/%()<>,=^])
    """,
    re.VERBOSE,
)


def tokenize(src):
    pos = 0
    out = []
    while pos < len(src):
        m = TOKEN_RE.match(src, pos)
        if not m:
            raise ParseError(f"unexpected character {src[pos]!r}", pos)
        kind = m.lastgroup
        if kind != "ws":
            out.append(Token(kind, m.group(), pos))
        pos = m.end()
    out.append(Token("eof", "", pos))
    return out


class Node:
    __slots__ = ()


class Num(Node):
    __slots__ = ("value",)

    def __init__(self, value):
        self.value = value

    def __repr__(self):
        return f"Num({self.value!r})"


class Var(Node):
    __slots__ = ("name",)

    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"Var({self.name})"


class BinOp(Node):
    __slots__ = ("op", "left", "right")

    def __init__(self, op, left, right):
        self.op, self.left, self.right = op, left, right

    def __repr__(self):
        return f"BinOp({self.op!r}, {self.left!r}, {self.right!r})"


class Call(Node):
    __slots__ = ("fn", "args")

    def __init__(self, fn, args):
        self.fn, self.args = fn, args

    def __repr__(self):
        return f"Call({self.fn}, {self.args!r})"


class Neg(Node):
    __slots__ = ("operand",)

    def __init__(self, operand):
        self.operand = operand

    def __repr__(self):
        return f"Neg({self.operand!r})"


PRECEDENCE = {"==": 1, "!=": 1, "<": 2, ">": 2, "<=": 2, ">=": 2,
              "+": 3, "-": 3, "*": 4, "/": 4, "%": 4, "**": 6, "^": 6}
RIGHT_ASSOC = {"**", "^"}


class Parser:
    def __init__(self, src):
        self.toks = tokenize(src)
        self.i = 0

    @property
    def cur(self):
        return self.toks[self.i]

    def eat(self, kind=None, text=None):
        t = self.cur
        if (kind and t.kind != kind) or (text and t.text != text):
            want = text or kind
            raise ParseError(f"expected {want!r}, got {t.text or 'end of input'!r}", t.pos)
        self.i += 1
        return t

    def parse(self):
        node = self.expr(0)
        if self.cur.kind != "eof":
            raise ParseError(f"trailing input {self.cur.text!r}", self.cur.pos)
        return node

    def expr(self, min_prec):
        left = self.unary()
        while self.cur.kind == "op" and PRECEDENCE.get(self.cur.text, -1) >= min_prec:
            op = self.eat().text
            prec = PRECEDENCE[op]
            right = self.expr(prec if op in RIGHT_ASSOC else prec + 1)
            left = BinOp(op, left, right)
        return left

    def unary(self):
        if self.cur.text == "-":
            self.eat()
            return Neg(self.unary())
        return self.atom()

    def atom(self):
        t = self.cur
        if t.kind == "num":
            self.eat()
            return Num(float(t.text) if any(c in t.text for c in ".eE") else int(t.text))
        if t.kind == "name":
            self.eat()
            if self.cur.text == "(":
                self.eat(text="(")
                args = []
                if self.cur.text != ")":
                    args.append(self.expr(0))
                    while self.cur.text == ",":
                        self.eat()
                        args.append(self.expr(0))
                self.eat(text=")")
                return Call(t.text, args)
            return Var(t.text)
        if t.text == "(":
            self.eat()
            node = self.expr(0)
            self.eat(text=")")
            return node
        raise ParseError(f"unexpected {t.text or 'end of input'!r}", t.pos)


FUNCS = {"sqrt": math.sqrt, "max": max, "min": min, "abs": abs, "hyp": math.hypot}
OPS = {
    "+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b,
    "/": lambda a, b: a / b, "%": lambda a, b: a % b, "**": pow, "^": pow,
    "==": lambda a, b: a == b, "!=": lambda a, b: a != b, "<": lambda a, b: a < b,
    ">": lambda a, b: a > b, "<=": lambda a, b: a <= b, ">=": lambda a, b: a >= b,
}


def evaluate(node, env):
    match node:
        case Num(value=v):
            return v
        case Var(name=n):
            try:
                return env[n]
            except KeyError:
                raise NameError(f"undefined variable {n!r}") from None
        case Neg(operand=o):
            return -evaluate(o, env)
        case BinOp(op=op, left=l, right=r):
            return OPS[op](evaluate(l, env), evaluate(r, env))
        case Call(fn=f, args=args):
            if f not in FUNCS:
                raise NameError(f"unknown function {f}()")
            return FUNCS[f](*(evaluate(a, env) for a in args))
    raise TypeError(f"bad node {node!r}")


Num.__match_args__ = ("value",)
env = {"x": 3, "y": 4.5, "big": 2 ** 70}
tests = [
    "1 + 2 * 3", "(1 + 2) * 3", "2 ** 3 ** 2", "-x ** 2", "10 / 4", "10 % 4 + y",
    "sqrt(x*x + 16)", "max(1, x, 2) * min(7, 8)", "hyp(3, 4) == 5", "big * big",
    "1 < 2", "abs(-7.25)", "2 ^ 10", "1e3 + .5", "x +", "(1 + 2", "foo(1)",
    "z * 2", "3 $ 4", "1 / 0", "sqrt(-1)", "1 2",
]
for src in tests:
    try:
        tree = Parser(src).parse()
        print(f"{src:<26} => {tree!r}")
        print(f"{'':<26}  = {evaluate(tree, env)!r}")
    except ParseError as e:
        print(f"{src:<26} !! ParseError: {e} (pos={e.pos})")
    except (NameError, ZeroDivisionError, ValueError) as e:
        print(f"{src:<26} !! {type(e).__name__}: {e}")

print(tokenize("a<=b")[:3])
counts = {}
for src in tests:
    try:
        toks = tokenize(src)
    except ParseError:
        continue
    for t in toks:
        counts[t.kind] = counts.get(t.kind, 0) + 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
try:
    Token("a", "b", 1).kind = "c"
except Exception as e:
    print(type(e).__name__, e)
