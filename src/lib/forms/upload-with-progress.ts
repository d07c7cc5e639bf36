import { deserialize } from '$app/forms';
import type { ActionResult } from '@sveltejs/kit';

/**
 * Sends a multipart form to its action as `use:enhance` would (the answer is the action's result
 * as JSON), reporting the upload's progress, which fetch cannot. `onProgress` gets whole percents
 * while the file is on its way, `onUploaded` when it has arrived and the server is working.
 * Rejects when the request fails (no connection).
 */
export function uploadWithProgress(
	form: HTMLFormElement,
	action: string,
	handlers: { onProgress: (percent: number) => void; onUploaded: () => void }
): Promise<ActionResult> {
	return new Promise((resolve, reject) => {
		const xhr = new XMLHttpRequest();
		xhr.open('POST', action);
		xhr.setRequestHeader('accept', 'application/json');
		xhr.setRequestHeader('x-sveltekit-action', 'true');
		xhr.upload.onprogress = (e) => {
			if (e.lengthComputable) handlers.onProgress(Math.round((e.loaded / e.total) * 100));
		};
		xhr.upload.onload = () => handlers.onUploaded();
		xhr.onload = () => {
			try {
				resolve(deserialize(xhr.responseText));
			} catch (error) {
				reject(error);
			}
		};
		xhr.onerror = () => reject(new Error('upload failed'));
		xhr.send(new FormData(form));
	});
}
