import { CursorPageQuery } from '../../common/http/cursor-page.query.js';

/** `GET /events`: a page of events ordered by slug. */
export class ListEventsQuery extends CursorPageQuery {}
