# Bubble sort, selection sort and insertion sort on lists, with swap counts.
def bubble(lst):
    n = len(lst)
    swaps = 0
    for i in range(n):
        swapped = False
        for j in range(n - 1 - i):
            if lst[j] > lst[j + 1]:
                lst[j], lst[j + 1] = lst[j + 1], lst[j]
                swaps += 1
                swapped = True
        if not swapped:
            break
    return swaps

def selection(lst):
    for i in range(len(lst)):
        m = i
        for j in range(i + 1, len(lst)):
            if lst[j] < lst[m]:
                m = j
        tmp = lst[i]
        lst[i] = lst[m]
        lst[m] = tmp
    return lst

def insertion(lst):
    for i in range(1, len(lst)):
        key = lst[i]
        j = i - 1
        while j >= 0 and lst[j] > key:
            lst[j + 1] = lst[j]
            j -= 1
        lst[j + 1] = key
    return lst

data = [5, 2, 9, 1, 5, 6, -3, 0, 2 ** 65, -2 ** 65, 7.5]
a = data + []
print(bubble(a), a)
print(selection(data + []))
print(insertion(data + []))
print(data)
words = ["pear", "Apple", "fig", "apple", "", "banana"]
bubble(words)
print(words)
x = [3, 2, 1]
print(bubble(x), bubble(x), x)
seq = []
v = 7
for i in range(25):
    v = (v * 31 + 11) % 101
    seq.append(v)
print(bubble(seq), seq)
