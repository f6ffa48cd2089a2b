"""Prints every sample of a text exposition as JSON, parsed by the official Python client."""
import json
import math
import sys

from prometheus_client.parser import text_string_to_metric_families


def encode(value):
    if math.isnan(value):
        return "NaN"
    if math.isinf(value):
        return "+Inf" if value > 0 else "-Inf"
    return repr(float(value))


with open(sys.argv[1], encoding="utf-8") as source:
    text = source.read()

samples = []
for family in text_string_to_metric_families(text):
    for sample in family.samples:
        samples.append({"name": sample.name, "labels": sample.labels, "value": encode(sample.value)})

json.dump(samples, sys.stdout)
