import type { Locator, Page } from 'playwright-core';

const visible = { pdf: 'Ladda ner PDF', docx: 'Ladda ner Word (docx)' } as const;

/** The pair of download links every plan and report page shows (DocumentDownloads.svelte). */
export class DocumentDownloads {
	constructor(readonly page: Page) {}

	get group(): Locator {
		return this.page.getByRole('group', { name: 'Ladda ner dokumentet' });
	}

	/** The link by its whole accessible name: the visible text, then which document ("… av Verksamhetsplan 2026 – Familjeenheten"). */
	link(format: 'pdf' | 'docx', title: string): Locator {
		return this.group.getByRole('link', { name: `${visible[format]} av ${title}`, exact: true });
	}

	/** Clicks the link as a user would and reads the file the browser saves. */
	async download(format: 'pdf' | 'docx', title: string): Promise<{ fileName: string; bytes: Buffer }> {
		const [download] = await Promise.all([this.page.waitForEvent('download'), this.link(format, title).click()]);
		const stream = await download.createReadStream();
		const chunks: Buffer[] = [];
		for await (const chunk of stream) chunks.push(chunk as Buffer);
		return { fileName: download.suggestedFilename(), bytes: Buffer.concat(chunks) };
	}
}
