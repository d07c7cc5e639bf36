import { z } from 'zod';

/**
 * Single sign-on through the city's OpenID Connect provider, configured by environment:
 * VERKSAM_OIDC_ISSUER, VERKSAM_OIDC_CLIENT_ID, VERKSAM_OIDC_CLIENT_SECRET and
 * VERKSAM_OIDC_USERNAME_CLAIM (default preferred_username).
 */
export const oidcConfigSchema = z.object({
	issuer: z.string().url(),
	clientId: z.string().min(1),
	clientSecret: z.string().min(1),
	usernameClaim: z.string().min(1).default('preferred_username'),
	/** The provider's name on the sign-in button. */
	displayName: z.string().min(1).default('kommunens inloggning')
});
export type OidcConfig = z.output<typeof oidcConfigSchema>;

export function oidcConfig(env: NodeJS.ProcessEnv = process.env): OidcConfig | null {
	if (!env.VERKSAM_OIDC_ISSUER) return null;
	return oidcConfigSchema.parse({
		issuer: env.VERKSAM_OIDC_ISSUER,
		clientId: env.VERKSAM_OIDC_CLIENT_ID,
		clientSecret: env.VERKSAM_OIDC_CLIENT_SECRET,
		usernameClaim: env.VERKSAM_OIDC_USERNAME_CLAIM || undefined,
		displayName: env.VERKSAM_OIDC_NAME || undefined
	});
}

/** For the sign-in page: whether to offer single sign-on, and under what name. */
export function oidcConfigured(): { name: string } | null {
	const config = oidcConfig();
	return config ? { name: config.displayName } : null;
}
