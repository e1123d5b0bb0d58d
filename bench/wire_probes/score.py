#!/usr/bin/python3
"""Scores `dyad code` on wire-style sentences of our own (README.md here).

probes.tsv (the default): one sentence a line, tab-separated: date, source
country, target country, CAMEO root, text. Written by the dyad team (issue
#3's hidden wire set is scored the same way: source country, target
country, root); the labels are one coder's and have known mistakes, and the
coder was developed against them, so treat the figures as a development
proxy, not a benchmark.

Strict scoring: a probe is found when one of its events (not negated, not
hypothetical) has the labelled (source, target, root); every other event
of the sentence counts as a false positive, even a correct second one.

heldout.tsv (--file): tab-separated date, events, text; events is `-` for
none or `;`-separated SRC>TGT:RR items. A sentence's gold is a set of
events and so is its output (duplicates count once):
precision = coded events in the gold set / coded events,
recall = gold events coded / gold events. --classes counts the errors by
kind without showing any sentence, so the set can stay held out.

    bench/wire_probes/score.py [build/dyad] [--file F.tsv] [--list] [--classes]
"""
import json
import re
import subprocess
import sys
from pathlib import Path

here = Path(__file__).resolve().parent
argv = sys.argv[1:]
listing = "--list" in argv
classes = "--classes" in argv
table = here / "probes.tsv"
if "--file" in argv:
    at = argv.index("--file")
    table = Path(argv[at + 1])
    del argv[at:at + 2]
args = [a for a in argv if a not in ("--list", "--classes")]
dyad = args[0] if args else str(here.parent.parent / "build" / "dyad")


def country(actor):
    return "-" if not actor else (actor.get("country") or actor["code"][:3])


def run_dyad(articles):
    """Codes the articles; returns doc_id -> (events, events flagged negated
    or hypothetical), each a list of (source, target, root)."""
    run = subprocess.run([dyad, "code", "-q", "-"], input="\n".join(articles) + "\n",
                         capture_output=True, text=True, check=True)
    coded, flagged = {}, {}
    for line in run.stdout.splitlines():
        event = json.loads(line)
        if "error" in event:
            continue
        triple = (country(event["source"]), country(event["target"]), event["root"])
        into = flagged if event.get("negated") or event.get("hypothetical") else coded
        into.setdefault(event["doc_id"], []).append(triple)
    return coded, flagged


def score_single(lines):
    """probes.tsv: one labelled event a sentence, strict (see the top)."""
    gold, articles = {}, []
    for i, line in enumerate(lines):
        date, source, target, root, text = line.split("\t")
        key = "w%03d" % i
        gold[key] = (source, target, root, text)
        articles.append(json.dumps({"id": key, "date": date, "text": text}))
    coded, _ = run_dyad(articles)
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


EVENT = re.compile(r"([A-Z]{3}|-)>([A-Z]{3}|-):(\d\d)$")
# Words that make a sentence's act negated or hypothetical; used only to
# name the class of a false event in a sentence labelled with no event.
NOT_OR_MAYBE = re.compile(r"\b(not|never|no|could|may|might|would|if)\b|n't\b", re.I)


def parse_events(field, where):
    if field == "-":
        return set()
    events = set()
    for item in field.split(";"):
        match = EVENT.match(item)
        if not match:
            sys.exit("%s: bad event %r (want SRC>TGT:RR)" % (where, item))
        events.add(match.groups())
    return events


def pair_errors(missed, extra, flagged):
    """Names each missed gold event and each false coded event of one
    sentence by its likeliest cause; a false event that is a miss's near
    twin (same actors, other root; reversed; one actor wrong) shares its
    class. Returns (class -> misses, class -> false events)."""
    misses, falses = {}, {}
    extra = set(extra)
    near = [("wrong direction", lambda g, e: (e[0], e[1], e[2]) == (g[1], g[0], g[2])),
            ("wrong root", lambda g, e: e[:2] == g[:2]),
            ("missing source", lambda g, e: e[0] == "-" and e[1:] == g[1:]),
            ("missing target", lambda g, e: e[1] == "-" and (e[0], e[2]) == (g[0], g[2])),
            ("wrong source", lambda g, e: e[1:] == g[1:]),
            ("wrong target", lambda g, e: (e[0], e[2]) == (g[0], g[2]))]
    for g in sorted(missed):
        name = None
        for kind, same in near:
            twins = sorted(e for e in extra if same(g, e))
            if twins:
                name = kind
                extra.discard(twins[0])
                falses[kind] = falses.get(kind, 0) + 1
                break
        if name is None:
            name = "flagged negated/hypothetical" if g in flagged else "not coded"
        misses[name] = misses.get(name, 0) + 1
    for _ in extra:
        falses["extra event"] = falses.get("extra event", 0) + 1
    return misses, falses


def score_sets(lines):
    """heldout.tsv: a set of gold events a sentence (see the top)."""
    gold, articles = {}, []
    for i, line in enumerate(lines):
        date, events, text = line.split("\t")
        key = "h%03d" % i
        gold[key] = (parse_events(events, "%s:%d" % (table.name, i + 1)), text)
        articles.append(json.dumps({"id": key, "date": date, "text": text}))
    coded, flagged = run_dyad(articles)
    n_gold = n_coded = correct = 0
    miss_classes, false_classes, by_root = {}, {}, {}
    for key, (want, text) in gold.items():
        got = set(coded.get(key, []))
        n_gold += len(want)
        n_coded += len(got)
        correct += len(want & got)
        missed, extra = want - got, got - want
        for event in missed:
            by_root[event[2]] = by_root.get(event[2], 0) + 1
        if not want:
            kind = ("negation/hypothetical missed" if NOT_OR_MAYBE.search(text)
                    else "event in a no-event sentence")
            if extra:
                false_classes[kind] = false_classes.get(kind, 0) + len(extra)
        else:
            misses, falses = pair_errors(missed, extra, set(flagged.get(key, [])))
            for kind, n in misses.items():
                miss_classes[kind] = miss_classes.get(kind, 0) + n
            for kind, n in falses.items():
                false_classes[kind] = false_classes.get(kind, 0) + n
        if listing and (missed or extra):
            show = lambda events: " ".join("%s>%s:%s" % e for e in sorted(events)) or "-"
            print(key, "MISS", show(missed), "EXTRA", show(extra), "|", text)
    print("sentences %d gold events %d coded events %d correct %d precision %.3f recall %.3f"
          % (len(gold), n_gold, n_coded, correct, correct / max(1, n_coded),
             correct / max(1, n_gold)))
    if classes:
        for title, counts in (("missed", miss_classes), ("false", false_classes)):
            for kind, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
                print("%s %-30s %d" % (title, kind, n))
        print("missed by root", " ".join("%s:%d" % kv for kv in sorted(by_root.items())))


lines = table.read_text(encoding="utf-8").splitlines()
if lines and len(lines[0].split("\t")) == 5:
    score_single(lines)
else:
    score_sets(lines)
