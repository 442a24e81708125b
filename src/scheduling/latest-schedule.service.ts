import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ScheduleEntity } from './schedule.entity.js';

/** The event's newest schedule, for the dashboard: its state and how good it is. */
@Injectable()
export class LatestScheduleService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async latestFor(eventId: string): Promise<ScheduleEntity | null> {
    return this.dataSource
      .getRepository(ScheduleEntity)
      .findOne({ where: { eventId }, order: { createdAt: 'DESC', id: 'DESC' } });
  }
}
