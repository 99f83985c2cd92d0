// `npm run --silent simulate -- FILE`: FILE holds one OpenFisca /calculate body or a JSON array
// of them; prints the same structure with the variables given as null computed. Any problem
// exits non-zero with one line naming what is wrong.
import { readFileSync } from 'node:fs';
import { BENEFITS } from '../benefits/registry.ts';
import { calculate } from '../openfisca/calculate.ts';

function fail(message: string): never {
  process.stderr.write(`simulate : ${message}\n`);
  process.exit(2);
}

const file = process.argv[2];
if (!file) fail('usage : npm run --silent simulate -- FICHIER.json');
let text: string;
try {
  text = readFileSync(file, 'utf8');
} catch {
  fail(`fichier illisible : ${file}`);
}
let body: unknown;
try {
  body = JSON.parse(text);
} catch (e) {
  fail(`JSON invalide dans ${file} : ${e instanceof Error ? e.message : String(e)}`);
}
try {
  const result = Array.isArray(body)
    ? body.map((b, i) => {
        try {
          return calculate(b, BENEFITS);
        } catch (e) {
          throw new Error(`situation n° ${i + 1} : ${e instanceof Error ? e.message : String(e)}`);
        }
      })
    : calculate(body, BENEFITS);
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
} catch (e) {
  fail(e instanceof Error ? e.message : String(e));
}
