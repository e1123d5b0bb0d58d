#!/usr/bin/python3
"""Scores `dyad code` on dyad's own wire-style probe sentences (probes.tsv).

probes.tsv: one sentence a line, tab-separated: date, source country, target
country, CAMEO root, text. Written by the dyad team (issue #3's hidden
wire set is scored the same way: source country, target country, root);
the labels are one coder's and have known mistakes, so treat the figures
as a development proxy, not a benchmark.

Strict scoring: a probe is found when one of its events (not negated, not
hypothetical) has the labelled (source, target, root); every other event
of the sentence counts as a false positive, even a correct second one.

    bench/wire_probes/score.py [build/dyad] [--list]
"""
import json
import subprocess
import sys
from pathlib import Path

here = Path(__file__).resolve().parent
args = [a for a in sys.argv[1:] if a != "--list"]
dyad = args[0] if args else str(here.parent.parent / "build" / "dyad")
listing = "--list" in sys.argv

gold, articles = {}, []
for i, line in enumerate((here / "probes.tsv").read_text(encoding="utf-8").splitlines()):
    date, source, target, root, text = line.split("\t")
    key = "w%03d" % i
    gold[key] = (source, target, root, text)
    articles.append(json.dumps({"id": key, "date": date, "text": text}))

run = subprocess.run([dyad, "code", "-q", "-"], input="\n".join(articles) + "\n",
                     capture_output=True, text=True, check=True)

def country(actor):
    return "-" if not actor else (actor.get("country") or actor["code"][:3])

coded = {}
for line in run.stdout.splitlines():
    event = json.loads(line)
    if "error" in event or event.get("negated") or event.get("hypothetical"):
        continue
    coded.setdefault(event["doc_id"], []).append(
        (country(event["source"]), country(event["target"]), event["root"]))

tp = fp = fn = 0
for key, (source, target, root, text) in gold.items():
    events = coded.get(key, [])
    hit = (source, target, root) in events
    wrong = [e for e in events if e != (source, target, root)]
    tp += hit
    fn += not hit
    fp += len(wrong)
    if listing and (not hit or wrong):
        print(key, "MISS" if not hit else "EXTRA", source, target, root, "|", text, "|", events)
print("probes %d found %d extra events %d precision %.3f recall %.3f"
      % (len(gold), tp, fp, tp / max(1, tp + fp), tp / max(1, tp + fn)))
