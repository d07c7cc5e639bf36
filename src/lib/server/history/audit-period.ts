import { z } from 'zod';

const isoDate = z
	.string()
	.trim()
	.refine((s) => /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(s)), 'Skriv datumet som ÅÅÅÅ-MM-DD.');

/** The audit log's period from the query string: Från and Till, inclusive; Till not before Från. */
export const auditPeriod = z
	.object({ from: isoDate, to: isoDate })
	.refine((p) => p.to >= p.from, { message: 'Till-datumet kan inte vara före från-datumet.', path: ['to'] });
export type AuditPeriod = z.output<typeof auditPeriod>;
