import { NotFoundException } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ParticipantEntity } from './participant.entity.js';

/** One registration of an event by its external id; an unknown one is a 404. */
export async function findParticipant(
  manager: EntityManager,
  eventId: string,
  externalId: string,
  eventRef: string,
): Promise<ParticipantEntity> {
  const participant = await manager
    .getRepository(ParticipantEntity)
    .findOneBy({ eventId, externalId });
  if (!participant) throw participantNotFound(externalId, eventRef);
  return participant;
}

export function participantNotFound(externalId: string, eventRef: string): NotFoundException {
  return new NotFoundException(`Participant "${externalId}" does not exist in event "${eventRef}"`);
}
