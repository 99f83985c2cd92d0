// axe-core in jsdom for component tests. Colour contrast needs a real layout engine: it is
// checked by the e2e specs in a browser, light and dark, not here.
import axe from 'axe-core';

export async function axeViolations(node: Element): Promise<string[]> {
  const results = await axe.run(node, { rules: { 'color-contrast': { enabled: false } } });
  return results.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}
