/**
 * Starts a throw-away PostgreSQL cluster for the test run (unless TEST_DATABASE_URL is set),
 * so the data layer is tested against a real server as well as PGlite.
 * Uses Debian's postgresql package; .ci/run installs it.
 */
import { startPostgresCluster } from './postgres-cluster';

export default async function setup() {
	if (process.env.TEST_DATABASE_URL) return;
	const cluster = await startPostgresCluster({ fast: true });
	process.env.TEST_DATABASE_URL = cluster.url();
	return () => cluster.destroy();
}
