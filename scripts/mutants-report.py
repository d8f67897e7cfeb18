#!/usr/bin/env python3
"""Summarises cargo-mutants runs (their mutants.out/) as the tables of
docs/mutants.md: counts per outcome, per file, and every mutant missed.

    cargo mutants --package explorer-core --list > mutants.txt
    python3 scripts/mutants-report.py mutants.txt RUN_DIR [RUN_DIR ...]

mutants.txt lists the mutants of the code reported on. With several runs
(a full run, then `--iterate` runs over later commits), each mutant's last
outcome counts; one an iterate run skipped as caught before counts as
caught.
"""
import collections
import json
import sys

current = [line for line in open(sys.argv[1]).read().splitlines() if line]
tested = {}
for run in sys.argv[2:]:
    data = json.load(open(f"{run}/outcomes.json"))
    for o in data["outcomes"]:
        scenario = o["scenario"]
        if scenario == "Baseline" or "Mutant" not in scenario:
            continue
        tested[scenario["Mutant"]["name"]] = o["summary"]
    try:
        for name in open(f"{run}/previously_caught.txt").read().splitlines():
            tested.setdefault(name, "CaughtMutant")
    except FileNotFoundError:
        pass
outcome = {name: (name.split(":")[0], tested.get(name, "NotTested")) for name in current}

labels = {"CaughtMutant": "caught", "MissedMutant": "missed", "Timeout": "timed out", "Unviable": "unviable", "NotTested": "not tested"}
counts = collections.Counter(labels.get(s, s) for _, s in outcome.values())
viable = counts["caught"] + counts["missed"] + counts["timed out"]
print(f"| outcome | mutants |\n| --- | ---: |")
for label in ["caught", "missed", "timed out", "unviable", "not tested"]:
    print(f"| {label} | {counts[label]} |")
print(f"| **caught of viable** | **{counts['caught']} of {viable} ({100 * counts['caught'] / viable:.1f}%)** |")
print()
per_file = collections.defaultdict(collections.Counter)
for file, s in outcome.values():
    per_file[file][labels.get(s, s)] += 1
print("| file | caught | missed | timed out | unviable |\n| --- | ---: | ---: | ---: | ---: |")
for file in sorted(per_file):
    c = per_file[file]
    print(f"| `{file}` | {c['caught']} | {c['missed']} | {c['timed out']} | {c['unviable']} |")
print()
print("Missed:\n")
for name, (_, s) in sorted(outcome.items()):
    if s == "MissedMutant":
        print(f"- `{name}`")
