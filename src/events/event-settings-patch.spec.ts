import { resolveEventSettings } from './event-settings.js';
import { matchingSettingsDiffer, patchEventSettings } from './event-settings-patch.js';

describe('Patching an event’s settings', () => {
  const current = resolveEventSettings({
    weights: { territory: 0.5 },
    topK: 20,
    organiserName: 'Cluster Montagne',
    organiserEmail: 'rencontres@cluster-montagne.example.org',
    corsOrigins: ['https://inscription.example.org'],
  });

  it('keeps what the patch leaves out and merges weights key by key', () => {
    const next = patchEventSettings(current, { weights: { text: 0.3 } });
    expect(next).toEqual({ ...current, weights: { ...current.weights, text: 0.3 } });
  });

  it('clears the organiser’s contact with null and replaces the origins whole', () => {
    const next = patchEventSettings(current, { organiserEmail: null, corsOrigins: [] });
    expect(next).not.toHaveProperty('organiserEmail');
    expect(next.organiserName).toBe('Cluster Montagne');
    expect(next.corsOrigins).toEqual([]);
  });

  it('says a new run is needed when weights, topK or crossCountryOnly change, not for contacts', () => {
    expect(matchingSettingsDiffer(current, patchEventSettings(current, { topK: 21 }))).toBe(true);
    expect(
      matchingSettingsDiffer(current, patchEventSettings(current, { weights: { themes: 0.9 } })),
    ).toBe(true);
    expect(
      matchingSettingsDiffer(current, patchEventSettings(current, { crossCountryOnly: false })),
    ).toBe(true);
    expect(
      matchingSettingsDiffer(current, patchEventSettings(current, { organiserName: 'CFCIM' })),
    ).toBe(false);
  });
});
