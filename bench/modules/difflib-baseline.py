"""Baseline for bench/report.ts (issue 16): Python's difflib over two articles' sentences, plus a
word diff of each replaced sentence pair, timed warm inside one process (so the figure is the
work, not Python's start). Reads {"pairs": [[left_sentences, right_sentences], ...], "runs": n}
as JSON on stdin; prints one JSON list of {"median": ms, "fastest": ms}, one per pair."""
import difflib, json, sys, time

def report(left, right):
    # Order-preserving, as difflib is: sentences matched by their longest common subsequence,
    # replaced sentences paired in order and diffed by words. (difflib.ndiff, which pairs each
    # sentence with its most similar one, diffs characters: 19 s for two 10,000-word articles.)
    out = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, left, right, autojunk=False).get_opcodes():
        if tag == 'replace':
            for a, b in zip(left[i1:i2], right[j1:j2]):
                out.append(difflib.SequenceMatcher(None, a.split(), b.split()).get_opcodes())
        out.append((tag, i1, i2, j1, j2))
    return out

def timed(runs, task):
    for _ in range(runs):
        task()
    times, cpu = [], []
    for _ in range(runs):
        t0, c0 = time.perf_counter(), time.process_time()
        task()
        times.append((time.perf_counter() - t0) * 1000)
        cpu.append((time.process_time() - c0) * 1000)
    times.sort()
    cpu.sort()
    return {"median": times[len(times) // 2], "fastest": times[0], "cpu": cpu[len(cpu) // 2]}

data = json.load(sys.stdin)
print(json.dumps([timed(data["runs"][k], lambda: report(l, r)) for k, (l, r) in enumerate(data["pairs"])]))
