import type { Locator } from 'playwright-core';
import { BasePage } from './base-page';

/** /org/<slug>/<year>/uppfoljning/indikator/<id>: an indicator by child and period, and its trend chart with a data table. */
export class IndicatorTrendPage extends BasePage {
	async open(slug: string, year: number, indicatorId: number, query = ''): Promise<this> {
		return this.goto(`/org/${slug}/${year}/uppfoljning/indikator/${indicatorId}${query}`);
	}

	/** The indicator's name (the h1 without its context line). */
	async indicatorName(): Promise<string> {
		const level = (await this.mainHeading.locator('.level-label').textContent()) ?? '';
		return ((await this.mainHeading.textContent()) ?? '').replace(level, '').trim();
	}

	get breakdown(): Locator {
		return this.page.locator('main table.breakdown');
	}

	/** The breakdown's row headers: the children holding the indicator, then "<X> totalt". */
	async breakdownRows(): Promise<string[]> {
		return (await this.breakdown.locator('tbody th[scope="row"]').allTextContents()).map((s) => s.trim());
	}

	/** The periods of the breakdown's column groups: ["T1", "T2", "VB"]. */
	async breakdownPeriods(): Promise<string[]> {
		return (await this.breakdown.locator('thead th[scope="colgroup"]').allTextContents()).map((s) => /\((T1|T2|VB)\)/.exec(s)?.[1] ?? s.trim());
	}

	/** A breakdown cell: the outcome or fulfilment of an organisation in a period, or its Årsmål. */
	async breakdownCell(organisationName: string, column: { period: 'T1' | 'T2' | 'VB'; value: 'Utfall' | 'Måluppfyllelse' } | 'Årsmål'): Promise<string> {
		const row = this.breakdown.locator('tbody tr').filter({ has: this.page.getByRole('rowheader', { name: organisationName, exact: true }) });
		if (column === 'Årsmål') return ((await row.locator('td[data-col="target"]').innerText()) ?? '').replace(/\s+/g, ' ').trim();
		const periodIndex = (await this.breakdownPeriods()).indexOf(column.period);
		const key = column.value === 'Utfall' ? 'total' : 'fulfilment';
		const cell = row.locator(`td[data-col="${key}"]`).nth(periodIndex);
		if (column.value === 'Måluppfyllelse') return ((await cell.locator('.fulfilment').textContent()) ?? '').trim();
		return ((await cell.innerText()) ?? '').replace(/\s+/g, ' ').trim();
	}

	/** The chart (an SVG image), absent when there is nothing to draw. */
	get chart(): Locator {
		return this.page.locator('main figure.trend-chart svg[role="img"]');
	}

	/** The chart's accessible name parts: its <title> and <desc>, as aria-labelledby names them. */
	async chartText(): Promise<{ title: string; description: string; labelledBy: string[] }> {
		const labelledBy = ((await this.chart.getAttribute('aria-labelledby')) ?? '').split(/\s+/).filter(Boolean);
		return {
			title: ((await this.chart.locator('title').first().textContent()) ?? '').trim(),
			description: ((await this.chart.locator('desc').textContent()) ?? '').trim(),
			labelledBy
		};
	}

	/** How many outcome points, lines, gaps and whether a target line is drawn. */
	async chartMarks(): Promise<{ points: number; lines: number; gaps: number; target: boolean }> {
		return {
			points: await this.chart.locator('circle.point').count(),
			lines: await this.chart.locator('path.line').count(),
			gaps: await this.chart.locator('circle.gap').count(),
			target: (await this.chart.locator('path.target').count()) > 0
		};
	}

	/** The value axis's labels, bottom up. */
	async axisLabels(): Promise<string[]> {
		return (await this.chart.locator('g.axis text[text-anchor="end"]:not(.unit)').allTextContents()).map((s) => s.trim());
	}

	get dataTable(): Locator {
		return this.page.locator('main table.trend-table');
	}

	/** The data table beside the chart: one row per period and year. */
	async dataRows(): Promise<{ period: string; outcome: string; target: string; fulfilment: string }[]> {
		const out = [];
		for (const row of await this.dataTable.locator('tbody tr').all()) {
			const text = async (col: string) => ((await row.locator(`td[data-col="${col}"]`).innerText()) ?? '').replace(/\s+/g, ' ').trim();
			out.push({
				period: ((await row.locator('th').textContent()) ?? '').trim(),
				outcome: await text('outcome'),
				target: await text('target'),
				fulfilment: await text('fulfilment')
			});
		}
		return out;
	}

	/** The sentence shown instead of the chart when there is nothing to draw. */
	async noChartText(): Promise<string> {
		return ((await this.page.locator('main p.no-chart').textContent()) ?? '').trim();
	}
}
