#!/usr/bin/env python3
"""Write N copies of a cable folder under new ids, for the scale benchmarks.

Usage: Scripts/make-scaled-corpus.py SOURCE_DIR N OUT_DIR

Copy k (1..N) of cable `09BEIJING509` is `09BEIJING509<kk>` (two digits): line 1 of the file (the
id) and the file name change, nothing else. Ids stay unique and shaped like cable ids, so a 37x
copy of the 6,713-cable corpus has about 250,000 cables, the size of the whole Cablegate release.
"""
import os
import sys


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    source, copies, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    if not 1 <= copies <= 99:
        sys.exit("N must be between 1 and 99")
    names = sorted(n for n in os.listdir(source) if n.endswith(".txt"))
    os.makedirs(out, exist_ok=True)
    written = 0
    for name in names:
        with open(os.path.join(source, name), "rb") as fh:
            data = fh.read()
        first, sep, rest = data.partition(b"\n")
        cable_id = first.strip().decode("utf-8", "replace")
        for k in range(1, copies + 1):
            new_id = f"{cable_id}{k:02d}"
            with open(os.path.join(out, new_id + ".txt"), "wb") as fh:
                fh.write(new_id.encode() + sep + rest)
            written += 1
    print(f"wrote {written} cables to {out}")


if __name__ == "__main__":
    main()
