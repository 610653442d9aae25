# An uncaught SyntaxError: a missing comma in a list display.
config = {
    "names": ["a", "b" "c", "d"],
    "sizes": [1, 2 3],
}
