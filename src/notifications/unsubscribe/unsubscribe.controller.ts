import { Controller, Get, Param, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiProduces,
  ApiServiceUnavailableResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { Access } from '../../auth/access.decorator.js';
import { ErrorBody } from '../../common/http/error-body.js';
import { UnsubscribeService } from './unsubscribe.service.js';

@ApiTags('notifications')
@Controller('unsubscribe')
export class UnsubscribeController {
  constructor(private readonly unsubscribes: UnsubscribeService) {}

  @Get(':token')
  // Opened from a participant's mailbox: the signed token is the only credential.
  @Access('public')
  @ApiOperation({
    summary: 'The link at the foot of every e-mail: stop e-mails to this participant',
    description:
      'Turns consentEmail off at once and answers a short page in French and English. The token is signed: ' +
      'a forged or altered one changes nothing.',
  })
  @ApiParam({ name: 'token', description: 'From the e-mail (also in its List-Unsubscribe header)' })
  @ApiProduces('text/html')
  @ApiOkResponse({ description: 'Confirmation page', type: String })
  @ApiBadRequestResponse({ type: ErrorBody, description: 'Not a token (truncated link)' })
  @ApiNotFoundResponse({ type: ErrorBody, description: 'Forged or altered token' })
  @ApiServiceUnavailableResponse({ type: ErrorBody, description: 'PostgreSQL is unreachable' })
  async unsubscribe(
    @Param('token') token: string,
    @Res({ passthrough: true }) response: Response,
  ): Promise<string> {
    const page = await this.unsubscribes.unsubscribe(token);
    response.type('text/html; charset=utf-8');
    response.setHeader('Cache-Control', 'no-store');
    return page;
  }
}
