# An uncaught SyntaxError: assigning to a call suggests ==, with carets under the target.
items = [1, 2, 3]
if len(items) > 2:
    items.pop() = 4
