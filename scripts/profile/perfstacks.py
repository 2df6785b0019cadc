"""The samples of `perf script` output (after resolve.py): each a list of (method, library) frames, leaf first."""
import re

FRAME = re.compile(r'\s+[0-9a-f]+\s+(.*)\s+\((.*)\)$')
METHOD = re.compile(r'\[([\w.]+)\] ?([^\s\[]+::[^\s(]+)\(')  # "<ret> [Assembly] Namespace.Type::Method(args)[tier]"


def name(symbol, library):
    """Namespace.Type::Method for JIT-compiled code, the symbol for native code, '[unknown lib]' when perf had none."""
    m = METHOD.search(symbol)
    if m:
        return m.group(2)
    symbol = re.sub(r'\+0x[0-9a-f]+$', '', symbol).strip()
    return symbol if symbol not in ('[unknown]', '') else '[unknown ' + library.split('/')[-1] + ']'


def area(symbol, library):
    """The assembly of JIT-compiled code, 'stubs' for the runtime's stubs, else the library file."""
    m = METHOD.search(symbol)
    if m:
        return m.group(1)
    if symbol.startswith('stub '):
        return 'stubs (virtual dispatch, thunks)'
    m = re.search(r'\[([\w.]+)\]', symbol)
    return m.group(1) if library == 'jit' and m else library.split('/')[-1]


def samples(path):
    frames = []
    for line in open(path, errors='replace'):
        if not line.strip():
            if frames:
                yield frames
            frames = []
        elif line[0] in ' \t':
            m = FRAME.match(line.rstrip())
            if m:
                frames.append((m.group(1), m.group(2)))
    if frames:
        yield frames
