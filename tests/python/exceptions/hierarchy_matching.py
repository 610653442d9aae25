# exception hierarchy: base classes in except clauses catch subclasses; clause order matters
def raise_kind(k):
    if k == "index":
        [][0]
    elif k == "key":
        {}[0]
    elif k == "zero":
        0 // 0
    elif k == "overflow":
        int(float("inf"))
    elif k == "unbound":
        raise UnboundLocalError("u")
    elif k == "recursion":
        raise RecursionError("r")
    elif k == "notimpl":
        raise NotImplementedError("n")
    elif k == "value":
        int("v")

def classify(k):
    try:
        raise_kind(k)
    except LookupError as e:
        return "LookupError caught " + type(e).__name__
    except ArithmeticError as e:
        return "ArithmeticError caught " + type(e).__name__
    except NameError as e:
        return "NameError caught " + type(e).__name__
    except RuntimeError as e:
        return "RuntimeError caught " + type(e).__name__
    except Exception as e:
        return "Exception caught " + type(e).__name__
    return "nothing raised"

kinds = ["index", "key", "zero", "overflow", "unbound", "recursion", "notimpl", "value", "none"]
i = 0
while i < len(kinds):
    print(kinds[i], "=>", classify(kinds[i]))
    i += 1

def subclass_first():
    try:
        {}["x"]
    except KeyError:
        return "specific first"
    except LookupError:
        return "general"

def general_first():
    try:
        {}["x"]
    except LookupError:
        return "general first wins"
    except KeyError:
        return "never"

print(subclass_first())
print(general_first())
print(isinstance(KeyError("a"), LookupError), isinstance(KeyError("a"), IndexError))
print(isinstance(ZeroDivisionError(), ArithmeticError), isinstance(ValueError(), Exception))
print(isinstance(SystemExit(), Exception), isinstance(SystemExit(), BaseException))
