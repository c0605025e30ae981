import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import { stringify } from 'csv-stringify';
import { cellsHasher } from './cells-hash';
import { safeCells } from './safe-cell';
import { header, type Cell, type TableDef } from './sheets';
import type { RowSink, TableWriter, WrittenFile } from './table-writer';

// One CSV file per table, `<table>.csv`: UTF-8 with a byte-order mark (without it Excel reads UTF-8 as the
// local code page and the Chinese headers come out garbled), CRLF line ends (RFC 4180, and what Excel
// writes), fields quoted only when they must be: when they hold a comma, a quote, a CR or an LF. Setting
// record_delimiter makes csv-stringify quote only fields holding that exact delimiter (CRLF) unless
// quote_record_delimiter is on, so it is on: a lone LF in a field would otherwise start a new row.
// Every cell is made safe first (safe-cell.ts: no control characters, no formulas). The header row is "中文 (englishName)". Nothing in a row
// depends on time or machine, so the same data gives byte-identical files.

export function csvWriter(dir: string): TableWriter {
  const files: WrittenFile[] = [];
  return {
    async openTable(def: TableDef): Promise<RowSink> {
      const name = `${def.name}.csv`;
      const out = createWriteStream(join(dir, name));
      const csv = stringify({ bom: true, record_delimiter: 'windows', quote_record_delimiter: true, quoted_string: false });
      csv.pipe(out);
      const hash = cellsHasher();
      const put = async (raw: Cell[]) => {
        const cells = safeCells(raw);
        hash.add(cells);
        if (!csv.write(cells)) await once(csv, 'drain');
      };
      await put(def.columns.map(header));
      let rows = 0;
      return {
        get rows() {
          return rows;
        },
        async write(cells) {
          rows++;
          await put(cells);
        },
        async end() {
          csv.end();
          await finished(out);
          files.push({ name, format: 'csv', rows: { [def.name]: rows }, cellsSha256: { [def.name]: hash.hex() } });
        },
      };
    },
    async close() {
      return files;
    },
  };
}
