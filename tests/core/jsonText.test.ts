/**
 * The JSON outputs (chart, stats, export jsonld) print inert on a terminal:
 * no raw DEL, C1 control (U+009B is a one-byte CSI), bidi control or line
 * separator, and JSON.parse gives back exactly the names that were written.
 */
import { describe, expect, it } from 'vitest';
import { renderChart } from '../../src/chart/index.js';
import { jsonText } from '../../src/core/escape/json.js';
import { exportJsonLd } from '../../src/export/jsonld.js';
import { computeStats, formatStats } from '../../src/stats/index.js';
import { modelOf } from '../helpers.js';

const UNSAFE = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/u;
const NAME = 'Ops\u009b2J\u007f \u202eevil\u2028x';

const model = modelOf({
  'org.yaml': `kind: Organization\nid: acme\nname: ${JSON.stringify(NAME)}\nlocale: en\n---\nkind: Department\nid: ops\nname: ${JSON.stringify(NAME)}\nroles:\n  - {id: boss, title: ${JSON.stringify(NAME)}, holders: [${JSON.stringify(NAME)}]}\n`,
});

describe('JSON outputs on a terminal', () => {
  it('jsonText escapes what a terminal would act on and parses back to the same value', () => {
    const text = jsonText({ a: NAME, b: ['é', '运营'] }, 2);
    expect(text).not.toMatch(UNSAFE);
    expect(text).toContain('Ops\\u009b2J\\u007f \\u202eevil\\u2028x');
    expect(JSON.parse(text)).toEqual({ a: NAME, b: ['é', '运营'] });
  });

  it('stats --format json, chart --format json and export --format jsonld carry none of them raw', async () => {
    const outputs = {
      stats: formatStats('json', computeStats(model), 'en'),
      chart: await renderChart(model, { format: 'json' }),
      jsonld: exportJsonLd(model),
    };
    for (const [format, text] of Object.entries(outputs)) {
      expect(text.match(UNSAFE), format).toBeNull();
      expect(JSON.stringify(JSON.parse(text)), format).toContain(JSON.stringify(NAME).slice(1, -1));
    }
  }, 60_000);
});
