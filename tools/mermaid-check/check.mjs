// Parses each Mermaid file named on the command line with mermaid.parse(), headless: jsdom
// provides the window and document Mermaid's sanitizer expects. Prints "ok FILE" per file,
// or "FILE: message" on stderr, and exits 1 when any file fails to parse.
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';

const dom = new JSDOM('<!DOCTYPE html><html><body></body></html>', { pretendToBeVisual: true });
globalThis.window = dom.window;
globalThis.document = dom.window.document;
for (const key of ['Element', 'HTMLElement', 'Node', 'DocumentFragment', 'DOMParser', 'XMLSerializer']) {
  if (!(key in globalThis)) globalThis[key] = dom.window[key];
}

const { default: mermaid } = await import('mermaid');
mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' });

let failed = false;
for (const file of process.argv.slice(2)) {
  const text = readFileSync(file, 'utf8');
  try {
    const result = await mermaid.parse(text);
    console.log(`ok ${file} (${result.diagramType})`);
  } catch (error) {
    failed = true;
    console.error(`${file}: ${String(error.message ?? error).split('\n').slice(0, 6).join('\n')}`);
  }
}
process.exit(failed ? 1 : 0);
