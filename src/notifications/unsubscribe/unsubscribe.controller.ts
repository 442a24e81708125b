import {
  Controller,
  Get,
  GoneException,
  HttpCode,
  NotFoundException,
  Param,
  Post,
  Req,
  Res,
} from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConsumes,
  ApiGoneResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiProduces,
  ApiServiceUnavailableResponse,
  ApiTags,
  getSchemaPath,
} from '@nestjs/swagger';
import { ErrorBody } from '../../common/http/error-body.js';
import type { Request, Response } from 'express';
import { Access } from '../../auth/access.decorator.js';
import { ValidationFailedException } from '../../common/http/validation-failed.exception.js';
import type { EmailLanguage } from '../content/email-language.js';
import { UnsubscribeOutcome, UnsubscribeService } from './unsubscribe.service.js';
import { unsubscribePage } from './unsubscribed-page.js';

const TOKEN_PARAM = {
  name: 'token',
  description: 'From the e-mail (also in its List-Unsubscribe header)',
};
const PAGE = { schema: { type: 'string' } };
/** An error answer: the same page for a browser, the common error body for a JSON client. */
const PAGE_OR_ERROR = {
  content: {
    'text/html': { schema: { type: 'string' } },
    'application/json': { schema: { $ref: getSchemaPath(ErrorBody) } },
  },
};

/**
 * The page's own policy, in place of the API's: inline styles and one form posting back to
 * this URL, nothing else. No upgrade-insecure-requests: on an install reached over plain HTTP
 * the browser would send the confirmation to an https:// address that does not answer.
 */
const PAGE_POLICY = [
  "default-src 'none'",
  "style-src 'unsafe-inline'",
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

@ApiTags('notifications')
@Controller('unsubscribe')
export class UnsubscribeController {
  constructor(private readonly unsubscribes: UnsubscribeService) {}

  @Get(':token')
  // Opened from a participant's mailbox: the signed token is the only credential.
  @Access('public')
  @ApiOperation({
    summary: 'The link at the foot of every e-mail: a page asking to confirm the unsubscription',
    description:
      'Changes nothing (nor does HEAD): mail scanners open every link of a message. The page, in French and English ' +
      '(the reader’s language first, from Accept-Language or their registration), has a button that POSTs to the same URL. ' +
      'A truncated (400), altered (404) or no longer applicable link (410: the registration it was sent for was erased) ' +
      'gets the same page with a sentence saying so; send Accept: application/json for the common error body instead.',
  })
  @ApiParam(TOKEN_PARAM)
  @ApiProduces('text/html', 'application/json')
  @ApiOkResponse({ description: 'Confirmation question (or: already unsubscribed)', ...PAGE })
  @ApiBadRequestResponse({ description: 'Not a whole token (truncated link)', ...PAGE_OR_ERROR })
  @ApiNotFoundResponse({ description: 'Forged or altered token', ...PAGE_OR_ERROR })
  @ApiGoneResponse({
    description: 'The registration it was sent for no longer exists',
    ...PAGE_OR_ERROR,
  })
  @ApiServiceUnavailableResponse({ type: ErrorBody, description: 'PostgreSQL is unreachable' })
  async ask(
    @Param('token') token: string,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<string> {
    return answer(request, response, await this.unsubscribes.look(token));
  }

  @Post(':token')
  @Access('public')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Stop e-mails to this participant (the page’s button, and mail clients’ one-click, RFC 8058)',
    description:
      'Turns consentEmail off at once. E-mails carry List-Unsubscribe-Post: List-Unsubscribe=One-Click, so mail ' +
      'clients POST here with that form-encoded body; any body (or none) is accepted. Posting twice confirms again.',
  })
  @ApiParam(TOKEN_PARAM)
  @ApiConsumes('application/x-www-form-urlencoded')
  @ApiProduces('text/html', 'application/json')
  @ApiOkResponse({ description: 'Unsubscribed', ...PAGE })
  @ApiServiceUnavailableResponse({ type: ErrorBody, description: 'PostgreSQL is unreachable' })
  @ApiBadRequestResponse({ description: 'Not a whole token (truncated link)', ...PAGE_OR_ERROR })
  @ApiNotFoundResponse({ description: 'Forged or altered token', ...PAGE_OR_ERROR })
  @ApiGoneResponse({
    description: 'The registration it was sent for no longer exists',
    ...PAGE_OR_ERROR,
  })
  async unsubscribe(
    @Param('token') token: string,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<string> {
    return answer(request, response, await this.unsubscribes.confirm(token));
  }
}

/** The page for a browser; for a client asking for JSON only, the common error body. */
function answer(request: Request, response: Response, outcome: UnsubscribeOutcome): string {
  if (
    outcome.status !== 200 &&
    request.accepts(['text/html', 'application/json']) === 'application/json'
  ) {
    throw jsonError(outcome);
  }
  response.status(outcome.status);
  response.type('text/html; charset=utf-8');
  response.setHeader('Cache-Control', 'no-store');
  response.setHeader('Content-Security-Policy', PAGE_POLICY);
  return unsubscribePage(outcome.kind, readerLanguage(request, outcome.lang), outcome.eventName);
}

/** The browser's preference when it states one we have, else the registration's language. */
function readerLanguage(request: Request, registered: EmailLanguage | null): EmailLanguage {
  if (request.headers['accept-language']) {
    const preferred = request.acceptsLanguages('fr', 'en');
    if (preferred === 'fr' || preferred === 'en') return preferred;
  }
  return registered ?? 'fr';
}

function jsonError(outcome: UnsubscribeOutcome): Error {
  switch (outcome.kind) {
    case 'truncated':
      return new ValidationFailedException([
        { field: 'token', reason: 'token is not an unsubscribe token (copy the whole link)' },
      ]);
    case 'no-longer-applies':
      return new GoneException(
        'The registration this unsubscribe link was sent for no longer exists',
      );
    default:
      return new NotFoundException('This unsubscribe link is not valid');
  }
}
