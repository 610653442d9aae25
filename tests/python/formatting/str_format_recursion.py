# nested format specs deeper than two levels
print("{:{}}|".format("a", 3))
print("{:{:{}}}".format(1, 2, 3))
