import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import { stringify } from 'csv-stringify';
import { cellsHasher } from './cells-hash';
import { header, type Cell, type TableDef } from './sheets';
import type { RowSink, TableWriter, WrittenFile } from './table-writer';

// One CSV file per table, `<table>.csv`: UTF-8 with a byte-order mark (without it Excel reads UTF-8 as the
// local code page and the Chinese headers come out garbled), CRLF line ends (RFC 4180, and what Excel
// writes), fields quoted only when they must be. The header row is "中文 (englishName)". Nothing in a row
// depends on time or machine, so the same data gives byte-identical files.

export function csvWriter(dir: string): TableWriter {
  const files: WrittenFile[] = [];
  return {
    async openTable(def: TableDef): Promise<RowSink> {
      const name = `${def.name}.csv`;
      const out = createWriteStream(join(dir, name));
      const csv = stringify({ bom: true, record_delimiter: 'windows', quoted_string: false });
      csv.pipe(out);
      const hash = cellsHasher();
      const put = async (cells: Cell[]) => {
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
