#!/usr/bin/env python3
"""Drives headless Chromium over the DevTools protocol (--remote-debugging-pipe, standard library
only) to check an exported HTML map: no console error, no network request but the document, the
nodes drawn, search, the panel, the reading path, and that no hostile string runs.

    htmlmap_browser.py check MAP.html --papers N [--search Q --expect KEY] [--path-key KEY --path-file PATH.json]
                       [--hostile] [--screenshot PREFIX]
    htmlmap_browser.py time MAP.html          # prints JSON: time to first draw, frame times
"""
import argparse
import base64
import json
import os
import pathlib
import shutil
import subprocess
import sys
import tempfile
import time


class Browser:
    def __init__(self, width=1400, height=900):
        exe = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
        if not exe:
            sys.exit("chromium is not installed")
        self.profile = tempfile.mkdtemp(prefix="pg-chromium-")
        to_child_r, self.to_child = os.pipe()
        self.from_child, from_child_w = os.pipe()
        args = [exe, "--headless=new", "--remote-debugging-pipe", "--no-first-run", "--no-default-browser-check",
                "--disable-gpu", "--disable-extensions", "--disable-background-networking", "--disable-sync",
                "--disable-component-update", "--disable-default-apps", "--mute-audio",
                f"--user-data-dir={self.profile}", f"--window-size={width},{height}", "about:blank"]
        if os.geteuid() == 0:
            args.insert(1, "--no-sandbox")

        def fds():
            os.dup2(to_child_r, 3)
            os.dup2(from_child_w, 4)
        self.proc = subprocess.Popen(args, pass_fds=(3, 4), preexec_fn=fds, stdout=subprocess.DEVNULL,
                                     stderr=subprocess.DEVNULL)
        os.close(to_child_r)
        os.close(from_child_w)
        self.buffer = b""
        self.next_id = 0
        self.events = []
        self.width, self.height = width, height

    def send(self, method, params=None, session=None, timeout=60):
        self.next_id += 1
        message = {"id": self.next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        os.write(self.to_child, json.dumps(message).encode() + b"\0")
        deadline = time.time() + timeout
        while time.time() < deadline:
            reply = self.read()
            if reply.get("id") == self.next_id:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply.get("result", {})
            self.events.append(reply)
        raise TimeoutError(method)

    def read(self):
        while b"\0" not in self.buffer:
            chunk = os.read(self.from_child, 1 << 20)
            if not chunk:
                raise RuntimeError("chromium closed the pipe")
            self.buffer += chunk
        raw, self.buffer = self.buffer.split(b"\0", 1)
        return json.loads(raw)

    def open(self, url):
        target = self.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        self.session = self.send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        for domain in ["Page", "Runtime", "Log", "Network"]:
            self.send(domain + ".enable", session=self.session)
        self.send("Emulation.setDeviceMetricsOverride", {"width": self.width, "height": self.height,
                                                         "deviceScaleFactor": 1, "mobile": False}, session=self.session)
        started = time.time()
        self.send("Page.navigate", {"url": url}, session=self.session)
        while time.time() - started < 60:
            ready = self.evaluate("Boolean(window.__papergraphMap && window.__papergraphMap.ready)")
            if ready:
                return time.time() - started
            time.sleep(0.05)
        raise TimeoutError("the map never drew")

    def evaluate(self, expression):
        result = self.send("Runtime.evaluate", {"expression": expression, "returnByValue": True, "awaitPromise": True},
                           session=self.session)
        if "exceptionDetails" in result:
            raise RuntimeError(f"{expression}: {result['exceptionDetails']}")
        return result["result"].get("value")

    def screenshot(self, path):
        data = self.send("Page.captureScreenshot", {"format": "png"}, session=self.session)["data"]
        pathlib.Path(path).write_bytes(base64.b64decode(data))

    def problems(self, document_url):
        errors, requests = [], []
        for e in self.events:
            method, params = e.get("method"), e.get("params", {})
            if method == "Runtime.exceptionThrown":
                errors.append(params["exceptionDetails"].get("text", "") + " " +
                              str(params["exceptionDetails"].get("exception", {}).get("description", "")))
            elif method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert", "warning"):
                errors.append("console." + params["type"] + ": " + " ".join(str(a.get("value", a.get("description")))
                                                                        for a in params.get("args", [])))
            elif method == "Log.entryAdded" and params["entry"].get("level") in ("error", "warning"):
                errors.append("log: " + params["entry"].get("text", ""))
            elif method == "Network.requestWillBeSent":
                url = params["request"]["url"]
                if url != document_url:
                    requests.append(url)
        return errors, requests

    def close(self):
        try:
            self.send("Browser.close", timeout=5)
        except Exception:
            pass
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
        shutil.rmtree(self.profile, ignore_errors=True)


def check(args):
    path = pathlib.Path(args.map).resolve()
    url = path.as_uri()
    b = Browser()
    failures = []

    def expect(condition, what):
        print(("ok   " if condition else "FAIL ") + what)
        if not condition:
            failures.append(what)
    try:
        opened = b.open(url)
        print(f"opened and drew in {opened:.2f} s")
        hook = b.evaluate("({n: __papergraphMap.model.n, drawn: __papergraphMap.nodesDrawn, edges: __papergraphMap.edgesDrawn,"
                          " frame: __papergraphMap.lastFrameMs})")
        expect(hook["n"] == args.papers, f"the page holds {args.papers} papers (found {hook['n']})")
        expect(hook["drawn"] == args.papers, f"all {args.papers} papers drawn in the first frame (drew {hook['drawn']})")
        if args.screenshot:
            b.screenshot(args.screenshot + "-map.png")
        if args.search:
            found = b.evaluate(f"__papergraphMap.search({json.dumps(args.search)})")
            expect(bool(found) and found[0] == args.expect, f"search {args.search!r} finds {args.expect} first (got {found[:3]})")
            b.evaluate("document.getElementById('search').blur()")
        key = args.path_key or args.expect
        if key:
            b.evaluate(f"__papergraphMap.select({json.dumps(key)})")
            panel = b.evaluate("__papergraphMap.panelText()")
            title = b.evaluate(f"__papergraphMap.model && document.getElementById('panel-title').textContent")
            expect(panel is not None and len(panel) > 20, f"clicking {key} shows its panel ({title!r})")
        if args.path_file:
            expected = [s["id"] for s in json.loads(pathlib.Path(args.path_file).read_text())["steps"]]
            shown = b.evaluate("__papergraphMap.showPath()")
            highlighted = b.evaluate("__papergraphMap.highlightedPath()")
            expect(shown == expected, f"the reading path button lists the steps of `papergraph path` ({len(expected)} steps)")
            expect(highlighted == expected, "the map highlights those steps, numbered in order")
            time.sleep(0.3)
            if args.screenshot:
                b.screenshot(args.screenshot + "-path.png")
        if args.hostile:
            for q in ["script", "img", "RTL", "Template"]:
                b.evaluate(f"__papergraphMap.search({json.dumps(q)})")
            for key in b.evaluate("Array.from(document.querySelectorAll('#search-results li')).length ? [] : []") or []:
                pass
            keys = b.evaluate("JSON.parse(document.getElementById('pg-data').textContent).papers.key")
            for k in keys:
                b.evaluate(f"__papergraphMap.select({json.dumps(k)})")
                b.evaluate("document.getElementById('show-path') && document.getElementById('show-path').click()")
            b.evaluate("document.getElementById('toggle-list').click()")
            b.evaluate("__papergraphMap.svgText().length")
            time.sleep(0.5)
            expect(b.evaluate("typeof window.__pwned") == "undefined", "no hostile string ran (window.__pwned never set)")
            markup = b.evaluate("document.querySelectorAll('body img, body iframe, body svg, body b, script:not([type])').length")
            expect(markup == 1, f"no element was made from the data (only the page's own script; found {markup})")
            hrefs = b.evaluate("Array.from(document.querySelectorAll('a[href]')).map(a => a.getAttribute('href'))")
            bad = [h for h in hrefs if not (h.startswith("https://") or h.startswith("http://") or h == "#list-view")]
            expect(not bad, f"every link is http(s) ({len(hrefs)} links; bad: {bad})")
            titles = b.evaluate("Array.from(document.querySelectorAll('#list .t')).map(e => e.textContent)")
            source = json.loads(pathlib.Path(args.hostile).read_text())
            wanted = sorted(p["title"] for p in source["papers"])
            expect(sorted(titles) == wanted, "every hostile title is shown as text, exactly as written")
            if args.screenshot:
                b.screenshot(args.screenshot + "-panel.png")
        elif args.screenshot and key:
            b.screenshot(args.screenshot + "-panel.png")
        errors, requests = b.problems(url)
        expect(not errors, f"no console error or CSP violation ({errors[:3]})")
        expect(not requests, f"no network request besides the document ({requests[:3]})")
    finally:
        b.close()
    if failures:
        sys.exit(f"{len(failures)} check(s) failed")


def timing(args):
    path = pathlib.Path(args.map).resolve()
    b = Browser()
    try:
        wall = b.open(path.as_uri())
        first = b.evaluate("__papergraphMap.firstDrawAt")
        frame = b.evaluate("__papergraphMap.benchmark(20)")
        moving = b.evaluate("__papergraphMap.benchmark(20, true)")
        zoomed = b.evaluate("(__papergraphMap.zoom(__papergraphMap.model.n > 20000 ? 8 : 3), __papergraphMap.benchmark(10))")
        # A fixed loop (10 million additions) to tell a slow or shared machine from a slow page.
        calibration = b.evaluate("(() => { const t = performance.now(); let x = 0; for (let k = 0; k < 1e7; k++) x += k % 7;"
                                 " return [performance.now() - t, x]; })()")[0]
        search_ms = b.evaluate("(() => { const t = performance.now(); __papergraphMap.search('attention model'); return performance.now() - t; })()")
        errors, requests = b.problems(path.as_uri())
        # The benchmark's own getImageData flushes draw Chrome's willReadFrequently hint; nothing else may.
        errors = [e for e in errors if "willReadFrequently" not in e]
        print(json.dumps({"open_wall_s": round(wall, 3), "first_draw_ms": round(first, 1), "frame_ms": frame,
                          "moving_frame_ms": moving, "zoomed_frame_ms": zoomed, "search_ms": round(search_ms, 1),
                          "calibration_ms": round(calibration, 1), "load": os.getloadavg()[0], "errors": errors[:3],
                          "requests": requests[:3]}))
    finally:
        b.close()


def main():
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest="command", required=True)
    c = sub.add_parser("check")
    c.add_argument("map")
    c.add_argument("--papers", type=int, required=True)
    c.add_argument("--search")
    c.add_argument("--expect")
    c.add_argument("--path-key")
    c.add_argument("--path-file")
    c.add_argument("--hostile", help="the hostile graph's JSON, to compare the titles shown")
    c.add_argument("--screenshot")
    t = sub.add_parser("time")
    t.add_argument("map")
    args = parser.parse_args()
    (check if args.command == "check" else timing)(args)


if __name__ == "__main__":
    main()
