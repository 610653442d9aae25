"""A tokenizer, recursive-descent parser and evaluator for arithmetic with variables,
written around `match` statements, dataclass-like classes with __match_args__ and
exceptions for errors."""


class Num:
    __match_args__ = ("value",)

    def __init__(self, value):
        self.value = value


class Var:
    __match_args__ = ("name",)

    def __init__(self, name):
        self.name = name


class BinOp:
    __match_args__ = ("op", "left", "right")

    def __init__(self, op, left, right):
        self.op, self.left, self.right = op, left, right


class Neg:
    __match_args__ = ("operand",)

    def __init__(self, operand):
        self.operand = operand


class Assign:
    __match_args__ = ("name", "expr")

    def __init__(self, name, expr):
        self.name, self.expr = name, expr


class CalcError(Exception):
    pass


def tokenize(text):
    tokens = []
    i = 0
    while i < len(text):
        ch = text[i]
        match ch:
            case " " | "\t":
                i += 1
            case "+" | "-" | "*" | "/" | "%" | "(" | ")" | "=" | "^":
                tokens.append(("op", ch))
                i += 1
            case _ if ch.isdigit():
                j = i
                while j < len(text) and (text[j].isdigit() or text[j] == "."):
                    j += 1
                lit = text[i:j]
                tokens.append(("num", float(lit) if "." in lit else int(lit)))
                i = j
            case _ if ch.isalpha() or ch == "_":
                j = i
                while j < len(text) and (text[j].isalnum() or text[j] == "_"):
                    j += 1
                tokens.append(("name", text[i:j]))
                i = j
            case _:
                raise CalcError(f"unexpected character {ch!r} at {i}")
    tokens.append(("end", None))
    return tokens


class Parser:
    def __init__(self, tokens):
        self.tokens = tokens
        self.pos = 0

    def peek(self):
        return self.tokens[self.pos]

    def take(self):
        tok = self.tokens[self.pos]
        self.pos += 1
        return tok

    def statement(self):
        match self.tokens[self.pos:self.pos + 2]:
            case [("name", name), ("op", "=")]:
                self.pos += 2
                node = Assign(name, self.expr())
            case _:
                node = self.expr()
        if self.peek()[0] != "end":
            raise CalcError(f"unexpected {self.peek()[1]!r}")
        return node

    def expr(self):
        node = self.term()
        while self.peek() in (("op", "+"), ("op", "-")):
            node = BinOp(self.take()[1], node, self.term())
        return node

    def term(self):
        node = self.factor()
        while self.peek() in (("op", "*"), ("op", "/"), ("op", "%")):
            node = BinOp(self.take()[1], node, self.factor())
        return node

    def factor(self):
        base = self.unary()
        if self.peek() == ("op", "^"):
            self.take()
            return BinOp("^", base, self.factor())
        return base

    def unary(self):
        match self.take():
            case ("op", "-"):
                return Neg(self.unary())
            case ("num", value):
                return Num(value)
            case ("name", name):
                return Var(name)
            case ("op", "("):
                node = self.expr()
                if self.take() != ("op", ")"):
                    raise CalcError("expected ')'")
                return node
            case (_, tok):
                raise CalcError(f"unexpected {tok!r}")


def evaluate(node, env):
    match node:
        case Num(v):
            return v
        case Var(name) if name in env:
            return env[name]
        case Var(name):
            raise CalcError(f"unknown variable {name}")
        case Neg(Num(v)):
            return -v
        case Neg(inner):
            return -evaluate(inner, env)
        case BinOp("/" | "%", _, right) if evaluate(right, env) == 0:
            raise CalcError("division by zero")
        case BinOp(op, left, right):
            a, b = evaluate(left, env), evaluate(right, env)
            match op:
                case "+": return a + b
                case "-": return a - b
                case "*": return a * b
                case "/": return a / b
                case "%": return a % b
                case "^": return a ** b
        case Assign(name, expr):
            env[name] = evaluate(expr, env)
            return env[name]


def show(node):
    match node:
        case Num(v) | Var(v):
            return str(v)
        case Neg(x):
            return f"(-{show(x)})"
        case BinOp(op, l, r):
            return f"({show(l)} {op} {show(r)})"
        case Assign(n, e):
            return f"{n} = {show(e)}"


env = {"pi": 3.14159}
lines = ["1 + 2 * 3", "(1 + 2) * 3", "x = 2 ^ 3 ^ 2", "x / 8", "-x + --4", "y = x % 7 * pi",
         "10 / (5 - 5)", "2 * unknown", "3 $ 4", "(1 + 2", "7 % 3 + 1.5", "z = y - x"]
for line in lines:
    try:
        tree = Parser(tokenize(line)).statement()
        print(f"{line:<18} {show(tree):<28} => {evaluate(tree, env)!r}")
    except CalcError as e:
        print(f"{line:<18} error: {e}")
print(sorted(env.items()))
