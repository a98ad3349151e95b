// Layout in Firefox (and Chromium, to compare): for every lesson state below, at 390 px light and
// dark and at 1280 px, the page's scrollWidth against its width, the elements that stick out past
// the right edge outside any box that scrolls, the table boxes too narrow to show their table, the
// scrollWidth while the digits of the number nearest the right edge are shown (site.js) and,
// with BOXES=1, every box that scrolls sideways and whether it carries its fade (data-overflow).
// Closed <details> are opened first. With SHOTS=dir, a full-page screenshot of each.
// Run through firefox-layout.sh, which starts the server and finds puppeteer-core; by hand:
//
//   PUPPETEER_DIR=/tmp/pptr node src/bench/firefox-layout.mjs firefox|chromium http://127.0.0.1:7070
//
// Firefox is driven over WebDriver BiDi, which cannot emulate media features: the colour scheme is
// a preference, so each screen gets its own browser. Scrollbars overlay the page as on a phone (as
// headless Chromium draws them); CLASSIC_SCROLLBARS=1 gives Firefox desktop scrollbars instead, and
// then the page must fit its width less the scrollbar (clientWidth). Exit status 1 if any page fails.
import { createRequire } from 'node:module';

const [engine = 'firefox', base = 'http://127.0.0.1:7070'] = process.argv.slice(2);
const puppeteer = createRequire((process.env.PUPPETEER_DIR || process.cwd()) + '/')('puppeteer-core');
const XOR = '/playground?layers=2-3-1&act=tanh&out=identity&loss=ssr&seed=7&train=all'
    + '&data=0,0,0;0,1,1;1,0,1;1,1,0&lr=0.1&tol=0.001&max=1000&steps=3';
const views = process.env.VIEWS ? process.env.VIEWS.split(' ') : [
  '/', '/tutorials/last-bias', '/tutorials/last-bias?steps=3', '/tutorials/last-bias?steps=7&answer=2.6',
  '/tutorials/last-bias?lr=0.34&steps=20', '/tutorials/last-bias?lr=0.001&steps=1000',
  '/tutorials/all-parameters', '/tutorials/all-parameters?steps=3', '/tutorials/all-parameters?steps=471',
  '/tutorials/all-parameters?lr=0.1&tol=0.001&steps=600',
  '/tutorials/dynamic-programming', '/tutorials/dynamic-programming?filled=1', '/tutorials/dynamic-programming?filled=2',
  '/tutorials/dynamic-programming?shape=1-4-4-4-1&filled=2&param=w9&sample=3',
  '/playground', XOR, '/embed/tutorials/last-bias?steps=2', '/embed/tutorials/all-parameters?steps=471',
  '/embed/tutorials/dynamic-programming?filled=1', '/embed' + XOR];
const screens = [[390, 844, 'light'], [390, 844, 'dark'], [1280, 800, 'light']];

const launch = scheme => engine === 'firefox'
  ? puppeteer.launch({browser: 'firefox', executablePath: process.env.FIREFOX || '/usr/bin/firefox-esr', headless: true,
      extraPrefsFirefox: {'layout.css.prefers-color-scheme.content-override': scheme === 'dark' ? 0 : 1,
        'ui.useOverlayScrollbars': process.env.CLASSIC_SCROLLBARS ? 0 : 1}})
  : puppeteer.launch({executablePath: process.env.CHROMIUM || '/usr/bin/chromium', headless: true, args: ['--no-sandbox']});

// In the page: what scrolls sideways and what sticks out.
function measure() {
  const width = document.documentElement.clientWidth;
  const name = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
      + (typeof e.className === 'string' && e.className.trim() ? '.' + e.className.trim().split(/\s+/).join('.') : '');
  const inScrollingBox = e => {
    for (let p = e.parentElement; p && p !== document.body; p = p.parentElement) {
      if (/auto|scroll|hidden|clip/.test(getComputedStyle(p).overflowX)) return true;
    }
    return false;
  };
  const sticking = [...document.querySelectorAll('body *')].filter(e => {
    const box = e.getBoundingClientRect();
    return box.width > 0 && box.right > width + 0.5 && !inScrollingBox(e);
  }).map(e => name(e) + ' to ' + Math.round(e.getBoundingClientRect().right));
  const scrolling = [...document.querySelectorAll('.table-scroll, .formula, .diagram-scroll, .history-scroll, .params-scroll, .data-scroll')]
      .filter(b => b.scrollWidth > b.clientWidth + 1)
      .map(b => `${name(b)} ${b.clientWidth}/${b.scrollWidth} ${b.dataset.overflow
          || (b.closest('.chains > .chain') ? 'faded once scrolled to' : 'no fade')}`);
  const narrow = [...document.querySelectorAll('.table-scroll')].filter(b => b.clientWidth < 100).map(name);
  return {scrollWidth: document.scrollingElement.scrollWidth, width, sticking, scrolling, narrow};
}

// In the page: show the digits of the number nearest the right edge (as a tap on a phone does); the
// page's scrollWidth with that tip on it.
function withTip() {
  const shown = [...document.querySelectorAll('data[value], mn[data-full]')].filter(e => {
    const box = e.getBoundingClientRect();
    return box.width > 0 && box.right <= document.documentElement.clientWidth && !e.closest('.table-scroll, .formula, .diagram-scroll');
  }).sort((a, b) => b.getBoundingClientRect().right - a.getBoundingClientRect().right);
  if (!shown.length) return document.scrollingElement.scrollWidth;
  shown[0].dispatchEvent(new MouseEvent('mouseover', {bubbles: true}));
  const scrollWidth = document.scrollingElement.scrollWidth;
  shown[0].dispatchEvent(new MouseEvent('mouseout', {bubbles: true}));
  return scrollWidth;
}

let failed = 0;
for (const [width, height, scheme] of screens) {
  const browser = await launch(scheme);
  const page = await browser.newPage();
  await page.setViewport({width, height});
  if (engine !== 'firefox') await page.emulateMediaFeatures([{name: 'prefers-color-scheme', value: scheme}]);
  for (const view of views) {
    await page.goto(base + view, {waitUntil: 'load'});
    if (await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches) !== (scheme === 'dark')) {
      throw new Error(`${engine} did not take the ${scheme} colour scheme`);
    }
    await page.evaluate(() => document.querySelectorAll('details').forEach(d => { d.open = true; }));
    const r = await page.evaluate(measure);
    const tipped = await page.evaluate(withTip);
    const ok = r.scrollWidth === r.width && r.sticking.length === 0 && r.narrow.length === 0 && tipped === r.width;
    if (!ok) failed++;
    console.log(`${ok ? 'fits' : 'FAIL'}  ${engine} ${width} ${scheme}  scrollWidth ${r.scrollWidth}`
        + `${r.width !== width ? ' of ' + r.width : ''}  ${view}`);
    if (r.sticking.length) console.log('      sticks out: ' + r.sticking.slice(0, 8).join(', '));
    if (r.narrow.length) console.log('      table boxes under 100 px: ' + r.narrow.join(', '));
    if (tipped !== r.width) console.log(`      scrollWidth ${tipped} with the digits of the rightmost number shown`);
    if (process.env.BOXES && r.scrolling.length) console.log('      scrolls sideways: ' + r.scrolling.join(', '));
    if (process.env.SHOTS) {
      await page.screenshot({fullPage: true,
        path: `${process.env.SHOTS}/${engine}-${width}-${scheme}-${view.replace(/[^a-z0-9]+/gi, '_').slice(0, 60)}.png`});
    }
  }
  await browser.close();
}
console.log(failed ? `${failed} of ${views.length * screens.length} failed` : `all ${views.length * screens.length} fit`);
process.exit(failed ? 1 : 0);
