# IndentationError: expected an indented block after an if statement.
# Like SyntaxError, it is reported before anything runs: no traceback header,
# just the file/line, the offending source line and a caret under its start.
print("never printed")
x = 1
y = 2
if x < y:
    print("fine")
if x:
print(x)
print("never printed either")
