export const auth = {
  fr: {
    title: 'Connexion',
    intro:
      'Collez la clé d’administration ou la clé organisateur de votre événement. Elle reste dans cet onglet et disparaît à sa fermeture.',
    keyLabel: 'Clé d’API',
    keyDescription: 'Clé d’administration, ou clé organisateur (mmo_…)',
    submit: 'Se connecter',
    required: 'Collez une clé',
    unknownKey: 'Cette clé est inconnue ou a été révoquée.',
    frontendKey:
      'Cette clé est une clé de site d’inscription (mmf_…) : elle ne peut pas ouvrir la console. Utilisez la clé organisateur.',
    noEvent: 'Cette clé n’ouvre aucun événement.',
  },
  en: {
    title: 'Sign in',
    intro:
      'Paste the admin key or your event’s organiser key. It stays in this tab and is forgotten when the tab closes.',
    keyLabel: 'API key',
    keyDescription: 'The admin key, or an organiser key (mmo_…)',
    submit: 'Sign in',
    required: 'Paste a key',
    unknownKey: 'This key is unknown or has been revoked.',
    frontendKey:
      'This is a registration-site key (mmf_…): it cannot open the console. Use the organiser key.',
    noEvent: 'This key opens no event.',
  },
};
