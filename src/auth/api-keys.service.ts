import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { isUuid } from '../common/uuid.js';
import { ApiKeyEntity, EventKeyRole } from './api-key.entity.js';
import { hashKey, newKeySecret } from './key-secret.js';
import type { Principal } from './principal.js';

export interface IssuedKey {
  key: ApiKeyEntity;
  /** Shown once, never stored. */
  secret: string;
}

type EventKeyPrincipal = Extract<Principal, { kind: 'event-key' }>;

/** How long a key lookup is reused, and how many are kept. */
const CACHE_MS = 5_000;
const CACHE_ENTRIES = 10_000;

@Injectable()
export class ApiKeysService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Recent lookups, by hash: a front-end calls with the same key on every page view. Revoking
   * or rotating clears them here at once; other API processes see it within CACHE_MS.
   */
  private readonly recent = new Map<string, { key: EventKeyPrincipal | null; until: number }>();

  /** The key with this secret, if it exists and is not revoked, with its event. */
  async findActive(secret: string): Promise<EventKeyPrincipal | null> {
    const hash = hashKey(secret);
    const cached = this.recent.get(hash);
    if (cached && cached.until > Date.now()) return cached.key;
    const key = await this.lookUp(hash);
    if (this.recent.size >= CACHE_ENTRIES) this.recent.clear();
    this.recent.set(hash, { key, until: Date.now() + CACHE_MS });
    return key;
  }

  private async lookUp(hash: string): Promise<EventKeyPrincipal | null> {
    const [row]: { id: string; role: EventKeyRole; event_id: string; slug: string }[] =
      await this.dataSource.query(
        `SELECT k.id, k.role, k.event_id, e.slug FROM api_key k JOIN event e ON e.id = k.event_id
          WHERE k.key_hash = $1 AND k.revoked_at IS NULL`,
        [hash],
      );
    return row
      ? {
          kind: 'event-key',
          keyId: row.id,
          role: row.role,
          eventId: row.event_id,
          eventSlug: row.slug,
        }
      : null;
  }

  async issue(manager: EntityManager, eventId: string, role: EventKeyRole): Promise<IssuedKey> {
    const { secret, hash, prefix } = newKeySecret(role);
    const key = await manager
      .getRepository(ApiKeyEntity)
      .save({ eventId, role, keyHash: hash, keyPrefix: prefix, revokedAt: null });
    return { key, secret };
  }

  list(eventId: string): Promise<ApiKeyEntity[]> {
    return this.dataSource
      .getRepository(ApiKeyEntity)
      .find({ where: { eventId }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  create(eventId: string, role: EventKeyRole): Promise<IssuedKey> {
    return this.dataSource.transaction((manager) => this.issue(manager, eventId, role));
  }

  /** A new key of the same role; the old one stops working in the same transaction. */
  async rotate(eventId: string, keyId: string): Promise<IssuedKey> {
    const issued = await this.dataSource.transaction(async (manager) => {
      const old = await this.activeKey(manager, eventId, keyId);
      await manager.getRepository(ApiKeyEntity).update({ id: old.id }, { revokedAt: new Date() });
      return this.issue(manager, eventId, old.role);
    });
    // After the commit: a lookup in between would cache the old key as still valid.
    this.forget(keyId);
    return issued;
  }

  async revoke(eventId: string, keyId: string): Promise<ApiKeyEntity> {
    const revoked = await this.dataSource.transaction(async (manager) => {
      const key = await this.activeKey(manager, eventId, keyId);
      key.revokedAt = new Date();
      return manager.getRepository(ApiKeyEntity).save(key);
    });
    this.forget(keyId);
    return revoked;
  }

  private forget(keyId: string): void {
    for (const [hash, { key }] of this.recent) {
      if (key?.keyId === keyId) this.recent.delete(hash);
    }
  }

  private async activeKey(
    manager: EntityManager,
    eventId: string,
    keyId: string,
  ): Promise<ApiKeyEntity> {
    const key = isUuid(keyId)
      ? await manager.getRepository(ApiKeyEntity).findOne({
          where: { id: keyId, eventId, revokedAt: IsNull() },
          lock: { mode: 'pessimistic_write' },
        })
      : null;
    if (!key) throw new NotFoundException(`No active key "${keyId}" in this event`);
    return key;
  }
}
