// The console's figures for issue 15 (a benchmark script, not a test; `./platform bench --only console`): in headless
// Chromium (Debian's) with 3G-like network emulation over CDP (DevTools' "Fast 3G": 562.5 ms round trip, 1.44 Mbit/s
// down, 675 kbit/s up), a cold load of the clerk's start page, which first asks the clerk to sign in:
//  - first load: bytes transferred (compressed, headers included) until the sign-in page is interactive; target ≤ 400 KB;
//  - time to interactive: from navigation until the start page's matter search takes input, the demo sign-in
//    clicked as soon as it can be; target ≤ 1.5 s.
//  - round trips in sequence: a request is one round trip after the latest answer that came before it was sent (after
//    the sign-in click, counted again from the click); on Fast 3G each costs at least 562.5 ms, so their number bounds
//    the time from below (decision 0559);
//  - first paint: the round trips answered and the bytes finished before the first contentful paint (decision 0641).
// Usage: node scripts/figures.mjs [gateway-url]  (LINKAGE_CHROMIUM: the browser; default /usr/bin/chromium)
import { chromium } from 'playwright-core'

const gateway = process.argv[2] ?? process.env.LINKAGE_GATEWAY ?? 'http://127.0.0.1:8080'
const fast3g = { offline: false, latency: 562.5, downloadThroughput: (1440 * 1024) / 8, uploadThroughput: (675 * 1024) / 8 }

const browser = await chromium.launch({
  executablePath: process.env.LINKAGE_CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update'],
})
try {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' })
  const page = await context.newPage()
  const cdp = await context.newCDPSession(page)
  await cdp.send('Network.enable')
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true })
  await cdp.send('Network.emulateNetworkConditions', fast3g)
  await cdp.send('Page.enable')
  await cdp.send('Page.setLifecycleEventsEnabled', { enabled: true })
  let transferred = 0
  let requests = 0
  const trips = roundTrips(cdp)
  const finished = [] // { at, bytes }
  let firstPaint
  cdp.on('Network.loadingFinished', (e) => { transferred += e.encodedDataLength; finished.push({ at: e.timestamp, bytes: e.encodedDataLength }) })
  cdp.on('Page.lifecycleEvent', (e) => { if (e.name === 'firstContentfulPaint') firstPaint ??= e.timestamp })
  cdp.on('Network.requestWillBeSent', () => { requests++ })

  await page.goto(`${gateway}/console/clerk/start`, { waitUntil: 'commit' })
  const clerk = page.locator('label', { hasText: '（clerk）' })
  await clerk.waitFor()
  const firstLoad = transferred
  const firstRequests = requests
  const signInReady = await page.evaluate(() => performance.now())
  const signInTrips = trips.before()
  trips.click()
  await clerk.click()
  await page.locator('[data-test=sign-in]').click()
  await page.locator('#matter-q:not([disabled])').waitFor()
  const interactive = await page.evaluate(() => performance.now())
  const clickTrips = trips.after()

  const paintBytes = finished.filter((f) => f.at <= firstPaint).reduce((sum, f) => sum + f.bytes, 0)
  console.log(`console first paint (cold, Fast 3G): after ${trips.answeredBy(firstPaint)} round trip(s), ${(paintBytes / 1024).toFixed(1)} KB`)
  console.log(`console first load (sign-in page, compressed, Fast 3G): ${(firstLoad / 1024).toFixed(1)} KB (target ≤ 400 KB)`)
  console.log(`console sign-in page interactive: ${(signInReady / 1000).toFixed(2)} s (${firstRequests} requests)`)
  console.log(`console clerk start page interactive (cold, incl. demo sign-in): ${(interactive / 1000).toFixed(2)} s (target ≤ 1.5 s)`)
  console.log(`console bytes until the start page is interactive: ${(transferred / 1024).toFixed(1)} KB (${requests} requests)`)
  console.log(`console round trips in sequence until the sign-in page / the start page is interactive: ${signInTrips.length} / ${signInTrips.length + clickTrips.length}`)
  signInTrips.forEach((paths, i) => console.log(`  round trip ${i + 1}: ${paths.join(', ')}`))
  clickTrips.forEach((paths, i) => console.log(`  round trip ${signInTrips.length + i + 1} (after the click): ${paths.join(', ')}`))
} finally {
  await browser.close()
}

/** The requests' round trips in sequence: a request's is one more than that of the latest request answered before it
 *  was sent (the first is 1). `click()` starts a second count for what the user's click sends, on its own answers only.
 *  `before()`, `after()`: per round trip, the requests answered so far — before the click, then after it. */
function roundTrips(cdp) {
  const sent = new Map() // requestId → { path, trip, afterClick }
  const answered = []
  let clicked = false
  cdp.on('Network.requestWillBeSent', (e) => {
    const before = answered.filter((a) => a.afterClick === clicked && a.answeredAt <= e.timestamp).map((a) => a.trip)
    const { pathname } = new URL(e.request.url)
    const path = `${e.request.method === 'GET' ? '' : `${e.request.method} `}${pathname}`
    sent.set(e.requestId, { path: path.replace(/^\/console\/assets\//, ''), trip: 1 + Math.max(0, ...before), afterClick: clicked })
  })
  cdp.on('Network.responseReceived', (e) => {
    const request = sent.get(e.requestId)
    if (request) answered.push({ ...request, answeredAt: e.timestamp })
  })
  const trips = (afterClick) => {
    const levels = []
    for (const a of answered.filter((x) => x.afterClick === afterClick)) (levels[a.trip - 1] ??= []).push(a.path)
    return Array.from(levels, (p) => p ?? [])
  }
  /** The most round trips in sequence among the answers that came before `time` (0: none). */
  const answeredBy = (time) => Math.max(0, ...answered.filter((a) => a.answeredAt <= time).map((a) => a.trip))
  return { click: () => { clicked = true }, before: () => trips(false), after: () => trips(true), answeredBy }
}
