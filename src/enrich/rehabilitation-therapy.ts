import { z } from 'zod';
import type { ItemSelector } from './item-fact-types';
import { readJsonTable } from '../contract/json-table';
import { itemSelector } from './json-table';

// The rehabilitation therapy items (rules/knowledge/rehabilitation-therapy.json): the one list of them, so the tables
// that judge a rehabilitation stay by its therapy days (bed-day-settings.json, stay-content.json workdayTherapy) name
// this file instead of each keeping a copy a region would have to edit twice.

export const REHABILITATION_THERAPY_FILE = 'rehabilitation-therapy.json';

/** What a table writes where it means these items: the file's name, checked at load. */
export const rehabilitationTherapyRef = z.literal(REHABILITATION_THERAPY_FILE);

const file = z.strictObject({
  note: z.string(),
  therapy: itemSelector,
  source: z.string().min(1),
  sample: z.boolean().optional(),
});

/** Loads the list; a missing file is null (the checks reading it then find no therapy). */
export function loadRehabilitationTherapy(path: string): ItemSelector | null {
  return readJsonTable(path, file)?.therapy ?? null;
}
