import { CreateEventsParticipantsImports1795302000000 } from './1795302000000-create-events-participants-imports.js';
import { CreateMatching1795310000000 } from './1795310000000-create-matching.js';
import { CreateSchedules1795320000000 } from './1795320000000-create-schedules.js';
import { CreateEmailDeliveries1795330000000 } from './1795330000000-create-email-deliveries.js';
import { CreateApiKeys1795340000000 } from './1795340000000-create-api-keys.js';
import { RecordDoneShards1795350000000 } from './1795350000000-record-done-shards.js';
import { StoreRunTextModel1795360000000 } from './1795360000000-store-run-text-model.js';
import { CompressMatchListsWithLz41795370000000 } from './1795370000000-compress-match-lists-with-lz4.js';
import { ScoreCrossBorderPairsOnce1795380000000 } from './1795380000000-score-cross-border-pairs-once.js';
import { RememberSentCalendarEntries1795400000000 } from './1795400000000-remember-sent-calendar-entries.js';
import { OnePendingSchedulePerEvent1795410000000 } from './1795410000000-one-pending-schedule-per-event.js';
import { StoreLargeCsvUploads1795410000001 } from './1795410000001-store-large-csv-uploads.js';
import { RecordListsWritten1795420000000 } from './1795420000000-record-lists-written.js';

/** Every migration, in order; listed explicitly so the app, the CLI and the tests run the same. */
export const MIGRATIONS = [
  CreateEventsParticipantsImports1795302000000,
  CreateMatching1795310000000,
  CreateSchedules1795320000000,
  CreateEmailDeliveries1795330000000,
  CreateApiKeys1795340000000,
  RecordDoneShards1795350000000,
  StoreRunTextModel1795360000000,
  CompressMatchListsWithLz41795370000000,
  ScoreCrossBorderPairsOnce1795380000000,
  RememberSentCalendarEntries1795400000000,
  OnePendingSchedulePerEvent1795410000000,
  StoreLargeCsvUploads1795410000001,
  RecordListsWritten1795420000000,
];
