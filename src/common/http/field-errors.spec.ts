import type { ValidationError } from 'class-validator';
import { toFieldErrors } from './field-errors.js';

describe('toFieldErrors', () => {
  it('names nested fields with dots and list positions with brackets', () => {
    const errors: ValidationError[] = [
      { property: 'country', constraints: { isIso: 'country must be an ISO code' }, children: [] },
      {
        property: 'settings',
        children: [
          {
            property: 'weights',
            children: [
              {
                property: 'text',
                constraints: { max: 'text must not be greater than 1' },
                children: [],
              },
            ],
          },
        ],
      },
      {
        property: 'rows',
        children: [{ property: '2', constraints: { isObject: 'must be an object' }, children: [] }],
      },
      {
        property: 'password',
        constraints: { whitelist: 'property password should not exist' },
        children: [],
      },
    ];
    expect(toFieldErrors(errors)).toEqual([
      { field: 'country', reason: 'country must be an ISO code' },
      { field: 'settings.weights.text', reason: 'text must not be greater than 1' },
      { field: 'rows[2]', reason: 'must be an object' },
      { field: 'password', reason: 'is not a known field' },
    ]);
  });
});
