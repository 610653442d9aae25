# %d needs a number
print("%d" % 5)
print("%d" % "5")
