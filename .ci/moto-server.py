"""moto's server, with each DynamoDB request applied whole.

DynamoDB applies a write to an item atomically: a conditional UpdateItem is checked
and applied as one step, and no read sees it half done. moto's threaded server does
not: two UpdateItems on one item interleave their SET and REMOVE actions, and one can
fail while the other changes the item's attributes ("dictionary changed size during
iteration", an HTTP 500 that the SDK retries). CI once lost a job that way: the
worker's start of a re-analysis landed in the middle of the API's record of that same
job, which then wrote the job back to `queued` (tests/tests/tesseract.rs, the
re-analysis of a scanned RFP). The service relies on DynamoDB's atomicity, so the
tests' emulator provides it: every DynamoDB request runs under one lock. SQS and S3
stay concurrent (a long poll holds no lock).

Usage: the `moto_server` arguments, run with the venv's Python:
    "$venv/bin/python" .ci/moto-server.py -H 127.0.0.1 -p 5000
"""

import sys
import threading

from moto.dynamodb.responses import DynamoHandler
from moto.server import main

_one_at_a_time = threading.Lock()
_call_action = DynamoHandler.call_action


def _atomic_call_action(self):
    with _one_at_a_time:
        return _call_action(self)


DynamoHandler.call_action = _atomic_call_action

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
