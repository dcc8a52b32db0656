"""Writes event logs the way AgentOps Replay's own code does, for the interoperability tests.

Each event is built as AgentOps' SDK builds one (seq, event_type, session_id, timestamp, payload,
prev_hash, then event_hash = SHA-256 of AgentOps' own jcs.canonicalize of the rest) and written
with Python's json.dumps, one line per event. The jcs module is AgentOps' (imported from the
directory in AGENTOPS_VERIFIER), so the hashes are AgentOps' hashes. As a module, this file also
stands in for `agentops_sdk.envelope` so AgentOps' own generator can run against it.

    AGENTOPS_VERIFIER=DIR python3 agentops_log.py < specs.json

specs: a list of {"path": out file, "events": [[event_type, payload as JSON text], ...] (a CHAIN_SEAL's
       payload gets the ingestion service's fields),
       "dump": "dumps" | "sorted" | "compact" | "unicode" | "slash",
       "newline": "\\n" | "\\r\\n", "final_newline": bool, "flaw": name or null}
"""
import datetime
import hashlib
import json
import re
import os
import sys
import uuid

sys.path.insert(0, os.environ["AGENTOPS_VERIFIER"])
from jcs import canonicalize  # noqa: E402  (AgentOps' JCS)

GENESIS_HASH = "0" * 64


def build_event(seq, event_type, session_id, payload, prev_hash):
    timestamp = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    event = {"seq": seq, "event_type": event_type, "session_id": session_id, "timestamp": timestamp, "payload": payload, "prev_hash": prev_hash}
    event["event_hash"] = hashlib.sha256(canonicalize(event)).hexdigest()
    return event


def chain(specs, session_id, first_prev=GENESIS_HASH, seqs=None, sessions=None, extra=None):
    """Builds linked events; the optional lists override one field per event before hashing."""
    events, prev = [], first_prev
    for i, (event_type, payload) in enumerate(specs):
        seq = seqs[i] if seqs else i + 1
        if event_type == "CHAIN_SEAL":
            # As AgentOps' ingestion service seals: the hash before it, the count with it.
            payload = {"final_hash": prev, "authority": "ingestion_service", "event_count": seq,
                       "server_timestamp": "2026-01-01T00:00:00.000000Z", "server_version": "1.0.0", **payload}
        event = build_event(seq, event_type, sessions[i] if sessions else session_id, payload, prev)
        if extra and extra[i]:
            event.pop("event_hash")
            event.update(extra[i])
            event["event_hash"] = hashlib.sha256(canonicalize(event)).hexdigest()
        events.append(event)
        prev = event["event_hash"]
    return events


DUMPS = {
    "dumps": lambda e: json.dumps(e),
    "sorted": lambda e: json.dumps(e, sort_keys=True),
    "compact": lambda e: json.dumps(e, separators=(",", ":")),
    "unicode": lambda e: json.dumps(e, ensure_ascii=False),
    "slash": lambda e: json.dumps(e).replace("/", "\\/"),
}


def flawed(flaw, specs, sid):
    """The events, with one named fault of the kind a verifier must catch (or must not invent)."""
    n = len(specs)
    other = str(uuid.uuid4())
    if flaw == "reseq":
        return chain(specs, sid, seqs=[i + 1 if i < 2 else i + 2 for i in range(n)])
    if flaw == "session_change":
        return chain(specs, sid, sessions=[other if i == 2 else sid for i in range(n)])
    if flaw == "bad_genesis":
        return chain(specs, sid, first_prev="1" * 64)
    if flaw == "extra_field":
        return chain(specs, sid, extra=[{"event_id": str(uuid.uuid4())} if i == 1 else None for i in range(n)])
    if flaw == "float_seq":
        return chain(specs, sid, seqs=[1.0] + list(range(2, n + 1)))
    if flaw == "no_end":
        return chain([s for s in specs if s[0] not in ("SESSION_END", "CHAIN_SEAL")], sid)
    if flaw == "after_seal":
        return chain(specs + [("TOOL_CALL", {"tool_name": "late"})], sid)
    events = chain(specs, sid)
    if flaw == "tamper_payload":
        events[1]["payload"]["tampered"] = True
    elif flaw == "tamper_hash":
        h = events[2]["event_hash"]
        events[2]["event_hash"] = h[:-1] + ("1" if h[-1] != "1" else "0")
    elif flaw == "drop_line":
        del events[2]
    elif flaw == "duplicate_line":
        events.insert(2, events[2])
    elif flaw == "swap_lines":
        events[1], events[2] = events[2], events[1]
    return events


def write(spec):
    specs = [(t, json.loads(p)) for t, p in spec["events"]]
    sid = str(uuid.uuid4())
    flaw = spec.get("flaw")
    events = flawed(flaw, specs, sid)
    lines = [DUMPS[spec.get("dump", "dumps")](e) for e in events]
    if flaw == "dup_key":
        # A key written twice: Python keeps the last, which is what was hashed.
        lines[1] = lines[1].replace('{"seq": 2,', '{"seq": 99, "seq": 2,', 1)
    if flaw == "lone_surrogate":
        lines[1] = lines[1].replace('"Hello', '"\\ud800Hello', 1)
    # The temperature by its key: a bare "2.0" can also be in the timestamp ("...:12.034...").
    if flaw == "nan":
        lines[1] = re.sub(r'("temperature":\s*)2\.0', r"\1NaN", lines[1], count=1)
    if flaw == "respell_float":
        # 2.0 rewritten 2 after hashing: the same number to JSON.parse, another one to Python.
        lines[1] = re.sub(r'("temperature":\s*)2\.0', r"\g<1>2", lines[1], count=1)
    newline = spec.get("newline", "\n")
    text = newline.join(lines) + (newline if spec.get("final_newline", True) else "")
    with open(spec["path"], "w", newline="") as f:
        f.write(text)


if __name__ == "__main__":
    for one in json.load(sys.stdin):
        write(one)
