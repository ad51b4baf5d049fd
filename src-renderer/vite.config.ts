import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { META_CSP } from '../src-main/app/csp.ts';
import { previewCss } from '../src-main/documents/preview-css.ts';

/** Writes the page's CSP into index.html from the one definition the servers also use. */
const cspMeta = (): Plugin => ({
  name: 'mediation-desk-csp',
  transformIndexHtml: (html) => html.replace('%APP_CSP%', META_CSP),
});

/**
 * Two helpers of antd's dependencies inject <style> elements, which our CSP refuses; they are
 * swapped for CSSOM-only versions in shims/. Keyed by the importing package and the specifier.
 */
const CSP_SHIMS: { importerPackage: string; specifiers: string[]; shim: string }[] = [
  { importerPackage: '@rc-component/portal', specifiers: ['./useScrollLocker'], shim: 'scroll-locker.ts' },
  { importerPackage: '@rc-component/util', specifiers: ['./getScrollBarSize', '../getScrollBarSize'], shim: 'scrollbar-size.ts' },
];

const cspShims = (): Plugin => ({
  name: 'mediation-desk-csp-shims',
  enforce: 'pre',
  resolveId(source, importer) {
    const hit = CSP_SHIMS.find(
      (s) => s.specifiers.includes(source) && importer?.includes(`${path.sep}${s.importerPackage.replace('/', path.sep)}${path.sep}`),
    );
    return hit ? path.resolve(import.meta.dirname, 'shims', hit.shim) : null;
  },
});

/** `virtual:document-preview.css`: the preview's stylesheet, computed from the documents' layout. */
const DOCUMENT_CSS = 'virtual:document-preview.css';
const documentPreviewCss = (): Plugin => ({
  name: 'mediation-desk-document-css',
  resolveId: (source) => (source === DOCUMENT_CSS ? DOCUMENT_CSS : null),
  load: (id) => (id === DOCUMENT_CSS ? previewCss() : null),
});

export default defineConfig({
  root: import.meta.dirname,
  base: './',
  plugins: [react(), cspMeta(), cspShims(), documentPreviewCss()],
  build: {
    outDir: path.resolve(import.meta.dirname, '..', 'dist'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 4096,
    // no inline scripts or styles anywhere: the CSP would refuse them
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
  },
});
