import type { ThemeConfig } from 'antd';

/**
 * The one antd theme. Styles are generated from it at build time (styles/extract-antd.tsx) and
 * the app runs antd in zero-runtime mode: the page's CSP allows no inline <style>, so nothing
 * may be injected at run time. The fixed css-var key ties the runtime class names to the file.
 */
export const appTheme: ThemeConfig = {
  zeroRuntime: true,
  hashed: false,
  cssVar: { key: 'mdesk' },
  token: {
    colorPrimary: '#1f5fbf',
    borderRadius: 4,
    // antd's default greys, red, amber and green fail WCAG AA contrast (4.5:1) as text on light backgrounds
    colorTextSecondary: '#595959',
    colorTextTertiary: '#595959',
    colorTextDescription: '#595959',
    // placeholders name empty filters (类别, 来源): readable at 4.6:1 rather than antd's faint 25% black
    colorTextPlaceholder: '#757575',
    // the hover colour is text on default and link buttons: kept dark enough for 4.5:1 too
    colorPrimaryHover: '#3a70c8',
    colorInfo: '#1f5fbf',
    colorInfoBg: '#e8f1fc',
    colorInfoBorder: '#a9c8ee',
    colorError: '#cf1322',
    colorErrorBg: '#fff1f0',
    colorErrorBorder: '#ffa39e',
    colorWarning: '#945a00',
    colorWarningBg: '#fffbe6',
    colorWarningBorder: '#ffe58f',
    colorSuccess: '#237804',
    colorSuccessBg: '#f6ffed',
    colorSuccessBorder: '#b7eb8f',
    fontFamily:
      "'Microsoft YaHei', 'PingFang SC', 'Noto Sans CJK SC', 'Source Han Sans SC', 'WenQuanYi Micro Hei', system-ui, sans-serif",
  },
};
