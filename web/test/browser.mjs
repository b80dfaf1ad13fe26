// Comeback's page in a real browser (issue 37), as scripts/test.sh runs it after scripts/web.sh
// has built dist/: serves dist/ on 127.0.0.1, loads it in Debian's chromium (headless), and
// checks what a user sees. The page draws on a canvas, so what is checked is the tab's title
// (the app names it after the plan), the pixels of screenshots, the downloads, the browser's
// storage and the console. Usage: node browser.mjs [OUT_DIR] (screenshots go there).
import assert from "node:assert/strict";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const dist = path.join(root, "dist");
const out = path.resolve(process.argv[2] ?? fs.mkdtempSync(path.join(os.tmpdir(), "comeback-web-")));
fs.mkdirSync(out, { recursive: true });
const work = fs.mkdtempSync(path.join(os.tmpdir(), "comeback-web-work-"));

// What the issue asks of start-up; the first paint's bound is looser here than the 2 s
// measured on an idle machine, since CI builds beside it.
const MAX_GZIPPED_BYTES = 6 * 1024 * 1024;
const MAX_FIRST_FRAME_MS = Number(process.env.COMEBACK_WEB_MAX_FIRST_FRAME_MS ?? 2000);

const TYPES = { ".html": "text/html", ".js": "text/javascript", ".wasm": "application/wasm", ".png": "image/png" };

function serve() {
  const server = http.createServer((request, response) => {
    const name = decodeURIComponent(new URL(request.url, "http://127.0.0.1").pathname);
    const file = path.join(dist, name === "/" ? "index.html" : name);
    if (!file.startsWith(dist + path.sep)) {
      response.writeHead(404).end();
      return;
    }
    fs.readFile(file, (error, data) => {
      if (error) {
        response.writeHead(404).end();
      } else {
        response.writeHead(200, { "content-type": TYPES[path.extname(file)] ?? "application/octet-stream" });
        response.end(data);
      }
    });
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

/** The number of distinct colours in a PNG screenshot, counted by the browser itself. */
async function colours(page, png) {
  return page.evaluate(async (b64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${b64}`;
    await image.decode();
    const canvas = new OffscreenCanvas(image.width, image.height);
    const context = canvas.getContext("2d");
    context.drawImage(image, 0, 0);
    const { data } = context.getImageData(0, 0, image.width, image.height);
    const seen = new Set();
    for (let i = 0; i < data.length; i += 4) seen.add((data[i] << 16) | (data[i + 1] << 8) | data[i + 2]);
    return seen.size;
  }, png.toString("base64"));
}

const titleHas = (page, text) =>
  page.waitForFunction((t) => document.title.includes(t), text, { timeout: 20_000 });

const gzipped = zlib.gzipSync(fs.readFileSync(path.join(dist, "comeback-web_bg.wasm")), { level: 9 }).length +
  zlib.gzipSync(fs.readFileSync(path.join(dist, "comeback-web.js")), { level: 9 }).length +
  zlib.gzipSync(fs.readFileSync(path.join(dist, "index.html")), { level: 9 }).length;
console.log(`browser test: the page is ${(gzipped / 1048576).toFixed(2)} MB gzipped`);
assert.ok(gzipped < MAX_GZIPPED_BYTES, `the page is ${gzipped} bytes gzipped, over 6 MB`);

// A coach's copy of the example under a name and title of its own.
const example = fs.readFileSync(path.join(root, "saves/example.ron"), "utf8");
const planTitle = "Jordan, calf comeback";
const plan = path.join(work, "jordan.ron");
fs.writeFileSync(plan, example.replace(/title: "[^"]*"/, `title: "${planTitle}"`));

const server = await serve();
const url = `http://127.0.0.1:${server.address().port}/`;
const browser = (profile, locale) =>
  chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    headless: true,
    viewport: { width: 1366, height: 768 },
    acceptDownloads: true,
    locale,
    args: [
      "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
      "--disable-component-update", "--disable-sync", "--use-angle=swiftshader", "--enable-unsafe-swiftshader",
    ],
  });

// A browser set to German: the page speaks German, its own lines around the canvas too.
{
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "comeback-web-profile-de-"));
  const german = await browser(profile, "de-DE");
  try {
    const page = german.pages()[0] ?? (await german.newPage());
    await page.goto(url);
    await page.waitForFunction(() => /Nichts wird hochgeladen/.test(document.getElementById("privacy").textContent), null, {
      timeout: 20_000,
    });
    assert.match(await page.textContent("#open-label"), /Pläne oder Läufe öffnen/);
    await page.waitForTimeout(300);
    await page.screenshot({ path: path.join(out, "web-german.png") });
    console.log("browser test: a German browser gets the page in German");
  } finally {
    await german.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

const profile = fs.mkdtempSync(path.join(os.tmpdir(), "comeback-web-profile-"));
const context = await browser(profile, "en-US");
const problems = [];
try {
  const page = context.pages()[0] ?? (await context.newPage());
  page.on("console", (m) => {
    if (m.type() === "error" || /panicked/.test(m.text())) problems.push(`console ${m.type()}: ${m.text()}`);
  });
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));

  // First visit: the example plan, painted within the bound.
  await page.goto(url);
  await titleHas(page, "Untitled plan — Comeback");
  const firstFrameMs = await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => done(performance.now()))));
  console.log(`browser test: the example plan painted ${Math.round(firstFrameMs)} ms after navigation`);
  assert.ok(firstFrameMs < MAX_FIRST_FRAME_MS, `first frame after ${firstFrameMs} ms`);
  assert.match(await page.title(), /^Hamstring comeback, winter 2026 · Untitled plan — Comeback$/);
  assert.match(await page.textContent("#privacy"), /Nothing is uploaded/);
  const first = await page.screenshot({ path: path.join(out, "web-example.png") });
  assert.ok((await colours(page, first)) > 50, "the example's calendar is drawn");

  // A plan dropped on the page opens as one picked does.
  await page.evaluate((text) => {
    const files = new DataTransfer();
    files.items.add(new File([text], "dropped.ron", { type: "text/plain" }));
    const canvas = document.getElementById("comeback");
    for (const type of ["dragover", "drop"]) {
      canvas.dispatchEvent(new DragEvent(type, { dataTransfer: files, bubbles: true, cancelable: true }));
    }
  }, example.replace(/title: "[^"]*"/, 'title: "Dropped plan"'));
  await titleHas(page, "Dropped plan · dropped.ron — Comeback");

  // A plan opened through the page's file input: its title names the tab, its calendar shows.
  await page.setInputFiles("#comeback-files", plan);
  await titleHas(page, `${planTitle} · jordan.ron — Comeback`);
  await page.waitForTimeout(300);
  const opened = await page.screenshot({ path: path.join(out, "web-opened.png") });
  assert.ok((await colours(page, opened)) > 50, "the opened plan's calendar is drawn");
  assert.notDeepEqual(opened, first, "the calendar changed to the opened plan");

  // Save downloads the plan; the download opens again unchanged and saves the same bytes.
  await page.focus("#comeback");
  const save = async () => {
    const [download] = await Promise.all([page.waitForEvent("download"), page.keyboard.press("Control+s")]);
    assert.equal(download.suggestedFilename(), "jordan.ron");
    const saved = path.join(work, `saved-${Date.now()}.ron`);
    await download.saveAs(saved);
    return saved;
  };
  const saved = await save();
  assert.match(fs.readFileSync(saved, "utf8"), new RegExp(`title: "${planTitle}"`));
  await page.setInputFiles("#comeback-files", { name: "jordan.ron", mimeType: "text/plain", buffer: fs.readFileSync(saved) });
  await page.waitForTimeout(300);
  await page.focus("#comeback");
  const again = await save();
  assert.deepEqual(fs.readFileSync(again), fs.readFileSync(saved), "the reopened download saves the same bytes");

  // An edit (today's day, then the sessions after it deleted) is kept in the browser's storage
  // at once, and offered again after a reload.
  await page.keyboard.press("Home");
  for (let day = 0; day < 7 && !(await page.title()).includes("•"); day++) {
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("Delete");
    await page.waitForTimeout(100);
  }
  await titleHas(page, "jordan.ron • — Comeback");
  await page.waitForFunction(() => localStorage.getItem("comeback-unsaved-plan")?.includes("calf comeback"));
  await page.reload();
  await titleHas(page, "Untitled plan — Comeback");
  await page.waitForTimeout(300);
  await page.screenshot({ path: path.join(out, "web-restore.png") });
  assert.ok(
    await page.evaluate(() => localStorage.getItem("comeback-unsaved-plan")?.includes("calf comeback")),
    "the unsaved plan waits in storage while it is offered",
  );

  assert.deepEqual(problems, [], "no panic or error in the console");
  console.log(`browser test: passed; screenshots in ${out}`);
} finally {
  await context.close();
  server.close();
  fs.rmSync(profile, { recursive: true, force: true });
  fs.rmSync(work, { recursive: true, force: true });
}
