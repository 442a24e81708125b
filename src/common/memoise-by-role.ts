import type { DynamicModule } from '@nestjs/common';
import type { Role } from '../config/env.schema.js';

/**
 * A dynamic module built once per role: when two modules import it, Nest must see the same
 * object, or it would instantiate its providers (and job handlers) twice.
 */
export function memoiseByRole(build: (role: Role) => DynamicModule): (role: Role) => DynamicModule {
  const built = new Map<Role, DynamicModule>();
  return (role) => {
    let module = built.get(role);
    if (!module) {
      module = build(role);
      built.set(role, module);
    }
    return module;
  };
}
