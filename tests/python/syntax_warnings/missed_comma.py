# compile-time SyntaxWarnings for a missed comma: calling or indexing a literal, assert on a tuple
x = 1
def f():
    try:
        "abc"(1)
    except TypeError as e:
        print(e)
    try:
        assert (x, "msg")
    except AssertionError:
        print("no")
    try:
        print([1, 2][1.0])
    except TypeError as e:
        print(e)
    try: (1, 2)(3)
    except TypeError as e: print(e)
    try: [1][None]
    except TypeError as e: print(e)
    try: "ab"["x"]
    except TypeError as e: print(e)
    try: 5[0]
    except TypeError as e: print(e)
    try: {1}[0]
    except TypeError as e: print(e)
    try: (lambda: 1)[0]
    except TypeError as e: print(e)
    try: (x for x in [])(1)
    except TypeError as e: print(e)
    try: f"a{x}"(1)
    except TypeError as e: print(e)
    try: -1.5()
    except TypeError as e: print(e)
    try: {}()
    except TypeError as e: print(e)
    try: [x][1, 2]
    except TypeError as e: print(e)
    print([1][True], "ab"[-1], (1,2)[x:])
f()
