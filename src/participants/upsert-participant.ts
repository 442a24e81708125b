import type { EntityManager } from 'typeorm';
import { ParticipantEntity } from './participant.entity.js';
import { isSameProfile, ParticipantProfile } from './participant-profile.js';

export type UpsertOutcome = 'created' | 'updated' | 'unchanged';

export interface UpsertResult {
  outcome: UpsertOutcome;
  participant: ParticipantEntity;
}

/**
 * The e-mail already belongs to another registration of the same event. Its message names no
 * one: a front-end key would otherwise learn whose address it is (an e-mail → registration-id
 * oracle). `holderExternalId` is for organiser-only callers.
 */
export class EmailTakenError extends Error {
  constructor(readonly holderExternalId: string) {
    super('email is already used by another participant in this event');
  }
}

/**
 * Creates or replaces one registration inside the caller's transaction. Storing the same
 * profile again changes nothing: neither `updated_at` nor `profile_version` move.
 */
export async function upsertParticipant(
  manager: EntityManager,
  eventId: string,
  externalId: string,
  profile: ParticipantProfile,
): Promise<UpsertResult> {
  const participants = manager.getRepository(ParticipantEntity);
  const existing = await participants
    .createQueryBuilder('participant')
    .setLock('pessimistic_write')
    .where('participant.event_id = :eventId AND participant.external_id = :externalId', {
      eventId,
      externalId,
    })
    .getOne();

  const holder = await participants
    .createQueryBuilder('participant')
    .select(['participant.id', 'participant.externalId'])
    .where(
      'participant.event_id = :eventId AND lower(participant.email) = lower(:email) AND participant.external_id <> :externalId',
      { eventId, email: profile.email, externalId },
    )
    .getOne();
  if (holder) throw new EmailTakenError(holder.externalId);

  const now = new Date();
  if (!existing) {
    const created = participants.create({
      eventId,
      externalId,
      ...profile,
      profileVersion: 1,
      createdAt: now,
      updatedAt: now,
    });
    await participants.insert(created);
    return { outcome: 'created', participant: created };
  }
  if (isSameProfile(existing, profile)) return { outcome: 'unchanged', participant: existing };

  const changes = { ...profile, profileVersion: existing.profileVersion + 1, updatedAt: now };
  await participants.update({ id: existing.id }, changes);
  return { outcome: 'updated', participant: Object.assign(existing, changes) };
}
