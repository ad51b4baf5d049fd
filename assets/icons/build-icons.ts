/**
 * Regenerates the platform icons from icon.svg: `npx tsx assets/icons/build-icons.ts`.
 * Needs a CJK serif font (Debian: fonts-noto-cjk). The outputs are committed, so builds do not
 * depend on the fonts of the build machine.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import pngToIco from 'png-to-ico';
import png2icons from 'png2icons';

const dir = import.meta.dirname;
const svg = fs.readFileSync(path.join(dir, 'icon.svg'), 'utf8');
const render = (size: number) =>
  new Resvg(svg, { fitTo: { mode: 'width', value: size }, font: { loadSystemFonts: true, defaultFontFamily: 'Noto Serif CJK SC' } })
    .render()
    .asPng();

const master = render(1024);
fs.writeFileSync(path.join(dir, 'icon.png'), master);
fs.mkdirSync(path.join(dir, 'png'), { recursive: true });
for (const size of [16, 32, 48, 64, 128, 256, 512]) fs.writeFileSync(path.join(dir, 'png', `${size}x${size}.png`), render(size));
fs.writeFileSync(path.join(dir, 'icon.ico'), await pngToIco([16, 24, 32, 48, 64, 128, 256].map(render)));
const icns = png2icons.createICNS(master, png2icons.BICUBIC, 0);
if (!icns) throw new Error('icns generation failed');
fs.writeFileSync(path.join(dir, 'icon.icns'), icns);
fs.mkdirSync(path.join(dir, '..', '..', 'src-renderer', 'public'), { recursive: true });
fs.writeFileSync(path.join(dir, '..', '..', 'src-renderer', 'public', 'favicon.png'), render(64));
console.log('icons written to', dir);
