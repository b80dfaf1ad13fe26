#!/usr/bin/env python3
"""Reads FIT workout files with Garmin's own decoder and prints what it finds as JSON.

Usage: .venv/bin/python scripts/fit_check.py FILE...   (scripts/setup.sh installs the venv)

For each file, one JSON object per line: its integrity (header and file CRCs, sizes) as
Garmin's `check_integrity()` judges it, the decoder's errors, and the file_id, workout and
workout_step fields by their profile names (enums as Garmin's names, e.g. "recovery"), so the
Rust tests compare them with the plan without sharing any table with the encoder.
"""

import json
import sys

from garmin_fit_sdk import Decoder, Stream

STEP_FIELDS = ("message_index", "wkt_step_name", "duration_type", "duration_value",
               "target_type", "target_value", "intensity",
               "custom_target_speed_low", "custom_target_speed_high")


def plain(value):
    """JSON-friendly: datetimes as ISO text, everything else as it is."""
    return value.isoformat() if hasattr(value, "isoformat") else value


def check(path):
    integrity = Decoder(Stream.from_file(path)).check_integrity()
    messages, errors = Decoder(Stream.from_file(path)).read(convert_types_to_strings=True)
    file_id = (messages.get("file_id_mesgs") or [{}])[0]
    workout = (messages.get("workout_mesgs") or [{}])[0]
    return {
        "file": path,
        "integrity": integrity,
        "errors": [str(e) for e in errors],
        "file_id": {k: plain(file_id.get(k)) for k in
                    ("type", "manufacturer", "product", "serial_number", "time_created")},
        "workout": {k: workout.get(k) for k in ("wkt_name", "sport", "num_valid_steps")},
        "steps": [{k: plain(s.get(k)) for k in STEP_FIELDS}
                  for s in messages.get("workout_step_mesgs", [])],
    }


if __name__ == "__main__":
    for arg in sys.argv[1:]:
        print(json.dumps(check(arg), sort_keys=True))
