"""Times Debian's python3-prometheus-client parser on one exposition: mean seconds per parse."""
import sys
import timeit

from prometheus_client.parser import text_string_to_metric_families

with open(sys.argv[1], encoding="utf-8") as source:
    TEXT = source.read()


def parse():
    for family in text_string_to_metric_families(TEXT):
        for _ in family.samples:
            pass


runs = int(sys.argv[2]) if len(sys.argv) > 2 else 200
print(min(timeit.repeat(parse, number=runs, repeat=5)) / runs)
