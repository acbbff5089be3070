// `npm run audit`: Lighthouse on one representative page of the sample site.
// A script, not a test: scores depend on the machine's speed, so they are
// read and recorded (README, "Quality gates"), not asserted.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { CHROMIUM, CHROMIUM_FLAGS } from '../tests/support/chromium.ts';
import { REPO, runScript, withSampleSite } from './sample-site.ts';
import { childPages, serveStatic } from '../tests/support/serve.ts';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

interface Report {
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, { score: number | null; title: string; displayValue?: string }>;
}

function lighthouse(url: string): Promise<Report> {
  const bin = path.join(REPO, 'node_modules/.bin/lighthouse');
  const args = [
    url,
    '--output=json',
    '--output-path=stdout',
    '--quiet',
    `--only-categories=${CATEGORIES.join(',')}`,
    `--chrome-flags=${CHROMIUM_FLAGS.join(' ')}`,
  ];
  return new Promise((resolve, reject) => {
    execFile(
      bin,
      args,
      { env: { ...process.env, CHROME_PATH: CHROMIUM }, maxBuffer: 1 << 28 },
      (error, stdout, stderr) => {
        if (error) reject(new Error(`lighthouse failed: ${stderr || error.message}`));
        else resolve(JSON.parse(stdout));
      },
    );
  });
}

/** The four scores, and under each what keeps it below 100: its weighted audits that did not pass. */
function print(page: string, report: Report): void {
  console.log(`Lighthouse on ${page} (${new Date().toISOString().slice(0, 10)}):`);
  for (const id of CATEGORIES) {
    const category = report.categories[id]!;
    console.log(`  ${id.padEnd(15)} ${Math.round((category.score ?? 0) * 100)}`);
    for (const ref of category.auditRefs.filter((r) => r.weight > 0 && (report.audits[r.id]?.score ?? 1) < 1)) {
      const audit = report.audits[ref.id]!;
      console.log(`    - ${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ''}`);
    }
  }
}

runScript(() =>
  withSampleSite('audit', async (dist) => {
    // A story page shows the most (ledger, quotes, people); until stories exist, an article page.
    const page = (await childPages(dist, 'stories'))[0] ?? (await childPages(dist, 'articles'))[0];
    if (!page) throw new Error('the sample site has no story or article page');
    const server = await serveStatic(dist);
    try {
      print(page, await lighthouse(server.url + page));
    } finally {
      await server.close();
    }
    return 0;
  }),
);
