export const plainErrors = {
  fr: {
    schedulePending:
      'Un planning est déjà en cours de calcul pour cet événement (planning {{scheduleId}}) : attendez qu’il soit terminé, puis relancez. Un seul calcul à la fois par événement.',
    scheduleBusy:
      'Plusieurs demandes de planning arrivent en même temps pour cet événement : relancez dans un instant.',
    matchingNotRun:
      'La mise en relation n’a pas encore été lancée pour cet événement : lancez-la d’abord (page Mise en relation).',
    scheduleNotSolved: 'Ce planning n’est pas encore calculé (ou son calcul a échoué).',
    scheduleNotPublished: 'Ce planning n’est pas encore publié : publiez-le d’abord.',
    invalid: 'Certaines valeurs sont refusées. Détail du service : {{detail}}',
    forbidden: 'Cette clé n’a pas le droit de faire cela. Détail du service : {{detail}}',
    notFound: 'Introuvable. Détail du service : {{detail}}',
    conflict: 'Impossible pour le moment. Détail du service : {{detail}}',
    tooLarge: 'Envoi trop volumineux. Détail du service : {{detail}}',
    tooMany: 'Trop de demandes en peu de temps : patientez un peu puis réessayez.',
    unavailable: 'Le service est momentanément indisponible ; réessayez dans un instant.',
    network: 'Le service ne répond pas (réseau ?). {{detail}}',
    other: 'Le service a refusé la demande. Détail : {{detail}}',
    fields: {
      atLeast: 'doit valoir au moins {{limit}}',
      atMost: 'doit valoir au plus {{limit}}',
      integer: 'doit être un nombre entier',
      number: 'doit être un nombre',
      dateTime: 'doit être une date et une heure',
      required: 'obligatoire',
      other: 'refusé : {{detail}}',
    },
  },
  en: {
    schedulePending:
      'A schedule is already being solved for this event (schedule {{scheduleId}}): wait until it has finished, then try again. One solve at a time per event.',
    scheduleBusy:
      'Several schedule requests arrived at once for this event: try again in a moment.',
    matchingNotRun: 'Matching has not run for this event yet: start it first (Matching page).',
    scheduleNotSolved: 'This schedule is not solved yet (or its solve failed).',
    scheduleNotPublished: 'This schedule is not published yet: publish it first.',
    invalid: 'Some values were refused. The service says: {{detail}}',
    forbidden: 'This key may not do that. The service says: {{detail}}',
    notFound: 'Not found. The service says: {{detail}}',
    conflict: 'Not possible right now. The service says: {{detail}}',
    tooLarge: 'Too large. The service says: {{detail}}',
    tooMany: 'Too many requests in a short time: wait a little and try again.',
    unavailable: 'The service is briefly unavailable; try again in a moment.',
    network: 'The service does not answer (network?). {{detail}}',
    other: 'The service refused the request. Details: {{detail}}',
    fields: {
      atLeast: 'must be at least {{limit}}',
      atMost: 'must be at most {{limit}}',
      integer: 'must be a whole number',
      number: 'must be a number',
      dateTime: 'must be a date and time',
      required: 'required',
      other: 'refused: {{detail}}',
    },
  },
};
