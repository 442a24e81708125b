import {
  createBodyOf,
  formFieldOf,
  formValuesOf,
  NEW_EVENT_VALUES,
  patchBodyOf,
} from './event-form';

describe('The event form', () => {
  const values = {
    ...NEW_EVENT_VALUES,
    name: '  Rencontres 2026 ',
    startsOn: '2026-09-15',
    organiserEmail: 'rencontres@example.org',
  };

  it('leaves out of a new event what was left empty', () => {
    const body = createBodyOf(values);
    expect(body).toMatchObject({ name: 'Rencontres 2026', startsOn: '2026-09-15' });
    expect(body).not.toHaveProperty('slug');
    expect(body).not.toHaveProperty('endsOn');
    expect(body.settings).not.toHaveProperty('organiserName');
    expect(body.settings?.organiserEmail).toBe('rencontres@example.org');
  });

  it('clears emptied fields of an edited event with null, and never sends the slug', () => {
    const body = patchBodyOf({ ...values, slug: 'rfmm-2026', organiserEmail: ' ' });
    expect(body).not.toHaveProperty('slug');
    expect(body.endsOn).toBeNull();
    expect(body.settings?.organiserEmail).toBeNull();
    expect(body.settings?.organiserName).toBeNull();
  });

  it('reads an event back into the same values', () => {
    const event = {
      id: 'e',
      slug: 'rfmm-2026',
      name: 'Rencontres',
      startsOn: '2026-09-15',
      endsOn: null,
      timezone: 'Africa/Casablanca',
      createdAt: '',
      updatedAt: '',
      settings: {
        weights: NEW_EVENT_VALUES.weights,
        topK: 10,
        crossCountryOnly: false,
        corsOrigins: ['https://a.example.org'],
        organiserName: 'CFCIM',
      },
    };
    expect(formValuesOf(event)).toMatchObject({
      endsOn: null,
      organiserName: 'CFCIM',
      organiserEmail: '',
      topK: 10,
      crossCountryOnly: false,
    });
  });

  it('puts each API field error next to its input', () => {
    expect(formFieldOf('settings.organiserEmail')).toBe('organiserEmail');
    expect(formFieldOf('settings.weights.text')).toBe('weights.text');
    expect(formFieldOf('endsOn')).toBe('endsOn');
  });
});
