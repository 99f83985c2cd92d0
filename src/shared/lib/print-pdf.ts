// Prints a PDF through the browser's own print of it, without a download: the file stays in
// memory (an object URL in a hidden frame), so nothing is left in a shared device's downloads.
let current: { frame: HTMLIFrameElement; url: string } | null = null;

/** Removes the last printed file (the next print, or the kiosk's reset). */
export function releasePrintedPdf(): void {
  if (!current) return;
  current.frame.remove();
  URL.revokeObjectURL(current.url);
  current = null;
}

export function printPdf(pdf: Blob, title: string): HTMLIFrameElement {
  releasePrintedPdf();
  const url = URL.createObjectURL(pdf);
  const frame = document.createElement('iframe');
  frame.title = title;
  frame.className = 'd360-print-frame';
  frame.setAttribute('aria-hidden', 'true');
  frame.tabIndex = -1;
  Object.assign(frame.style, {
    position: 'fixed',
    insetInlineEnd: '0',
    insetBlockEnd: '0',
    inlineSize: '0',
    blockSize: '0',
    border: '0',
  });
  frame.addEventListener('load', () => {
    frame.contentWindow?.focus();
    frame.contentWindow?.print();
  });
  frame.src = url;
  document.body.append(frame);
  current = { frame, url };
  return frame;
}
