# zip(strict=True) where a later argument is longer than the first ones
print(list(zip([1], [2], strict=False)))
print(list(zip([1], [2], [3, 4], strict=True)))
