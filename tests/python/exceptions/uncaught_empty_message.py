# uncaught exception with an empty-string message: the report ends with just "ValueError", like no args
x = 1
print("about to raise", x)
raise ValueError("")
