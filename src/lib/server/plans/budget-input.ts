import { z } from 'zod';
import { parseSwedishNumber } from '../../domain/format/number';
import { requiredText } from '../validation';

/** "Budget 2026; Prognos; Avvikelse" or one per line → column names. */
export const budgetColumns = z
	.string()
	.transform((s) => s.split(/[;\n]/).map((c) => c.trim()).filter(Boolean))
	.refine((c) => c.length >= 1 && c.length <= 8, 'Ange 1–8 kolumner, åtskilda med semikolon.');

export const budgetTableFields = z.object({
	heading: requiredText('Skriv tabellens rubrik.', 200),
	columns: budgetColumns
});

/** A tkr amount as typed: "-1 400", "12 500", "5,5" or empty. */
export function parseAmount(typed: string): { ok: true; value: number | null } | { ok: false; message: string } {
	if (typed.trim() === '') return { ok: true, value: null };
	const value = parseSwedishNumber(typed);
	if (value === null) return { ok: false, message: 'Skriv ett belopp i tkr, till exempel -1 400.' };
	return { ok: true, value };
}
