import { ApiError } from '../api/api-error';
import { shouldRetry } from './query-client';

describe('Retries of API reads', () => {
  it('retries a 503 a few times and never a 4xx', () => {
    expect(shouldRetry(0, new ApiError(503, 'down'))).toBe(true);
    expect(shouldRetry(5, new ApiError(503, 'down'))).toBe(false);
    expect(shouldRetry(0, new ApiError(400, 'bad'))).toBe(false);
    expect(shouldRetry(0, new ApiError(404, 'missing'))).toBe(false);
  });
});
