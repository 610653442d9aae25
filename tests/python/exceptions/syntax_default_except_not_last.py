# a bare `except:` that is not the last handler is a compile-time SyntaxError (nothing runs)
print("this line never runs")
try:
    x = 1
except:
    print("bare")
except ValueError:
    print("value")
