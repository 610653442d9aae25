# BaseExceptionGroup / ExceptionGroup construction: type promotion, validation errors, attributes.
for args in [(), ("m",), ("m", [], 3), (1, [ValueError()]), ("m", 5), ("m", []),
             ("m", [1]), ("m", {ValueError()}), ("m", (ValueError(),)), ("m", "ab")]:
    try:
        print(repr(BaseExceptionGroup(*args)))
    except Exception as e:
        print(type(e).__name__, e)
try:
    ExceptionGroup("m", [KeyboardInterrupt()])
except Exception as e:
    print(type(e).__name__, e)
try:
    BaseExceptionGroup("m", excs=[ValueError()])
except Exception as e:
    print(type(e).__name__, e)
print(type(BaseExceptionGroup("m", [KeyboardInterrupt()])).__name__)
print(type(BaseExceptionGroup("m", [ValueError()])).__name__)
print(type(BaseExceptionGroup("m", [ValueError(), SystemExit()])).__name__)


class My(ExceptionGroup):
    pass


class MyB(BaseExceptionGroup):
    pass


try:
    My("m", [KeyboardInterrupt()])
except Exception as e:
    print(type(e).__name__, e)
print(repr(MyB("x", [ValueError(2)])), str(MyB("x", [ValueError(2), KeyError(1)])))
print(type(MyB("x", [ValueError(2)])).__name__)
eg = ExceptionGroup("msg", [ValueError(1), TypeError("t")])
print(eg.exceptions is eg.exceptions, vars(eg), eg.args, eg.message, eg.exceptions)
print(str(eg), repr(eg))
print(str(ExceptionGroup("one", [ValueError()])))
for attr in ("message", "exceptions"):
    try:
        setattr(eg, attr, 2)
    except AttributeError as e:
        print(attr, e)
print([c.__name__ for c in ExceptionGroup.__mro__])
print([c.__name__ for c in BaseExceptionGroup.__mro__])
print(issubclass(ExceptionGroup, Exception), issubclass(BaseExceptionGroup, Exception))
print(isinstance(eg, BaseExceptionGroup), isinstance(eg, Exception))
try:
    raise eg
except Exception as e:
    print("caught", e is eg)
