"""Retake the README's screenshots (docs/screenshots/) from the dashboard over a store.

    .venv/bin/python scripts/screenshots.py --db iran-pakistan.db

Serves the store on loopback in this process and photographs the overview, the most reported
strike's event page, the IRN–PAK dyad and that event's first article, with Debian's Chromium
through Playwright (no browser is downloaded).
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import urllib.request
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))


def main() -> int:
    from playwright.sync_api import sync_playwright

    from tests.web_support import LiveServer

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", required=True)
    parser.add_argument("--out", default=str(REPO / "docs" / "screenshots"))
    args = parser.parse_args()
    out = Path(args.out)
    with LiveServer(args.db) as live, sync_playwright() as p:
        with urllib.request.urlopen(live.url + "/api/events?type=ASSAULT&sort=-sources&limit=1") as response:
            event = json.load(response)["items"][0]
        browser = p.chromium.launch(executable_path=shutil.which("chromium") or "/usr/bin/chromium")
        shots = [("overview", "/", 1150), ("event", f"/events/{event['id']}", 1000), ("dyad", "/dyads/IRN/PAK", 1000),
                 ("document", f"/documents/{event['mentions'][0]['doc_id']}", 1000)]
        for name, path, height in shots:
            page = browser.new_context(viewport={"width": 1366, "height": height}).new_page()
            page.goto(live.url + path)
            page.screenshot(path=str(out / f"{name}.png"))
            page.close()
        phone = browser.new_context(viewport={"width": 390, "height": 844}, device_scale_factor=2, is_mobile=True).new_page()
        phone.goto(live.url + "/events")
        phone.screenshot(path=str(out / "phone-events.png"))
        browser.close()
    print("\n".join(str(p) for p in sorted(out.glob("*.png"))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
