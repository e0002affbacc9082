// The chart's numbers as an HTML table: the accessible form of the chart, and what a reader can check it against.
// Every value is text content; nothing from the data becomes markup.

import type { ChartModel, ColumnKind, TableValue } from './model.ts';

function formatted(model: ChartModel, kind: ColumnKind, value: TableValue): string {
  if (value === null) return '—';
  if (typeof value === 'string') return kind === 'date' ? model.i18n.date(value) : value;
  switch (kind) {
    case 'share':
      return `${model.i18n.number(value * 100, 1)} %`;
    case 'coordinate':
      return model.i18n.number(value, 5);
    default:
      return model.i18n.number(value);
  }
}

export function chartTable(model: ChartModel): HTMLTableElement {
  const { header, columns, rows } = model.table;
  const table = document.createElement('table');
  table.className = 'chart-table';
  const caption = table.createCaption();
  caption.textContent = `${model.text('table.caption')}: ${model.frame.title}`;
  const headRow = table.createTHead().insertRow();
  for (const name of header) {
    const th = document.createElement('th');
    th.scope = 'col';
    th.textContent = name;
    headRow.append(th);
  }
  const body = table.createTBody();
  for (const row of rows) {
    const tr = body.insertRow();
    row.forEach((value, c) => {
      const cell = c === 0 ? document.createElement('th') : document.createElement('td');
      if (c === 0) (cell as HTMLTableCellElement).scope = 'row';
      cell.textContent = formatted(model, columns[c] ?? 'text', value);
      tr.append(cell);
    });
  }
  return table;
}
