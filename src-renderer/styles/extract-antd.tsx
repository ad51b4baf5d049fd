/**
 * Build step: renders every antd component with our theme on the server and writes the CSS
 * they would inject, so the page can run with `style-src 'self'` and antd's zero-runtime mode.
 */
import fs from 'node:fs';
import path from 'node:path';
import { iconStyles } from '@ant-design/icons/lib/utils';
import { extractStyle } from '@ant-design/static-style-extract';
import { ConfigProvider } from 'antd';
import { appTheme } from '../theme';

const out = path.join(import.meta.dirname, 'antd.generated.css');
// rendering every component includes deprecated ones; their warnings are noise for this build step
const quiet = (write: typeof console.error) => (...args: unknown[]) => {
  if (!String(args[0]).startsWith('Warning: [antd:')) write(...args);
};
console.error = quiet(console.error);
console.warn = quiet(console.warn);
const styleTags = extractStyle((node) => <ConfigProvider theme={{ ...appTheme, zeroRuntime: false }}>{node}</ConfigProvider>);
// icons insert their base rules from an effect, which server rendering never runs
const css = `${iconStyles}\n${styleTags.replace(/<style[^>]*>/g, '').replace(/<\/style>/g, '\n')}`;
fs.writeFileSync(out, css);
console.log(`antd styles: ${(css.length / 1024).toFixed(0)} KiB → ${path.relative(process.cwd(), out)}`);
