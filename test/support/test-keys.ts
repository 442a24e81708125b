/** The admin key of every service the tests start, in-process or as a real process. */
export const TEST_ADMIN_KEY = 'test-admin-key-0123456789abcdef';
