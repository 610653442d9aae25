# An uncaught TabError: a tab-indented line under a space-indented block.
def f(x):
        if x:
	return 1
        return 2
print(f(1))
