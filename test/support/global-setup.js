// Plain JS: Jest loads global setup outside its module mapper, so it cannot import our TS.
// One database and one queue-prefix family per test run; the suites migrate it through the
// same preflight as the service, which creates the database on first use.
export default async function globalSetup() {
  const run = `${process.pid}_${Date.now()}`;
  const url = new URL(
    process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/montagne_match',
  );
  url.pathname = `/montagne_match_test_${run}`;
  process.env.DATABASE_URL = url.toString();
  process.env.QUEUE_PREFIX = `mmtest-${run}`;
}
