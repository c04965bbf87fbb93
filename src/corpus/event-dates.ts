import { formatDate, machineReadableDate, type DatePrecision } from '../schemas/dates.ts';

/** What dating an event needs: its date and how precisely it is known. */
interface DatedEvent {
  data: { date: string; datePrecision: DatePrecision };
}

/** An event's date for readers, at its precision: "19 April 2025", "April 2025". */
export function eventDateText(event: DatedEvent): string {
  return formatDate(event.data.date, event.data.datePrecision);
}

/** An event's date for a `<time datetime>` attribute, at its precision: "2025-04-19", "2025-04". */
export function eventDateTime(event: DatedEvent): string {
  return machineReadableDate(event.data.date, event.data.datePrecision);
}
