# IndexError: pop from empty list, on a bare method-call line (no carets).
stack = [1, 2, 3]
print(stack.pop(), stack)
print(stack.pop(0), stack)
print(stack.pop(-1), stack)
stack.append("x")
print(stack.pop(), stack, len(stack))
print("popping from", stack)
stack.pop()
print("not reached")
