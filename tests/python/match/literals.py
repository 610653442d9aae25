# match: literal patterns (ints, strings, floats, negative numbers, None/True/False)
def classify(x):
    match x:
        case 0:
            return "zero"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case "":
            return "empty string"
        case "hello":
            return "greeting"
        case None:
            return "nothing"
        case True:
            return "yes"
        case False:
            return "no"
        case _:
            return "something else"

for v in [0, -1, 1.5, "", "hello", None, True, False, 1, 0.0, "Hello", [], 1.0]:
    print(repr(v), classify(v))
# True is not matched by 1 (singletons compare with `is`), but 1 == True for value patterns
match 1:
    case True:
        print("1 matched True")
    case _:
        print("1 did not match True")
match True:
    case 1:
        print("True matched 1")
