import * as l10n from '@vscode/l10n';
import type { ComparedEvent, EventComparison } from '../core/compare';
import type { Side } from './comparePanelModel';
import { displayDate } from './displayDate';
import { revealAttributes } from './revealTarget';
import { escapeHtml } from './security';

/** An event placed on the chart: its side, its first and last date column, and its row on that side. */
interface PlacedEvent {
  event: ComparedEvent;
  side: Side;
  first: number;
  last: number;
  row: number;
  pair?: number;
}

const COLUMN_WIDTH = 92;
const ROW_HEIGHT = 22;
const MARGIN = 16;
const AXIS_GAP = 34;

/** Start and end day of an event's date ("2023-08-27/2023-08-28" → both ends); null when undated. */
function dayBounds(date: string | null): [string, string] | null {
  if (!date) return null;
  const [from, to = from] = date.split('/');
  return [from, to];
}

/** The label of a date column: the year only where it changes, so the axis stays short. */
function columnLabel(day: string, previous: string | undefined): string {
  const [year, ...rest] = day.split('-');
  const sameYear = previous?.split('-')[0] === year;
  const monthDay = rest.map((f) => String(Number(f))).join('-');
  if (!monthDay) return year;
  return sameYear || year === 'XXXX' ? monthDay : `${year}-${monthDay}`;
}

function label(event: ComparedEvent): string {
  return event.label.length > 7 ? `${event.label.slice(0, 6)}…` : event.label;
}

/**
 * Both reports' events on one date axis (an ordinal axis: one column per distinct date, so that
 * 2014 and 27–28 August 2023 are both readable): A above the axis, B below, matched events joined.
 */
export function timelineSvg(events: EventComparison): string {
  const dated: { event: ComparedEvent; side: Side; pair?: number }[] = [];
  events.matched.forEach((m, pair) => dated.push({ event: m.a, side: 'a', pair }, { event: m.b, side: 'b', pair }));
  for (const event of events.onlyA) dated.push({ event, side: 'a' });
  for (const event of events.onlyB) dated.push({ event, side: 'b' });
  const withDates = dated.filter((d) => dayBounds(d.event.date));
  if (withDates.length === 0) return `<p class="empty">${escapeHtml(l10n.t('No dated events.'))}</p>`;

  // One column per day; a day whose year is not stated joins the same day of the year the reports give.
  const knownYear = withDates.map((d) => d.event.date!.slice(0, 4)).find((y) => /^\d{4}$/.test(y)) ?? 'XXXX';
  const dayOf = (day: string) => (day.startsWith('XXXX') ? knownYear + day.slice(4) : day);
  const days = [...new Set(withDates.flatMap((d) => dayBounds(d.event.date)!.map(dayOf)))].sort();
  const columnIndex = new Map(days.map((d, i) => [d, i]));
  const columnOf = (day: string) => columnIndex.get(dayOf(day))!;

  // Rows: each event takes the first row on its side free over its columns.
  const rowsUsed: Record<Side, number[][]> = { a: [], b: [] };
  const placed: PlacedEvent[] = withDates
    .sort((x, y) => columnOf(dayBounds(x.event.date)![0]) - columnOf(dayBounds(y.event.date)![0]))
    .map((d) => {
      const [from, to] = dayBounds(d.event.date)!;
      const first = columnOf(from);
      const last = Math.max(first, columnOf(to));
      const rows = rowsUsed[d.side];
      let row = rows.findIndex((used) => used.every((c) => c < first || c > last));
      if (row < 0) { row = rows.length; rows.push([]); }
      for (let c = first; c <= last; c++) rows[row].push(c);
      return { ...d, first, last, row };
    });

  const rowsA = Math.max(1, rowsUsed.a.length);
  const rowsB = Math.max(1, rowsUsed.b.length);
  const width = MARGIN * 2 + days.length * COLUMN_WIDTH;
  const axisY = MARGIN + rowsA * ROW_HEIGHT + AXIS_GAP / 2;
  const height = axisY + AXIS_GAP / 2 + rowsB * ROW_HEIGHT + MARGIN;
  const x = (c: number) => MARGIN + c * COLUMN_WIDTH + COLUMN_WIDTH / 2;
  const y = (p: PlacedEvent) => (p.side === 'a' ? axisY - AXIS_GAP / 2 - (p.row + 1) * ROW_HEIGHT + 4 : axisY + AXIS_GAP / 2 + p.row * ROW_HEIGHT + 4);

  const parts: string[] = [];
  parts.push(`<line class="axis" x1="${MARGIN}" y1="${axisY}" x2="${width - MARGIN}" y2="${axisY}"/>`);
  days.forEach((day, i) => {
    parts.push(`<line class="tick" x1="${x(i)}" y1="${axisY - 4}" x2="${x(i)}" y2="${axisY + 4}"/>`);
    parts.push(`<text class="tick-label" x="${x(i)}" y="${axisY + 15}" text-anchor="middle">${escapeHtml(columnLabel(day, days[i - 1]))}</text>`);
  });
  for (const p of placed.filter((q) => q.side === 'a' && q.pair !== undefined)) {
    const partner = placed.find((q) => q.side === 'b' && q.pair === p.pair)!;
    parts.push(`<line class="pair" x1="${x(p.first)}" y1="${y(p) + ROW_HEIGHT - 8}" x2="${x(partner.first)}" y2="${y(partner)}"/>`);
  }
  for (const p of placed) {
    const x0 = x(p.first) - COLUMN_WIDTH / 2 + 4;
    const barWidth = (p.last - p.first + 1) * COLUMN_WIDTH - 8;
    const title = `${p.side === 'a' ? 'A' : 'B'} ${displayDate(p.event.date!)}${p.event.yearInferred ? ` ${l10n.t('(year inferred)')}` : ''} ${p.event.label}`;
    parts.push(
      `<g class="event side-${p.side}${p.pair === undefined ? ' unmatched' : ''}${p.event.yearInferred ? ' inferred' : ''}" ${revealAttributes(p.side, p.event.start, p.event.end)} aria-label="${escapeHtml(title)}">` +
        `<title>${escapeHtml(title)}</title>` +
        `<rect x="${x0}" y="${y(p)}" width="${barWidth}" height="${ROW_HEIGHT - 6}" rx="3"/>` +
        `<text x="${x0 + 4}" y="${y(p) + ROW_HEIGHT - 10}">${escapeHtml(label(p.event))}</text>` +
        '</g>',
    );
  }
  parts.push(`<text class="side-label" x="${MARGIN - 12}" y="${MARGIN + 10}">A</text>`);
  parts.push(`<text class="side-label" x="${MARGIN - 12}" y="${height - MARGIN}">B</text>`);
  return `<svg class="timeline" role="img" aria-label="${escapeHtml(l10n.t("Timeline of both reports' events"))}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${parts.join('')}</svg>`;
}
