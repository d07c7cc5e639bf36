import argon2 from 'argon2';

/** argon2id with the library's defaults (64 MiB, 3 passes), which meet OWASP's recommendation. */
export function hashPassword(password: string): Promise<string> {
	return argon2.hash(password, { type: argon2.argon2id });
}

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
	try {
		return await argon2.verify(hash, password);
	} catch {
		return false;
	}
}

/** Verified against when the account does not exist, so a wrong username takes as long as a wrong password. */
let dummyHash: Promise<string> | null = null;
export function dummyPasswordHash(): Promise<string> {
	dummyHash ??= hashPassword('verksam-no-such-account');
	return dummyHash;
}
