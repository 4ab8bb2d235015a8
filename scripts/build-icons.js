/**
 * Draws the add-in's icons (a worksheet with a check mark, in the product's green) and writes them as PNGs into
 * assets/ at the sizes the manifest needs. Run once with `node scripts/build-icons.js` (needs Debian's chromium);
 * the PNGs are committed, so builds do not need a browser.
 */
const path = require('path');
const { chromium } = require('playwright-core');

const SIZES = [16, 20, 24, 32, 40, 48, 64, 80, 128];

function svg(size) {
  // Drawn on a 32-unit grid; small sizes drop the inner lines so the shape stays legible.
  const detailed = size >= 24;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 32 32">
    <rect x="1" y="1" width="30" height="30" rx="5" fill="#217346"/>
    <rect x="5" y="6" width="22" height="20" rx="1.5" fill="#ffffff"/>
    <rect x="5" y="6" width="22" height="5" fill="#cfe8d9"/>
    ${detailed ? '<path d="M5 16h22M5 21h22M12 6v20M19 6v20" stroke="#9cc5ad" stroke-width="1"/>' : '<path d="M5 16h14M12 6v20" stroke="#9cc5ad" stroke-width="1.5"/>'}
    <circle cx="23.5" cy="22.5" r="7" fill="#f59e0b" stroke="#ffffff" stroke-width="1.5"/>
    <path d="M19.8 22.6l2.6 2.6 4.9-5.2" fill="none" stroke="#ffffff" stroke-width="2.4" stroke-linecap="round" stroke-linejoin="round"/>
  </svg>`;
}

(async () => {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  for (const size of SIZES) {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(`<html><body style="margin:0;background:transparent">${svg(size)}</body></html>`);
    await page.screenshot({ path: path.join(__dirname, '..', 'assets', `icon-${size}.png`), omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
  }
  await browser.close();
  console.log(`wrote assets/icon-{${SIZES.join(',')}}.png`);
})().catch((error) => {
  console.error(error.message);
  process.exit(1);
});
