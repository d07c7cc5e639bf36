/**
 * A file download: Content-Type, and Content-Disposition with the name both as plain ASCII (for old
 * clients) and in UTF-8 by RFC 5987 (filename*), so "Utfall T1 2026 Norrvikens stadsdelsnämnd.xlsx"
 * arrives with its å, ä and ö.
 */
export function contentDisposition(fileName: string): string {
	const ascii = fileName
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[^\x20-\x7e]|["\\%]/g, '_');
	// encodeURIComponent leaves ' ( ) * unencoded; RFC 5987's attr-char does not allow them.
	const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
	return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

export function fileDownload(body: Uint8Array | string, fileName: string, contentType: string): Response {
	return new Response(typeof body === 'string' ? body : new Uint8Array(body), {
		headers: {
			'content-type': contentType,
			'content-disposition': contentDisposition(fileName),
			// Private: a plan or a report may be readable only to some; never stored by a shared cache or the browser.
			'cache-control': 'private, no-store'
		}
	});
}
