# A misspelt builtin function never used before: the suggestion still finds it.
def f():
    return isinstanc(1, int)
f()
