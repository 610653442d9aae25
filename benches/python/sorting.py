"""List sorting and slicing: merge sort and quicksort in Python, list.sort with keys, slices."""


def lcg(seed, n, mod):
    out = []
    x = seed
    for _ in range(n):
        x = (x * 6364136223846793005 + 1442695040888963407) % 18446744073709551616
        out.append((x >> 33) % mod)
    return out


def merge_sort(a):
    if len(a) <= 16:
        # insertion sort for short runs
        a = a[:]
        for i in range(1, len(a)):
            v = a[i]
            j = i - 1
            while j >= 0 and a[j] > v:
                a[j + 1] = a[j]
                j -= 1
            a[j + 1] = v
        return a
    mid = len(a) // 2
    left = merge_sort(a[:mid])
    right = merge_sort(a[mid:])
    out = []
    i = j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            out.append(left[i])
            i += 1
        else:
            out.append(right[j])
            j += 1
    out.extend(left[i:])
    out.extend(right[j:])
    return out


def quicksort(a, lo, hi):
    while lo < hi:
        pivot = a[(lo + hi) // 2]
        i, j = lo, hi
        while i <= j:
            while a[i] < pivot:
                i += 1
            while a[j] > pivot:
                j -= 1
            if i <= j:
                a[i], a[j] = a[j], a[i]
                i += 1
                j -= 1
        if j - lo < hi - i:
            quicksort(a, lo, j)
            lo = i
        else:
            quicksort(a, i, hi)
            hi = j


def checksum(a):
    h = 0
    for v in a:
        h = (h * 1000003 + v) & 0xFFFFFFFFFFFF
    return h


def main():
    data = lcg(7, 200000, 1000000)
    ms = merge_sort(data)
    qs = data[:]
    quicksort(qs, 0, len(qs) - 1)
    builtin = sorted(data)
    print("sorted equal:", ms == builtin, qs == builtin, checksum(builtin))
    words = ["w%d" % v for v in data[:70000]]
    words.sort(key=lambda w: (len(w), w[::-1]))
    print("key sort:", words[:3], words[-3:])
    pairs = [(v % 97, -v) for v in data[:100000]]
    pairs.sort()
    print("tuple sort:", pairs[0], pairs[-1])
    rev = sorted(data, reverse=True)
    total = 0
    for k in range(0, len(rev), 100):
        window = rev[k:k + 50]
        total += window[0] - window[-1] + len(rev[k::997])
    print("slices:", total, rev[5:10], rev[-3:])
    rot = data[:]
    for _ in range(200):
        rot = rot[37:] + rot[:37]
    print("rotated:", rot[:4], checksum(rot[:1000]))


main()
