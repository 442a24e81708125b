import 'reflect-metadata';
import { DEV_UNSUBSCRIBE_SECRET } from '../../config/env.schema.js';
import { defaultSecretWarning } from './default-secret-warning.js';

describe('defaultSecretWarning', () => {
  it('warns when production runs on the published development secret', () => {
    expect(
      defaultSecretWarning({ nodeEnv: 'production', unsubscribeSecret: DEV_UNSUBSCRIBE_SECRET }),
    ).toMatch(/UNSUBSCRIBE_SECRET is the development default/);
  });

  it('stays quiet on a laptop, and in production with a secret of its own', () => {
    expect(
      defaultSecretWarning({ nodeEnv: 'development', unsubscribeSecret: DEV_UNSUBSCRIBE_SECRET }),
    ).toBeNull();
    expect(
      defaultSecretWarning({ nodeEnv: 'production', unsubscribeSecret: 'x'.repeat(32) }),
    ).toBeNull();
  });
});
