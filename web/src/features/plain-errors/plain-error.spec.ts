import { ApiError } from '../../api/api-error';
import { plainError, plainFieldReason } from './plain-error';

describe('plainError', () => {
  it('names the pending schedule of a 409 on a second schedule request', () => {
    const id = '5b0c3e1a-1f2b-4c3d-8e9f-0a1b2c3d4e5f';
    const error = new ApiError(
      409,
      `Schedule "${id}" of event "rfmm" is still solving (job schedule-${id}): an event has one schedule solving at a time`,
    );
    expect(plainError(error)).toEqual({
      key: 'schedulePending',
      values: { scheduleId: id, status: 'solving', detail: error.message },
    });
  });

  it('recognises a schedule asked before matching ran', () => {
    const error = new ApiError(409, 'Matching has not run for event "rfmm" yet: …');
    expect(plainError(error).key).toBe('matchingNotRun');
  });

  it('falls back on the status, keeping the service message as the detail', () => {
    expect(plainError(new ApiError(404, 'Participant "X" does not exist'))).toEqual({
      key: 'notFound',
      values: { detail: 'Participant "X" does not exist' },
    });
    expect(plainError(new ApiError(418, 'teapot')).key).toBe('other');
    expect(plainError(new TypeError('Failed to fetch')).key).toBe('network');
  });
});

describe('plainFieldReason', () => {
  it('reads the limits of class-validator reasons', () => {
    expect(plainFieldReason('rounds must not be less than 1')).toMatchObject({
      key: 'atLeast',
      values: { limit: '1' },
    });
    expect(plainFieldReason('minScore must not be greater than 1')).toMatchObject({
      key: 'atMost',
      values: { limit: '1' },
    });
    expect(plainFieldReason('startAt must be an ISO 8601 date-time').key).toBe('dateTime');
    expect(plainFieldReason('unknown participant "REG-9"')).toEqual({
      key: 'other',
      values: { detail: 'unknown participant "REG-9"' },
    });
  });
});
