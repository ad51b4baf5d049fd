import type ExcelJS from 'exceljs';

/** The header of every table we export: bold and shaded. */
export const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDCE6F2' } };

/** A table with a bold, shaded, frozen header row, an autofilter, and the given widths and formats. */
export function sheetTable(sheet: ExcelJS.Worksheet, columns: { header: string; width: number; format?: string }[], rows: (string | number | null)[][]): void {
  sheet.columns = columns.map((c) => ({ header: c.header, width: c.width, ...(c.format ? { style: { numFmt: c.format } } : {}) }));
  sheet.addRows(rows);
  const head = sheet.getRow(1);
  head.font = { bold: true };
  head.eachCell((cell) => {
    cell.fill = HEADER_FILL;
    cell.numFmt = 'General';
  });
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
}
