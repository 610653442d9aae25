# match: an uncaught TypeError from a class pattern with too many positional sub-patterns
class P:
    __match_args__ = ("a",)
    a = 1

def look(v):
    match v:
        case P(1):
            return "one"
        case P(x, y):
            return "two"

print(look(P()))
P.a = 2
print(look(P()))
