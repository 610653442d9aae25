# nested try statements inside while loops, with exceptions crossing levels
def run(values):
    results = []
    i = 0
    while i < len(values):
        v = values[i]
        i += 1
        try:
            try:
                r = 100 // v
            except ZeroDivisionError:
                results.append("zero")
                continue
            try:
                results.append([10, 20, 30][r])
            except IndexError:
                results.append("idx")
                if r > 50:
                    break
        except TypeError as e:
            results.append("type:" + type(v).__name__)
        finally:
            results.append("|")
    return results

print(run([50, 0, 40, "s", 100, 1]))
print(run([1, 2, 3]))
print(run([]))

def retry(attempts):
    tries = 0
    while True:
        tries += 1
        try:
            if tries < attempts:
                raise RuntimeError("attempt " + str(tries) + " failed")
            return "succeeded after " + str(tries)
        except RuntimeError as e:
            print("retrying:", e)

print(retry(1))
print(retry(3))
