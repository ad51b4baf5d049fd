/**
 * Page and type of official documents (GB/T 9704-2012, `reference.md` §6): A4; margins top 37,
 * bottom 35, left 28, right 26 mm; 22 lines of 28 characters; title 2号 方正小标宋简体; body 3号
 * 仿宋_GB2312; headings 黑体 then 楷体; page numbers 4号 宋体. Each GB font names the common font
 * Word and WPS fall back to where it is not installed.
 */
export const PAGE = { width: 11906, height: 16838 }; // A4 in twips, exact (mm conversion truncates)

const mm = (v: number) => Math.round((v * 1440) / 25.4);
export const MARGINS = { top: mm(37), bottom: mm(35), left: mm(28), right: mm(26), header: mm(15), footer: mm(28) };

/** Exact line pitch: the 225 mm text block holds 22 lines. */
export const LINE_TWIPS = 579;
/** Two characters of 3号 (16 pt = 320 twips each): the first-line indent. */
export const INDENT_TWIPS = 640;

/** Sizes in half-points, as Word counts them. */
export const SIZE = { title: 44, body: 32, pageNumber: 28, table: 28 } as const;

export interface FontSpec {
  /** The East Asian font named in the document. */
  eastAsia: string;
  /** What Word and WPS substitute where it is missing (written to the font table as altName). */
  fallback: string;
  /** The CSS font stack of the HTML preview. */
  css: string;
}

export const FONTS = {
  body: { eastAsia: '仿宋_GB2312', fallback: '仿宋', css: "'仿宋_GB2312', 'FangSong', '仿宋', 'STFangsong', 'Noto Serif CJK SC', serif" },
  title: { eastAsia: '方正小标宋简体', fallback: '宋体', css: "'方正小标宋简体', 'FZXiaoBiaoSong-B05S', 'SimSun', '宋体', 'Noto Serif CJK SC', serif" },
  heading1: { eastAsia: '黑体', fallback: 'SimHei', css: "'黑体', 'SimHei', 'Noto Sans CJK SC', sans-serif" },
  heading2: { eastAsia: '楷体_GB2312', fallback: '楷体', css: "'楷体_GB2312', 'KaiTi', '楷体', 'STKaiti', 'Noto Serif CJK SC', serif" },
  song: { eastAsia: '宋体', fallback: 'SimSun', css: "'宋体', 'SimSun', 'Noto Serif CJK SC', serif" },
} satisfies Record<string, FontSpec>;

/** Latin letters and digits are set in Times New Roman beside every Chinese font. */
export const LATIN_FONT = 'Times New Roman';
