import type { Entity } from '../core/types';
import { shortDate } from './dateFormat';

const RELATIVE_DATE = /今年|去年|前年|明年|今天|昨天|前天|明天|今日|昨日|本月|上月|下月|当天|次日|翌日/;

/**
 * Dates whose resolved value is worth showing inline: day-only (27日下午) and relative (今年, 次日) mentions,
 * also when the year is unknown (the hint then gives the month). Dates that state their month or year need no hint. Pure.
 */
export function dateHintLabel(date: Entity, language: string): string | undefined {
  if (date.type !== 'date' || !date.value) return undefined;
  const dayOnly = /日/.test(date.text) && !/月/.test(date.text) && !/\d{2,4}\s*年/.test(date.text);
  if (!dayOnly && !RELATIVE_DATE.test(date.text)) return undefined;
  return `▸ ${shortDate(date.value, language)}`;
}
