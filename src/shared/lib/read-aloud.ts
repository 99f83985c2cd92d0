// Read-aloud of the current screen's main content through the browser's own speech synthesis
// (no service, no network: it works offline and sends nothing anywhere). Meant for a headset.
let reading = false;
// Each reading's number: the errors a cancelled reading fires later must not end the next one.
let generation = 0;
const listeners = new Set<() => void>();

function setReading(next: boolean): void {
  if (reading === next) return;
  reading = next;
  for (const l of listeners) l();
}

export const isReading = (): boolean => reading;

export function subscribeReading(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function speechAvailable(): boolean {
  return (
    typeof window !== 'undefined' &&
    'speechSynthesis' in window &&
    typeof SpeechSynthesisUtterance !== 'undefined'
  );
}

/** The BCP 47 tag to speak in: a French voice for French, else the interface's language. */
export function speechLang(language: string): string {
  return language === 'fr' || language.startsWith('fr-') ? 'fr-FR' : language;
}

const BLOCKS = new Set(
  'ADDRESS ARTICLE ASIDE BLOCKQUOTE BUTTON CAPTION DD DETAILS DIALOG DIV DL DT FIELDSET FIGCAPTION FIGURE FOOTER FORM H1 H2 H3 H4 H5 H6 HEADER LABEL LEGEND LI MAIN NAV OL P SECTION SUMMARY TABLE TD TH TR UL'.split(
    ' ',
  ),
);
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'SVG']);

function hidden(el: Element): boolean {
  if (SKIPPED.has(el.tagName.toUpperCase())) return true;
  if (el.getAttribute('aria-hidden') === 'true' || (el as HTMLElement).hidden) return true;
  if (el.classList.contains('d360-print-only')) return true;
  if (el.tagName === 'DIALOG' && !(el as HTMLDialogElement).open) return true;
  const style = getComputedStyle(el);
  return style.display === 'none' || style.visibility === 'hidden';
}

/** The screen's text as the sentences a person sees, one chunk per block (headings, paragraphs, items…). */
export function screenChunks(root: Element): string[] {
  const chunks: string[] = [];
  let current = '';
  const flush = () => {
    const text = current.replace(/\s+/g, ' ').trim();
    if (text) chunks.push(text);
    current = '';
  };
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      current += node.textContent ?? '';
      return;
    }
    if (!(node instanceof Element) || hidden(node)) return;
    const block = BLOCKS.has(node.tagName.toUpperCase());
    if (block) flush();
    if (node instanceof HTMLImageElement) current += ` ${node.alt} `;
    if (node instanceof HTMLInputElement && node.labels?.length === 0) current += ` ${node.value} `;
    for (const child of node.childNodes) walk(child);
    if (block) flush();
  };
  walk(root);
  flush();
  return chunks;
}

function voiceFor(lang: string): SpeechSynthesisVoice | undefined {
  const voices = window.speechSynthesis.getVoices();
  const base = lang.split('-')[0]?.toLowerCase() ?? lang;
  return (
    voices.find((v) => v.lang.toLowerCase() === lang.toLowerCase()) ??
    voices.find((v) => v.lang.toLowerCase().startsWith(base))
  );
}

/** Reads the main content aloud, one utterance per block, in `language`. */
export function startReading(root: Element, language: string): boolean {
  if (!speechAvailable()) return false;
  const synth = window.speechSynthesis;
  synth.cancel();
  const chunks = screenChunks(root);
  if (chunks.length === 0) return false;
  const lang = speechLang(language);
  const voice = voiceFor(lang);
  const mine = ++generation;
  const end = () => {
    if (mine === generation) setReading(false);
  };
  setReading(true);
  chunks.forEach((text, i) => {
    const u = new SpeechSynthesisUtterance(text);
    u.lang = lang;
    if (voice) u.voice = voice;
    if (i === chunks.length - 1) {
      u.onend = end;
    }
    u.onerror = end;
    synth.speak(u);
  });
  return true;
}

export function stopReading(): void {
  generation += 1;
  if (speechAvailable()) window.speechSynthesis.cancel();
  setReading(false);
}
