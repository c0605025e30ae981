import { z } from 'zod';
import { isCalendarDate } from '../../contract/claim';

/** A query or body date: YYYY-MM-DD and a real day (2025-02-30 is refused, not read as March 2); every route's. */
export const calendarDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be YYYY-MM-DD').refine(isCalendarDate, 'is not a calendar date (不是有效日期)');
