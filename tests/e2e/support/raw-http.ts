/**
 * HTTP over a raw socket, for requests fetch will not send as given (a Content-Length that lies,
 * a body left unsent): writes `head` and `body`, never ends or closes its side, and resolves
 * with everything received once the server has closed the connection.
 */
import net from 'node:net';

export function rawRequest(baseUrl: string, head: string, body: Buffer): Promise<string> {
	const { port } = new URL(baseUrl);
	return new Promise((resolve, reject) => {
		const socket = net.connect(Number(port), '127.0.0.1', () => {
			socket.write(head);
			socket.write(body);
		});
		let received = '';
		socket.setTimeout(20_000, () => socket.destroy(new Error('no answer within 20 s')));
		socket.on('data', (chunk) => (received += chunk.toString('utf8')));
		socket.on('error', (error) => (received ? resolve(received) : reject(error)));
		socket.on('close', () => resolve(received));
	});
}
