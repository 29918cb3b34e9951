"""CLI: python -m parsers [--url URL] [--content-type CT] [--context JSON] PATH... → JSON Lines.

One record per path, in order, UTF-8. A document that cannot be understood still gives a
record (with warnings); only an unreadable path makes the exit status non-zero.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from parsers import parse_document


def main(argv: list[str] | None = None) -> int:
    """Parse each path and print its record; return 1 if any path could not be read."""
    parser = argparse.ArgumentParser(prog="python -m parsers", description=__doc__)
    parser.add_argument("paths", nargs="+", metavar="PATH", help="file to parse, - for stdin")
    parser.add_argument("--url", help="URL the document came from (resolves attachment links)")
    parser.add_argument("--content-type", help="HTTP Content-Type, e.g. 'text/html; charset=gbk'")
    parser.add_argument("--context", help="crawler context as JSON (region, link_title, …)")
    args = parser.parse_args(argv)
    context = json.loads(args.context) if args.context else None
    status = 0
    out = sys.stdout
    for path in args.paths:
        try:
            data = sys.stdin.buffer.read() if path == "-" else Path(path).read_bytes()
        except OSError as exc:
            print(f"python -m parsers: cannot read {path}: {exc.strerror}", file=sys.stderr)
            status = 1
            continue
        report = parse_document(data, url=args.url, content_type=args.content_type, context=context)
        out.write(json.dumps(report.to_dict(), ensure_ascii=False) + "\n")
    out.flush()
    return status


if __name__ == "__main__":
    sys.exit(main())
