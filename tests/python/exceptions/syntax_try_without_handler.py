# a try block with neither except nor finally is a compile-time SyntaxError
print("this line never runs")
try:
    x = 1
print("after")
