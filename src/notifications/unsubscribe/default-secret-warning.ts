import type { AppConfig } from '../../config/app-config.js';
import { DEV_UNSUBSCRIBE_SECRET } from '../../config/env.schema.js';

/** A sentence to log at boot when production runs on the published development secret. */
export function defaultSecretWarning(
  config: Pick<AppConfig, 'nodeEnv' | 'unsubscribeSecret'>,
): string | null {
  if (config.nodeEnv !== 'production' || config.unsubscribeSecret !== DEV_UNSUBSCRIBE_SECRET) {
    return null;
  }
  return (
    'UNSUBSCRIBE_SECRET is the development default, which is public: anyone can forge ' +
    'unsubscribe links. Set it to a long random value (openssl rand -hex 32).'
  );
}
