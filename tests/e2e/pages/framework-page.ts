import { BasePage } from './base-page';

/** /org/<municipality or committee>/<year>/ramverk: the goal framework editor. */
export class FrameworkPage extends BasePage {
	async open(slug: string, year: number): Promise<this> {
		return this.goto(`/org/${slug}/${year}/ramverk`);
	}
}
