import { decodeDeliveryCursor, encodeDeliveryCursor } from './delivery-cursor.js';

describe('delivery cursors', () => {
  it('keep PostgreSQL’s microseconds', () => {
    const cursor = {
      createdAt: '2026-09-01 08:30:12.123456+00',
      id: '0b6e4f2a-1c3d-4e5f-8a9b-0c1d2e3f4a5b',
    };
    expect(decodeDeliveryCursor(encodeDeliveryCursor(cursor))).toEqual(cursor);
  });

  it.each(['abc', Buffer.from('["yesterday","x"]').toString('base64url'), ''])(
    'refuse %j',
    (text) => {
      expect(decodeDeliveryCursor(text)).toBeNull();
    },
  );
});
