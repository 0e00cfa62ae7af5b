import { classNames } from '../../components/class-names';

export interface DataTableColumn {
  label: string;
  /** Right-aligned, tabular digits. */
  numeric?: boolean;
}

export interface DataTableContent {
  caption: string;
  columns: readonly DataTableColumn[];
  /** The first cell of each row names it (a row header). */
  rows: readonly { key: string; cells: readonly string[] }[];
}

/** The data of a chart as a plain table: readable by screen readers and copyable into a spreadsheet. */
export function DataTable({ caption, columns, rows }: DataTableContent) {
  return (
    <div className="max-h-96 overflow-auto rounded-lg border border-slate-200">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="sticky top-0 bg-slate-50 text-xs font-semibold text-slate-600">
          <tr>
            {columns.map((column) => (
              <th
                key={column.label}
                scope="col"
                className={classNames('px-3 py-2 whitespace-nowrap', column.numeric === true && 'text-right')}
              >
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((row) => (
            <tr key={row.key}>
              {row.cells.map((cell, index) =>
                index === 0 ? (
                  <th key={index} scope="row" className="px-3 py-1.5 font-medium text-slate-900">
                    {cell}
                  </th>
                ) : (
                  <td
                    key={index}
                    className={classNames(
                      'px-3 py-1.5 whitespace-nowrap text-slate-700',
                      columns[index]?.numeric === true && 'text-right tabular-nums',
                    )}
                  >
                    {cell}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
