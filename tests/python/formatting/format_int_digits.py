# the int-to-str digit limit applies to decimal formatting but not to hex
big = 10**5000
print(len(format(big, "x")), len("%x" % big))
print(len(format(10**4299)), len("%d" % 10**4299))
print(format(big, "d"))
