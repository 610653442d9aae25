"""Text wrapping helpers (dedent and indent for now; wrap/fill arrive with the stdlib)."""

__all__ = ["dedent", "indent"]


def _leading(line):
    n = 0
    while n < len(line) and line[n] in " \t":
        n += 1
    return line[:n]


def dedent(text):
    """Remove any common leading whitespace from every line in `text`."""
    lines = text.splitlines(True)
    cleaned = []
    for line in lines:
        body = line.rstrip("\r\n")
        ending = line[len(body):]
        if body.strip(" \t") == "":
            cleaned.append(ending)
        else:
            cleaned.append(line)
    margin = None
    for line in cleaned:
        if line.strip(" \t\r\n") == "":
            continue
        lead = _leading(line)
        if margin is None:
            margin = lead
        elif lead.startswith(margin):
            pass
        elif margin.startswith(lead):
            margin = lead
        else:
            common = 0
            while common < len(margin) and common < len(lead) and margin[common] == lead[common]:
                common += 1
            margin = margin[:common]
    if margin:
        cleaned = [line[len(margin):] if line.startswith(margin) else line for line in cleaned]
    return "".join(cleaned)


def indent(text, prefix, predicate=None):
    """Add `prefix` to the lines of `text` (by default, to those that are not blank)."""
    out = []
    for line in text.splitlines(True):
        if (predicate(line) if predicate is not None else line.strip()):
            out.append(prefix + line)
        else:
            out.append(line)
    return "".join(out)
