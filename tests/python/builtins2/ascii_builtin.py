# ascii() escapes non-ASCII characters of the repr
print(ascii("plain"), ascii("é"), ascii("日本"), ascii("\U0001f600"), ascii("tab\there"))
print(ascii(["é", ("ü", 1)]), ascii({"ключ": "значение"}), ascii(3.5), ascii(None))
print(ascii("it's"), ascii('"q"'), ascii("\x7f\x80\xff\u0100"))
print(len(ascii("é")))
print(ascii())
