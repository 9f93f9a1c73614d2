// Usage: node axe-check.js PAGE.html  (exit 1 on serious or critical violations)
const { chromium } = require('playwright-core');
const fs = require('fs');
(async () => {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: ['--no-sandbox'] });
  const page = await browser.newPage();
  const target = require('path').resolve(process.argv[2]);
  await page.goto('file://' + target);
  await page.addScriptTag({ content: fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8') });
  const r = await page.evaluate(async () => await axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa', 'best-practice'] }));
  const serious = r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical');
  console.log(JSON.stringify({violations: r.violations.map(v => ({id: v.id, impact: v.impact, nodes: v.nodes.length})), passes: r.passes.length, version: r.testEngine.version}));
  await browser.close();
  process.exit(serious.length === 0 ? 0 : 1);
})();
